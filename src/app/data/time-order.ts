import type { DayNumber } from "../state/store";

/**
 * Dated edges sorted by day, in typed arrays, so a time window is two positions in one array and
 * moving the window touches only the edges that enter or leave it.
 */
export interface TimeOrder {
  /** Edge indices of dated edges, sorted by day (stable on edge index). */
  readonly order: Uint32Array;
  /** The day of each entry of `order`. */
  readonly days: Int32Array;
  /** Edge indices without a date. */
  readonly undated: Uint32Array;
  /** First and last day, or null when no edge is dated. */
  readonly extent: [DayNumber, DayNumber] | null;
}

/**
 * A counting sort on the day: linear, and stable on the edge index, where a comparison sort of a
 * million relations took most of a second. Days are whole numbers within the data's span.
 */
export function createTimeOrder(edgeDays: ArrayLike<number>): TimeOrder {
  let [first, last] = [Infinity, -Infinity];
  let datedCount = 0;
  for (let e = 0; e < edgeDays.length; e++) {
    const day = edgeDays[e]!;
    if (Number.isNaN(day)) continue;
    datedCount++;
    if (day < first) first = day;
    if (day > last) last = day;
  }
  const order = new Uint32Array(datedCount);
  const days = new Int32Array(datedCount);
  const undated = new Uint32Array(edgeDays.length - datedCount);
  if (datedCount === 0) return { order, days, undated: undated.map((_, e) => e), extent: null };
  // starts[d]: the first position of day first + d.
  const starts = new Uint32Array(last - first + 2);
  for (let e = 0; e < edgeDays.length; e++)
    if (!Number.isNaN(edgeDays[e])) starts[edgeDays[e]! - first + 1]!++;
  for (let d = 1; d < starts.length; d++) starts[d]! += starts[d - 1]!;
  let u = 0;
  for (let e = 0; e < edgeDays.length; e++) {
    const day = edgeDays[e]!;
    if (Number.isNaN(day)) {
      undated[u++] = e;
      continue;
    }
    const position = starts[day - first]!++;
    order[position] = e;
    days[position] = day;
  }
  return { order, days, undated, extent: [first, last] };
}

/** First position whose day is >= day (binary search). */
export function lowerBound(days: Int32Array, day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Positions [from, to) of the edges dated within the inclusive range (null: all dated edges). */
export function windowOf(days: Int32Array, range: readonly [DayNumber, DayNumber] | null): [number, number] {
  if (!range) return [0, days.length];
  const from = lowerBound(days, range[0]);
  return [from, Math.max(from, lowerBound(days, range[1] + 1))];
}
