import type { DayNumber } from "../state/store";
import { clamp } from "../time";

/**
 * Keyboard control of the time window, pure. Arrows move the window by a day, Page Up/Down by a
 * bin; with Shift they move the window's end instead (resize). Home/End jump to either end.
 * Returns undefined for keys it does not handle.
 */

type Range = [DayNumber, DayNumber];

const DIRECTIONS: Record<string, [sign: number, useBin: boolean]> = {
  ArrowRight: [1, false],
  ArrowUp: [1, false],
  ArrowLeft: [-1, false],
  ArrowDown: [-1, false],
  PageUp: [1, true],
  PageDown: [-1, true],
};

/** Slides a range by `delta` days without leaving the extent or changing its width. */
export function shiftRange([start, end]: Range, delta: number, [min, max]: Range): Range {
  const moved = clamp(delta, min - start, max - end);
  return [start + moved, end + moved];
}

export function rangeForKey(
  key: string,
  shift: boolean,
  range: Range | null,
  extent: Range,
  binDays: number,
): Range | undefined {
  const current = range ?? extent;
  const width = current[1] - current[0];
  if (key === "Home") return [extent[0], Math.min(extent[1], extent[0] + width)];
  if (key === "End") return [Math.max(extent[0], extent[1] - width), extent[1]];
  const direction = DIRECTIONS[key];
  if (!direction) return undefined;
  const delta = direction[0] * (direction[1] ? binDays : 1);
  if (!shift) return shiftRange(current, delta, extent);
  return [current[0], clamp(current[1] + delta, current[0], extent[1])];
}
