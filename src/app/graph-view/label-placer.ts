/** A label's rectangle on screen, in CSS pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A place a label may take. */
export interface Candidate extends Box {
  /**
   * What taking it costs when every place covers some disc, in pixels of disc covered: places
   * that read less clearly as the label's own cost more.
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
/** Square keys: a column's number times this, plus the row's; rows never reach it. */
const ROWS = 1_000_003;

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
 * Things filed by the 64-pixel squares their rectangle (widened by GAP) touches, so that a test
 * reads only what lies near, not everything the frame placed. An item is in each of its squares.
 */
class Squares<T> {
  private readonly lists = new Map<number, T[]>();

  clear(): void {
    this.lists.clear();
  }

  add(item: T, left: number, top: number, right: number, bottom: number): void {
    const [x1, y1] = [Math.floor((right + GAP) / SQUARE), Math.floor((bottom + GAP) / SQUARE)];
    for (let x = Math.floor((left - GAP) / SQUARE); x <= x1; x++)
      for (let y = Math.floor((top - GAP) / SQUARE); y <= y1; y++) {
        const list = this.lists.get(x * ROWS + y);
        if (list) list.push(item);
        else this.lists.set(x * ROWS + y, [item]);
      }
  }

  /** Whether `test` holds for an item filed in a square that the box (widened by GAP) touches. */
  some(box: Box, test: (box: Box, item: T) => boolean): boolean {
    const [x1, y1] = [Math.floor((box.right + GAP) / SQUARE), Math.floor((box.bottom + GAP) / SQUARE)];
    for (let x = Math.floor((box.left - GAP) / SQUARE); x <= x1; x++)
      for (let y = Math.floor((box.top - GAP) / SQUARE); y <= y1; y++) {
        const list = this.lists.get(x * ROWS + y);
        if (list) for (const item of list) if (test(box, item)) return true;
      }
    return false;
  }

  /** The items filed in the squares the box touches, each once. */
  near(box: Box): Set<T> {
    const items = new Set<T>();
    this.some(box, (_box, item) => (items.add(item), false));
    return items;
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

  /** Starts a new frame. */
  reset(): void {
    this.labels.clear();
    this.discs.clear();
  }

  /** A disc that labels keep off, where they can (see `placeFirstFree`). */
  addDisc(disc: Disc): void {
    const { x, y, radius } = disc;
    this.discs.add(disc, x - radius, y - radius, x + radius, y + radius);
  }

  /** Places the box unless it overlaps a placed label; says whether it was placed. */
  tryPlace(box: Box): boolean {
    if (this.labels.some(box, overlap)) return false;
    this.place(box);
    return true;
  }

  /**
   * Places the first of `candidates` (best first) that overlaps no placed label and covers no
   * disc. Else, for a label that must show (`mayCoverDiscs`), the one of those overlapping no
   * label whose penalty and covered discs cost least (lying under a disc drawn above the labels
   * counts ABOVE_WEIGHT times), the first of equals. Else none. Returns the box placed.
   */
  placeFirstFree(candidates: readonly Candidate[], mayCoverDiscs = false): Box | undefined {
    let best: Candidate | undefined;
    let least = Infinity;
    for (const box of candidates) {
      if (this.labels.some(box, overlap)) continue;
      if (!this.discs.some(box, covers)) {
        best = box;
        break;
      }
      const cost = mayCoverDiscs ? this.coverCost(box) + (box.penalty ?? 0) : Infinity;
      if (cost < least) [best, least] = [box, cost];
    }
    if (best) this.place(best);
    return best;
  }

  /** Places the box whatever it overlaps (a label that must show, such as the selection's). */
  place(box: Box): void {
    this.labels.add(box, box.left, box.top, box.right, box.bottom);
  }

  /** How much of the filed discs the box covers, those drawn above the labels ABOVE_WEIGHT times. */
  private coverCost(box: Box): number {
    let cost = 0;
    for (const disc of this.discs.near(box))
      if (covers(box, disc)) cost += coveredArea(box, disc) * (disc.above ? ABOVE_WEIGHT : 1);
    return cost;
  }
}
