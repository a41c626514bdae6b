import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { debounce } from "../../src/app/debounce";

describe("debounce", () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  /** Calls `debounced` every `everyMs` for `forMs`, then lets all timers run; when did it run? */
  const burst = (delayMs: number, everyMs: number, forMs: number) => {
    const runs: number[] = [];
    const debounced = debounce(() => runs.push(performance.now()), delayMs);
    const start = performance.now();
    for (let t = 0; t < forMs; t += everyMs) {
      debounced();
      vi.advanceTimersByTime(everyMs);
    }
    const lastCall = start + Math.ceil(forMs / everyMs - 1) * everyMs;
    vi.runAllTimers();
    return { runs, lastCall };
  };

  it.each([
    // delay, a call every, for
    [150, 16, 1000],
    [250, 100, 2000],
    [200, 1, 50],
  ])("runs once, %i ms after the last of calls every %i ms for %i ms", (delayMs, everyMs, forMs) => {
    const { runs, lastCall } = burst(delayMs, everyMs, forMs);
    expect(runs).toEqual([lastCall + delayMs]);
  });

  it("runs again for calls after it ran", () => {
    const action = vi.fn();
    const debounced = debounce(action, 100);
    debounced();
    vi.advanceTimersByTime(100);
    debounced();
    vi.advanceTimersByTime(99);
    expect(action).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(action).toHaveBeenCalledTimes(2);
  });

  it("arms about one timer per delay during a burst, not one per call", () => {
    const setTimer = vi.spyOn(globalThis, "setTimeout");
    burst(150, 16, 1500);
    // 94 calls over 1.5 s: one timer, then one re-arm each time it fires before the deadline.
    expect(setTimer.mock.calls.length).toBeLessThanOrEqual(1500 / 150 + 2);
    expect(setTimer.mock.calls.length).toBeGreaterThan(0);
  });

  it("cancel drops the pending run, and later calls still run", () => {
    const action = vi.fn();
    const debounced = debounce(action, 100);
    debounced();
    debounced.cancel();
    vi.runAllTimers();
    expect(action).not.toHaveBeenCalled();
    debounced();
    vi.runAllTimers();
    expect(action).toHaveBeenCalledTimes(1);
  });
});
