/** The prefix of the explorer's User Timing measures: DevTools shows them, the benchmark reads them. */
export const PHASE_PREFIX = "explorer:";

/**
 * Runs one phase of opening a network (building the graph, creating the renderer...) under a
 * User Timing measure named `explorer:<phase>`, so where a slow load goes can be seen in the
 * browser's performance panel and in the benchmark, without a profiler. Arguments are passed
 * through rather than captured by an arrow function: a closure over the parsed file would keep
 * it alive as long as any closure made beside it (about 100 MB at a million relations).
 */
export function timed<A extends unknown[], T>(phase: string, run: (...args: A) => T, ...args: A): T {
  const start = performance.now();
  try {
    return run(...args);
  } finally {
    performance.measure(`${PHASE_PREFIX}${phase}`, { start });
  }
}
