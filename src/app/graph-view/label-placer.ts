/** A label's rectangle on screen, in CSS pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A place a label took. */
export interface PlacedBox extends Box {
  /** Whether it lies over discs (a label that must show, where no place was clear of them). */
  overDiscs: boolean;
  /** The label's lines, where it is drawn on more than one (see label-lines). */
  lines?: readonly string[];
}

/** A place a label may take. */
export interface Candidate extends Box {
  /**
   * What taking it costs when every place covers some disc, in square pixels of disc covered:
   * places that read less clearly as the label's own cost more.
   */
  penalty?: number;
}

/** An actor's disc on screen, in CSS pixels. */
export interface Disc {
  x: number;
  y: number;
  radius: number;
  /**
   * Drawn over the labels (sigma draws the actors in focus on its hover layer, above the label
   * layer): a label under it is hidden, where one over another disc only covers the disc.
   */
  above?: boolean;
}

/** Space kept between two labels, in pixels, so that neighbours stay readable. */
const GAP = 2;
/** How much worse a label hidden under a disc is than one drawn over a disc. */
const ABOVE_WEIGHT = 100;
/** The side of the squares the placer files labels and discs in, in pixels. */
const SQUARE = 64;

const overlap = (a: Box, b: Box) =>
  a.left < b.right + GAP && b.left < a.right + GAP && a.top < b.bottom + GAP && b.top < a.bottom + GAP;

/** Whether the box covers part of the disc (touching its rim is not covering it). */
function covers(box: Box, { x, y, radius }: Disc): boolean {
  const dx = Math.max(box.left - x, 0, x - box.right);
  const dy = Math.max(box.top - y, 0, y - box.bottom);
  return dx * dx + dy * dy < radius * radius;
}

/** About how much of the disc the box covers: the area it shares with the square around the disc. */
function coveredArea(box: Box, { x, y, radius }: Disc): number {
  const width = Math.min(box.right, x + radius) - Math.max(box.left, x - radius);
  const height = Math.min(box.bottom, y + radius) - Math.max(box.top, y - radius);
  return Math.max(width, 0) * Math.max(height, 0);
}

/**
 * Things filed by the 64-pixel squares of the view that their rectangle (widened by GAP) touches,
 * so that a test reads only what lies near, not everything the frame placed. An item is in each
 * of its squares; one beyond the view is filed in the squares at its edge, which keeps every
 * overlap findable. The lists are kept from frame to frame, emptied, so a frame allocates little.
 */
class Squares<T> {
  private readonly lists: T[][] = [];
  private columns = 0;
  private rows = 0;
  /** The squares the last box located touches, from column x0 to x1 and row y0 to y1. */
  private x0 = 0;
  private x1 = 0;
  private y0 = 0;
  private y1 = 0;

  /** Empties every square, for a view of this size. */
  reset(width: number, height: number): void {
    this.columns = Math.max(1, Math.ceil(width / SQUARE));
    this.rows = Math.max(1, Math.ceil(height / SQUARE));
    const count = this.columns * this.rows;
    for (let i = 0; i < count; i++) (this.lists[i] ??= []).length = 0;
  }

  add(item: T, box: Box): void {
    this.locate(box);
    for (let y = this.y0; y <= this.y1; y++)
      for (let x = this.x0; x <= this.x1; x++) this.lists[y * this.columns + x]!.push(item);
  }

  /** Whether `test` holds for an item filed in a square that the box (widened by GAP) touches. */
  some(box: Box, test: (box: Box, item: T) => boolean): boolean {
    this.locate(box);
    for (let y = this.y0; y <= this.y1; y++)
      for (let x = this.x0; x <= this.x1; x++) {
        const list = this.lists[y * this.columns + x]!;
        for (let i = 0; i < list.length; i++) if (test(box, list[i]!)) return true;
      }
    return false;
  }

  /** The items filed in the squares the box touches, each once. */
  near(box: Box): Set<T> {
    const items = new Set<T>();
    this.locate(box);
    for (let y = this.y0; y <= this.y1; y++)
      for (let x = this.x0; x <= this.x1; x++)
        this.lists[y * this.columns + x]!.forEach((item) => items.add(item));
    return items;
  }

