/** The prefix of the explorer's User Timing measures: DevTools shows them, the benchmark reads them. */
export const PHASE_PREFIX = "explorer:";

/**
 * Runs one phase of opening a network (building the graph, creating the renderer...) under a
 * User Timing measure named `explorer:<phase>`, so where a slow load goes can be seen in the
 * browser's performance panel and in the benchmark, without a profiler.
 */
export function timed<T>(phase: string, run: () => T): T {
  const start = performance.now();
  try {
    return run();
  } finally {
    performance.measure(`${PHASE_PREFIX}${phase}`, { start });
  }
}
