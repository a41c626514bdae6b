import type { DayNumber } from "../state/store";

/**
 * Stretches of time with nothing new to show, which playback crosses in one step: the window's
 * last day jumps from `from` to `to`. Between two consecutive relation days a < b, nothing changes
 * once the head has lingered `lead` days past a (in a moving window, once a is about to leave it,
 * so the window never goes empty), until b.
 */
export interface QuietStretch {
  from: DayNumber;
  to: DayNumber;
}

/** The quiet stretches between sorted relation days, each starting `lead` days after a relation. */
export function quietStretches(days: ArrayLike<DayNumber>, lead: number): QuietStretch[] {
  const stretches: QuietStretch[] = [];
  for (let i = 1; i < days.length; i++) {
    const from = days[i - 1]! + lead;
    const to = days[i]!;
    if (to - from > 1) stretches.push({ from, to });
  }
  return stretches;
}

/** Where the head is after `steps` days of play from `head`, the quiet stretches costing none. */
export function advance(head: number, steps: number, stretches: readonly QuietStretch[]): number {
  let day = head;
  let left = steps;
  for (const { from, to } of stretches) {
    if (to <= day) continue;
    if (from > day) {
      const step = Math.min(left, from - day);
      day += step;
      left -= step;
      if (left <= 0) return day;
    }
    day = to;
  }
  return day + left;
}