  /** Sets the first and last columns and rows of the squares the box (widened by GAP) touches. */
  private locate(box: Box): void {
    const [columns, rows] = [this.columns - 1, this.rows - 1];
    this.x0 = Math.min(columns, Math.max(0, Math.floor((box.left - GAP) / SQUARE)));
    this.x1 = Math.min(columns, Math.max(0, Math.floor((box.right + GAP) / SQUARE)));
    this.y0 = Math.min(rows, Math.max(0, Math.floor((box.top - GAP) / SQUARE)));
    this.y1 = Math.min(rows, Math.max(0, Math.floor((box.bottom + GAP) / SQUARE)));
  }
}

/**
 * The labels placed in one frame, first come first served, and the discs they keep off. Sigma
 * thins labels with a grid, one cell at a time, so two labels near the border of neighbouring
 * cells can still land on each other; this catches those.
 */
export class LabelPlacer {
  private readonly labels = new Squares<Box>();
  private readonly discs = new Squares<Disc>();
  /** Where labels may lie: the view, less the side panels drawn over it. */
  private view = { left: 0, right: 0, height: 0 };

  constructor() {
    this.reset();
  }

  /**
   * Starts a new frame, in a view of this size in pixels, of which labels keep to the columns from
   * `left` to `right` (a side panel over the graph hides the rest).
   */
  reset(width = 2048, height = 2048, left = 0, right = width): void {
    this.view = { left, right, height };
    this.labels.reset(width, height);
    this.discs.reset(width, height);
  }

  /** A disc that labels keep off, where they can (see `placeFirstFree`). */
  addDisc(disc: Disc): void {
    const { x, y, radius } = disc;
    this.discs.add(disc, { left: x - radius, top: y - radius, right: x + radius, bottom: y + radius });
  }

  /** Places the box unless it overlaps a placed label; says whether it was placed. */
  tryPlace(box: Box): boolean {
    if (this.labels.some(box, overlap)) return false;
    this.place(box, false);
    return true;
  }

  /**
   * Places the first of `candidates` (best first) inside the view that overlaps no placed label
   * and covers no disc. Else, for a label that must show (`mayCoverDiscs`), the one of those inside
   * the view and overlapping no label whose penalty and covered discs cost least (lying under a
   * disc drawn above the labels counts ABOVE_WEIGHT times), the first of equals. Else none. Returns
   * the box placed (a copy: the candidates may be reused), and whether it lies over discs.
   */
  placeFirstFree(
    candidates: readonly Candidate[],
    mayCoverDiscs = false,
    count = candidates.length,
  ): PlacedBox | undefined {
    let best: Candidate | undefined;
    let least = Infinity;
    for (let i = 0; i < count; i++) {
      const box = candidates[i]!;
      // A label cut by the edge of the view, or half under a panel, is no label.
      if (
        box.left < this.view.left ||
        box.top < 0 ||
        box.right > this.view.right ||
        box.bottom > this.view.height
      )
        continue;
      if (this.labels.some(box, overlap)) continue;
      if (!this.discs.some(box, covers)) {
        [best, least] = [box, 0];
        break;
      }
      const cost = mayCoverDiscs ? this.coverCost(box) + (box.penalty ?? 0) : Infinity;
      if (cost < least) [best, least] = [box, cost];
    }
    return best && this.place(best, least > 0);
  }

  /**
   * Places the box whatever it overlaps (a label that must show, such as the selection's); returns
   * the box placed (a copy), said to lie over discs unless `overDiscs` says otherwise.
   */
  place({ left, top, right, bottom }: Box, overDiscs = true): PlacedBox {
    const box = { left, top, right, bottom, overDiscs };
    this.labels.add(box, box);
    return box;
  }

  /** How much of the filed discs the box covers, those drawn above the labels ABOVE_WEIGHT times. */
  private coverCost(box: Box): number {
    let cost = 0;
    for (const disc of this.discs.near(box))
      if (covers(box, disc)) cost += coveredArea(box, disc) * (disc.above ? ABOVE_WEIGHT : 1);
    return cost;
  }
}
