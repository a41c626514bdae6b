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

/**
 * Pixels between a disc's edge and its label, at most, for the places `placesOnRing` adds: a label
 * further off reads as someone else's.
 */
export const FAR_MARGIN = 5;
/** Pixels between two places along the ring. */
const RING_STEP = 2;
/** What a place on the ring costs when every place covers some disc (see CORNER_PENALTY). */
const RING_PENALTY = 600;

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

/**
 * More places, for a label none of whose sixteen places is clear: every RING_STEP pixels around
 * the disc, at MARGIN and then at FAR_MARGIN off it, the label's box touching that ring (its centre
 * going round the disc on a rounded rectangle). Starts at the right of the disc, centred, and goes
 * round both ways at once, so that the places nearer sigma's come first. Fills `places` in, growing
 * it as needed (a frame reuses it), and returns how many it filled.
 */
export function placesOnRing(
  places: Candidate[],
  x: number,
  y: number,
  radius: number,
  width: number,
  height: number,
): number {
  const [halfWidth, halfHeight] = [width / 2, height / 2];
  // The corners of the rectangle the box's centre goes round, clockwise on screen from below right.
  const corners = [
    [halfWidth, halfHeight],
    [-halfWidth, halfHeight],
    [-halfWidth, -halfHeight],
    [halfWidth, -halfHeight],
  ] as const;
  let count = 0;
  for (const margin of [MARGIN, FAR_MARGIN]) {
    const ring = radius + margin;
    const arc = (Math.PI / 2) * ring;
    const length = 4 * (halfWidth + halfHeight + arc);
    // Side k runs from corner k-1 to corner k, pushed out by `ring` (right, below, left, above),
    // then the path rounds corner k by a quarter circle; it starts at the top of the right side.
    const add = (distance: number) => {
      let d = (((distance + halfHeight) % length) + length) % length;
      let [centreX, centreY] = [x + halfWidth + ring, y];
      for (let side = 0; side < 4; side++) {
        const [cornerX, cornerY] = corners[side]!;
        const [fromX, fromY] = corners[(side + 3) % 4]!;
        const [outX, outY] = [Math.cos((side * Math.PI) / 2), Math.sin((side * Math.PI) / 2)];
        const span = side % 2 === 0 ? 2 * halfHeight : 2 * halfWidth;
        if (d <= span) {
          const t = span > 0 ? d / span : 0;
          centreX = x + fromX + (cornerX - fromX) * t + ring * outX;
          centreY = y + fromY + (cornerY - fromY) * t + ring * outY;
          break;
        }
        d -= span;
        if (d <= arc) {
          const angle = (side * Math.PI) / 2 + d / ring;
          centreX = x + cornerX + ring * Math.cos(angle);
          centreY = y + cornerY + ring * Math.sin(angle);
          break;
        }
        d -= arc;
      }
      const place = (places[count++] ??= { left: 0, top: 0, right: 0, bottom: 0 });
      put(place, centreX - halfWidth, centreY - halfHeight, width, height, RING_PENALTY);
    };
    const steps = Math.ceil(length / 2 / RING_STEP);
    for (let step = 0; step < steps; step++) {
      add(step * RING_STEP);
      if (step > 0) add(-step * RING_STEP);
    }
  }
  return count;
}
