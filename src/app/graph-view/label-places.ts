import type { Candidate } from "./label-placer";

/** Pixels between a disc's edge and its label, as sigma's `drawDiscNodeLabel` leaves. */
export const MARGIN = 3;
/**
 * What a place at a corner of the disc costs, in square pixels of other discs covered, when every
 * place covers some: over other discs, a label at a side of its own (above it, say, rather than
 * reaching away from its corner) reads as its own better.
 */
const CORNER_PENALTY = 400;
/** The same for a place slid along a side of the disc: it touches the disc, off its centre line. */
const SLID_PENALTY = 200;

/** Sets one place: its box, of the label's size, and its penalty. */
function put(place: Candidate, left: number, top: number, width: number, height: number, penalty: number) {
  place.left = left;
  place.top = top;
  place.right = left + width;
  place.bottom = top + height;
  place.penalty = penalty;
}

/** Room for the sixteen places around one disc, which `placesAround` fills in for each label. */
export const newPlaces = (): Candidate[] =>
  Array.from({ length: 16 }, () => ({ left: 0, top: 0, right: 0, bottom: 0, penalty: 0 }));

/**
 * Where a label may go, best first: right of the disc and centred on it (where sigma puts it),
 * then left of it, below it, above it, then at its four corners (above right, below right, above
 * left, below left), then slid along each side so that it still touches the disc's centre line
 * (right of it, level with the top, then the bottom; the same left; below it, starting at the
 * centre, then ending there; the same above), each a margin off the disc. In a crowded
 * neighbourhood the slid places are often the clear ones. Fills `places` in (a frame places many
 * labels, and this allocates nothing) and returns it.
 */
export function placesAround(
  places: Candidate[],
  x: number,
  y: number,
  radius: number,
  width: number,
  height: number,
): readonly Candidate[] {
  const [side, corner] = [radius + MARGIN, radius * Math.SQRT1_2 + MARGIN];
  put(places[0]!, x + side, y - height / 2, width, height, 0);
  put(places[1]!, x - side - width, y - height / 2, width, height, 0);
  put(places[2]!, x - width / 2, y + side, width, height, 0);
  put(places[3]!, x - width / 2, y - side - height, width, height, 0);
  put(places[4]!, x + corner, y - corner - height, width, height, CORNER_PENALTY);
  put(places[5]!, x + corner, y + corner, width, height, CORNER_PENALTY);
  put(places[6]!, x - corner - width, y - corner - height, width, height, CORNER_PENALTY);
  put(places[7]!, x - corner - width, y + corner, width, height, CORNER_PENALTY);
  put(places[8]!, x + side, y - height, width, height, SLID_PENALTY);
  put(places[9]!, x + side, y, width, height, SLID_PENALTY);
  put(places[10]!, x - side - width, y - height, width, height, SLID_PENALTY);
  put(places[11]!, x - side - width, y, width, height, SLID_PENALTY);
  put(places[12]!, x, y + side, width, height, SLID_PENALTY);
  put(places[13]!, x - width, y + side, width, height, SLID_PENALTY);
  put(places[14]!, x, y - side - height, width, height, SLID_PENALTY);
  put(places[15]!, x - width, y - side - height, width, height, SLID_PENALTY);
  return places;
}
