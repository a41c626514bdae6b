import type { DayNumber, ViewState } from "../state/store";
import { rangeDays } from "../time";

/**
 * Playback as pure arithmetic: where the window is after some milliseconds of play.
 * Computed from the moment play started (not frame by frame), so frame rate never changes the pace.
 */

export type PlayMode = ViewState["playMode"];
type Range = [DayNumber, DayNumber];

export interface Playback {
  mode: PlayMode;
  /** The window's last day when play started. */
  head: DayNumber;
  /** Days in the sliding window (window mode). */
  width: number;
}

/** A window a tenth of the span wide (at least a week) when none was chosen. */
export const defaultWidth = (extent: Range): number =>
  Math.min(rangeDays(extent), Math.max(7, Math.round(rangeDays(extent) / 10)));

/** Starts from the current range, or from the beginning when there is none or it already ends at the end. */
export function startPlayback(range: Range | null, mode: PlayMode, extent: Range): Playback {
  const atEnd = !range || range[1] >= extent[1];
  if (mode === "cumulative")
    return { mode, head: atEnd ? extent[0] : Math.max(range[1], extent[0]), width: 0 };
  const chosen = range ? rangeDays(range) : 0;
  const width = chosen > 0 && chosen < rangeDays(extent) ? chosen : defaultWidth(extent);
  const first = extent[0] + width - 1;
  return { mode, head: atEnd ? first : Math.max(range[1], first), width };
}

/** The range after `elapsedMs` of play at `speed` days per second, and whether play has reached the end. */
export function rangeAt(
  playback: Playback,
  extent: Range,
  speed: number,
  elapsedMs: number,
): { range: Range; done: boolean } {
  const head = playback.head + (Math.max(0, speed) * Math.max(0, elapsedMs)) / 1000;
  const end = Math.min(extent[1], Math.floor(head));
  const done = head >= extent[1];
  if (playback.mode === "cumulative") return { range: [extent[0], end], done };
  return { range: [Math.max(extent[0], end - playback.width + 1), end], done };
}
