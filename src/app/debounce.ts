/** A trailing debounce: `debounced()` asks for `action`, which runs once the asking pauses. */
export interface Debounced {
  (): void;
  /** Drops a pending run. */
  cancel(): void;
}

/**
 * Runs `action` once no call has come for `delayMs`. A burst of calls (a time step every frame
 * while the timeline plays) only moves a deadline; the one timer, when it fires early, waits out
 * the rest. Clearing and setting a timer on every call, the usual way, cost more per time step
 * than the step's own filter on a small network.
 */
export function debounce(action: () => void, delayMs: number): Debounced {
  let deadline = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    const left = deadline - performance.now();
    if (left > 0) {
      timer = setTimeout(fire, left);
      return;
    }
    timer = undefined;
    action();
  };
  const debounced = () => {
    deadline = performance.now() + delayMs;
    timer ??= setTimeout(fire, delayMs);
  };
  debounced.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  return debounced;
}
