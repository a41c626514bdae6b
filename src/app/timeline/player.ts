import type { DayNumber, ViewStore } from "../state/store";
import { rangeAt, startPlayback, type Playback } from "./playback";

/**
 * Drives `store.range` while `store.playing` is true, one animation frame at a time. Anyone may
 * start or stop play through the store (the button, a link, a test); a change of mode, speed or
 * range from elsewhere while playing restarts the clock from where the window is.
 */

type Range = [DayNumber, DayNumber];

export interface Clock {
  now(): number;
  request(callback: () => void): number;
  cancel(handle: number): void;
}

const BROWSER_CLOCK: Clock = {
  now: () => performance.now(),
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

/**
 * `shownDays` gives the sorted days of the relations the filters let through, whose quiet
 * stretches playback skips when `skipQuiet` is on.
 */
export function createPlayer(
  store: ViewStore,
  getExtent: () => Range | null,
  clock: Clock = BROWSER_CLOCK,
  shownDays: () => ArrayLike<DayNumber> = () => [],
): () => void {
  let frame: number | null = null;
  let playback: Playback | null = null;
  let startedAt = 0;
  let written: Range | null = null;

  const stop = () => {
    if (frame !== null) clock.cancel(frame);
    frame = null;
    playback = null;
  };
  const restart = () => {
    const extent = getExtent();
    if (!extent) return store.set({ playing: false });
    const { range, playMode, skipQuiet, speed } = store.get();
    playback = startPlayback(range, playMode, extent, skipQuiet ? { days: shownDays(), speed } : null);
    startedAt = clock.now();
    if (frame === null) frame = clock.request(tick);
  };
  const tick = () => {
    frame = null;
    const extent = getExtent();
    if (!playback || !extent) return;
    const next = rangeAt(playback, extent, store.get().speed, clock.now() - startedAt);
    written = next.range;
    store.set({ range: next.range, playing: !next.done });
    if (!next.done && playback) frame = clock.request(tick);
  };

  const unsubscribe = store.subscribe((state, changed) => {
    if (!state.playing) return stop();
    const foreignRange = changed.has("range") && state.range !== written;
    const replan = ["playing", "playMode", "speed", "skipQuiet", "edgeTypes"] as const;
    if (replan.some((key) => changed.has(key)) || foreignRange) restart();
  });
  if (store.get().playing) restart();
  return () => {
    unsubscribe();
    stop();
  };
}
