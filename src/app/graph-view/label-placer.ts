/** A label's rectangle on screen, in CSS pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Space kept between two labels, in pixels, so that neighbours stay readable. */
const GAP = 2;

const overlap = (a: Box, b: Box) =>
  a.left < b.right + GAP && b.left < a.right + GAP && a.top < b.bottom + GAP && b.top < a.bottom + GAP;

/**
 * The labels placed in one frame, first come first served: a label that would overlap one already
 * placed is refused. Sigma thins labels with a grid, one cell at a time, so two labels near the
 * border of neighbouring cells can still land on each other; this catches those.
 */
export class LabelPlacer {
  private placed: Box[] = [];

  /** Starts a new frame. */
  reset(): void {
    this.placed = [];
  }

  /** Places the box unless it overlaps a placed one; says whether it was placed. */
  tryPlace(box: Box): boolean {
    if (this.placed.some((other) => overlap(box, other))) return false;
    this.placed.push(box);
    return true;
  }

  /** Places the box whatever it overlaps (a label that must show, such as the selection's). */
  place(box: Box): void {
    this.placed.push(box);
  }
}
