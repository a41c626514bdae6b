import type { Debounced } from "./debounce";

/**
 * A trailing throttle: `throttled()` asks for `action`, which runs `delayMs` after the first ask
 * that found none pending. Unlike a debounce, a steady stream of asks (a time step every frame
 * while the timeline plays) still runs it every `delayMs`; the last ask is always followed by a run.
 */
export function throttle(action: () => void, delayMs: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const throttled = () => {
    timer ??= setTimeout(() => {
      timer = undefined;
      action();
    }, delayMs);
  };
  throttled.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  return throttled;
}
