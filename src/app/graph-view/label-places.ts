import type { Candidate } from "./label-placer";

/** Pixels between a disc's edge and its label, as sigma's `drawDiscNodeLabel` leaves. */
export const MARGIN = 3;
/**
 * What a place at a corner of the disc costs, in pixels of another disc covered, when every place
 * covers some: over other discs, a label at a side of its own reads as its own better.
 */
const CORNER_PENALTY = 150;

/**
 * Where a label may go, best first: right of the disc and centred on it (where sigma puts it),
 * then left of it, below it, above it, then at its four corners (above right, below right, above
 * left, below left), each a margin off the disc.
 */
export function candidateBoxes(
  x: number,
  y: number,
  radius: number,
  width: number,
  height: number,
): Candidate[] {
  const box = (left: number, top: number, penalty = 0): Candidate => ({
    left,
    top,
    right: left + width,
    bottom: top + height,
    penalty,
  });
  const corner = radius * Math.SQRT1_2 + MARGIN;
  return [
    box(x + radius + MARGIN, y - height / 2),
    box(x - radius - MARGIN - width, y - height / 2),
    box(x - width / 2, y + radius + MARGIN),
    box(x - width / 2, y - radius - MARGIN - height),
    box(x + corner, y - corner - height, CORNER_PENALTY),
    box(x + corner, y + corner, CORNER_PENALTY),
    box(x - corner - width, y - corner - height, CORNER_PENALTY),
    box(x - corner - width, y + corner, CORNER_PENALTY),
  ];
}
