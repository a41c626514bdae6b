import type { DayNumber } from "../state/store";

/**
 * Edges sorted by day, in typed arrays, so a time window is two positions in one array and
 * moving the window touches only the edges that enter or leave it.
 */
export interface TimeOrder {
  /**
   * Every edge index once: the dated edges sorted by day (stable on edge index), then the undated
   * ones in index order. Numbering edges by this position keeps a window's edges side by side.
   */
  readonly order: Uint32Array;
  /** The day of each dated entry of `order`: positions from `days.length` on are undated. */
  readonly days: Int32Array;
  /** First and last day, or null when no edge is dated. */
  readonly extent: [DayNumber, DayNumber] | null;
}

/**
 * Dated relations as the timeline's histogram counts them: each one's day and type (its position
 * in RELATION_TYPES; any other code is a type no bar shows), and how many relations have no date.
 * Arrays side by side rather than an object per relation, as a million relations may come.
 */
export interface DatedRelations {
  readonly days: ArrayLike<DayNumber>;
  readonly types: ArrayLike<number>;
  readonly undated: number;
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
  const order = new Uint32Array(edgeDays.length);
  const days = new Int32Array(datedCount);
  let undated = datedCount;
  if (datedCount === 0) return { order: order.map((_, e) => e), days, extent: null };
  // starts[d]: the first position of day first + d.
  const starts = new Uint32Array(last - first + 2);
  for (let e = 0; e < edgeDays.length; e++)
    if (!Number.isNaN(edgeDays[e])) starts[edgeDays[e]! - first + 1]!++;
  for (let d = 1; d < starts.length; d++) starts[d]! += starts[d - 1]!;
  for (let e = 0; e < edgeDays.length; e++) {
    const day = edgeDays[e]!;
    if (Number.isNaN(day)) {
      order[undated++] = e;
      continue;
    }
    const position = starts[day - first]!++;
    order[position] = e;
    days[position] = day;
  }
  return { order, days, extent: [first, last] };
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
