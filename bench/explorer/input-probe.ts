import type { Page } from "playwright-core";

/** What one input cost: the same probe in our page and in the bare sigma page. */
export interface InputSample {
  /**
   * Main-thread time: the input's events (their listeners, and the `input`/`change` they cause)
   * plus every animation-frame callback until the frame that shows it.
   */
  mainMs: number;
  /** From the input's time stamp to the first animation frame after the last one that drew for it. */
  frameMs: number;
  /** Long tasks (over 50 ms) from the input to that frame: how many, and their time. */
  longTasks: number;
  longTaskMs: number;
}

interface ProbeState {
  /** Animation-frame callbacks run and their time, the probe's own left out. */
  callbacks: number;
  callbackMs: number;
  longTasks: { start: number; duration: number }[];
  armed: {
    /** The first event's time stamp; -1 until it comes. */
    stamp: number;
    /** Performance time of the first event's first listener. */
    start: number;
    /** Time in the input's event listeners, from the window's capture to its bubbling. */
    listenersMs: number;
    callbackMs: number;
  } | null;
}

declare global {
  interface Window {
    __inputProbe?: ProbeState;
  }
}

/**
 * Runs in the page before its own scripts: times every animation-frame callback (where sigma
 * renders and where the explorer looks up the pointer) and keeps the long tasks. Serialised into
 * the page: no imports.
 */
export function installInputProbe(): void {
  const state: ProbeState = { callbacks: 0, callbackMs: 0, longTasks: [], armed: null };
  window.__inputProbe = state;
  const request = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) =>
    request((time) => {
      if ((callback as { probe?: boolean }).probe) return callback(time);
      const start = performance.now();
      try {
        callback(time);
      } finally {
        state.callbacks++;
        state.callbackMs += performance.now() - start;
      }
    });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      state.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
  // Each event of the input is timed from the window's first listener (capture) to its last
  // (bubbling). An event whose propagation a listener stops (sigma's, during a drag) is timed to
  // the next task instead, less the animation-frame callbacks that ran before it.
  const TYPES = ["mousemove", "mousedown", "mouseup", "keydown", "keyup", "click", "input", "change"];
  let open: { since: number; callbackMs: number } | null = null;
  const close = (now: number) => {
    if (!open || !state.armed) return;
    state.armed.listenersMs += now - open.since - (state.callbackMs - open.callbackMs);
    open = null;
  };
  const channel = new MessageChannel();
  channel.port1.onmessage = () => close(performance.now());
  const first = (event: Event) => {
    const armed = state.armed;
    if (!armed) return;
    const now = performance.now();
    if (armed.stamp < 0) Object.assign(armed, { stamp: event.timeStamp, start: now });
    close(now);
    open = { since: now, callbackMs: state.callbackMs };
    channel.port2.postMessage(null);
  };
  for (const type of TYPES) {
    window.addEventListener(type, first, { capture: true });
    window.addEventListener(type, () => close(performance.now()));
  }
}

/** Arms the probe for the next input. */
const arm = () =>
  (window.__inputProbe!.armed = {
    stamp: -1,
    start: 0,
    listenersMs: 0,
    callbackMs: window.__inputProbe!.callbackMs,
  });

/**
 * Waits for the frame that shows the armed input: frames go by until one passes in which no
 * animation-frame callback but the probe's ran; the frame before it showed the last drawing.
 */
function settle(): Promise<InputSample | null> {
  const state = window.__inputProbe!;
  const armed = state.armed;
  if (!armed || armed.stamp < 0) return Promise.resolve(null);
  return new Promise((done) => {
    let seen = state.callbacks;
    let previous = -1;
    const tick = Object.assign(
      () => {
        const now = performance.now();
        const drew = state.callbacks !== seen;
        seen = state.callbacks;
        if (previous >= 0 && !drew) {
          const longTasks = state.longTasks.filter(
            ({ start }) => start + 1 >= armed.start && start < previous,
          );
          done({
            mainMs: armed.listenersMs + (state.callbackMs - armed.callbackMs),
            frameMs: previous - armed.stamp,
            longTasks: longTasks.length,
            longTaskMs: longTasks.reduce((sum, { duration }) => sum + duration, 0),
          });
          state.armed = null;
          return;
        }
        previous = now;
        requestAnimationFrame(tick);
      },
      { probe: true },
    );
    requestAnimationFrame(tick);
  });
}

/** Times one input that `act` makes (through playwright's mouse or keyboard). */
export async function measureInput(page: Page, act: () => Promise<unknown>): Promise<InputSample> {
  await page.evaluate(arm);
  await act();
  const sample = await page.evaluate(settle);
  if (!sample) throw new Error("bench:explorer: the input never reached the page");
  return sample;
}
