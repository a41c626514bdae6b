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

export function createTimeOrder(edgeDays: ArrayLike<number>): TimeOrder {
  const dated: number[] = [];
  const undated: number[] = [];
  for (let e = 0; e < edgeDays.length; e++) (Number.isNaN(edgeDays[e]) ? undated : dated).push(e);
  dated.sort((a, b) => edgeDays[a]! - edgeDays[b]! || a - b);
  const order = Uint32Array.from(dated);
  const days = Int32Array.from(dated, (e) => edgeDays[e]!);
  const extent: [number, number] | null = days.length ? [days[0]!, days[days.length - 1]!] : null;
  return { order, days, undated: Uint32Array.from(undated), extent };
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
