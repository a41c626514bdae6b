import type { NodeDisplayData } from "sigma/types";
import type { Disc } from "./label-placer";

/** How the frame being drawn maps the framed graph to the view (sigma's matrix and sizes). */
export interface FrameView {
  /** Sigma's 3x3 camera matrix, column by column, from `matrixFromCamera`. */
  matrix: ArrayLike<number>;
  width: number;
  height: number;
  /** A disc's radius in pixels per unit of its display size (`scaleSize(1)`). */
  sizeScale: number;
}

/**
 * Up to how many actors every disc in view is filed: a frame then reads each actor once (about
 * 0.1 ms at this count), and no label lands on a small disc in a crowded cell. Above it, only the
 * `crowded` and `priority` ones are.
 */
export const EVERY_DISC_UP_TO = 5000;

/**
 * The discs in view that labels should keep off: every actor's, in a network of up to
 * EVERY_DISC_UP_TO actors; else the `crowded` actors' and the `priority` ones' (the first few of
 * each label grid cell, then the forced and the largest). Each once, hidden ones left out.
 * Sigma's `framedGraphToViewport` done inline: it would allocate twice per actor, and this runs
 * on every frame.
 */
export function discsInView(
  crowded: ReadonlySet<string>,
  priority: ReadonlySet<string>,
  displayData: Readonly<Record<string, NodeDisplayData>>,
  { matrix: m, width, height, sizeScale }: FrameView,
  actorCount = Infinity,
): Disc[] {
  const discs: Disc[] = [];
  const add = (key: string) => {
    const data = displayData[key];
    if (!data || data.hidden) return;
    const x = ((1 + (data.x * m[0]! + data.y * m[3]! + m[6]!)) * width) / 2;
    const y = ((1 - (data.x * m[1]! + data.y * m[4]! + m[7]!)) * height) / 2;
    const radius = data.size * sizeScale;
    if (x + radius > 0 && x - radius < width && y + radius > 0 && y - radius < height)
      discs.push({ x, y, radius, above: data.highlighted });
  };
  if (actorCount <= EVERY_DISC_UP_TO) {
    for (const key in displayData) add(key);
    return discs;
  }
  crowded.forEach(add);
  priority.forEach((key) => {
    if (!crowded.has(key)) add(key);
  });
  return discs;
}
