import type { DayNumber, ViewState } from "../state/store";
import { rangeDays } from "../time";
import { advance, quietStretches, type QuietStretch } from "./quiet-stretches";

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
  /** Stretches the head crosses at once (none unless quiet stretches are skipped). */
  skips: readonly QuietStretch[];
}

/** How long, in play time, the network rests after a relation before a quiet stretch is skipped. */
export const LINGER_MS = 300;

/** What skipping quiet stretches needs: the days of the relations that can be shown, sorted, and the speed. */
export interface SkipQuiet {
  days: ArrayLike<DayNumber>;
  speed: number;
}

/** A window a tenth of the span wide (at least a week) when none was chosen. */
export const defaultWidth = (extent: Range): number =>
  Math.min(rangeDays(extent), Math.max(7, Math.round(rangeDays(extent) / 10)));

/** Starts from the current range, or from the beginning when there is none or it already ends at the end. */
export function startPlayback(
  range: Range | null,
  mode: PlayMode,
  extent: Range,
  skipQuiet: SkipQuiet | null = null,
): Playback {
  const atEnd = !range || range[1] >= extent[1];
  // A growing window lingers a moment on each new relation; a moving one until it is about to leave.
  const skips = (lead: number) => (skipQuiet ? quietStretches(skipQuiet.days, lead) : []);
  if (mode === "cumulative") {
    const linger = Math.max(1, Math.round(((skipQuiet?.speed ?? 0) * LINGER_MS) / 1000));
    return { mode, head: atEnd ? extent[0] : Math.max(range[1], extent[0]), width: 0, skips: skips(linger) };
  }
  const chosen = range ? rangeDays(range) : 0;
  const width = chosen > 0 && chosen < rangeDays(extent) ? chosen : defaultWidth(extent);
  const first = extent[0] + width - 1;
  return { mode, head: atEnd ? first : Math.max(range[1], first), width, skips: skips(width - 1) };
}

/** The range after `elapsedMs` of play at `speed` days per second, and whether play has reached the end. */
export function rangeAt(
  playback: Playback,
  extent: Range,
  speed: number,
  elapsedMs: number,
): { range: Range; done: boolean } {
  const steps = (Math.max(0, speed) * Math.max(0, elapsedMs)) / 1000;
  const head = advance(playback.head, steps, playback.skips);
  const end = Math.min(extent[1], Math.floor(head));
  const done = head >= extent[1];
  if (playback.mode === "cumulative") return { range: [extent[0], end], done };
  return { range: [Math.max(extent[0], end - playback.width + 1), end], done };
}
