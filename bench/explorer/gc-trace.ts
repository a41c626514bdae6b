import type { Browser, Page } from "playwright-core";

/**
 * Garbage-collection pauses inside the measured steps, read from a Chromium trace. A step's mean
 * is decided by the few steps a major collection lands in (tens of milliseconds at 100k relations,
 * against about one for a step without), so the report says how many steps one hit and what the
 * steps cost without the pauses, beside the plain mean.
 *
 * The probes mark each step's two parts as User Timing measures named STEP_MEASURES; V8 reports
 * its main-thread pauses as MajorGC and MinorGC trace events.
 */

/** The names of the measures the `ours` probe writes around each step's filter and draw. */
export const STEP_MEASURES = { filter: "bench:filter", draw: "bench:draw" } as const;

export interface StepPauses {
  /** Main-thread collection time inside the step's filter and draw, in milliseconds. */
  gcMs: number;
  /** Whether a major (mark-compact) collection ran inside the step. */
  major: boolean;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
}

const CATEGORIES = ["devtools.timeline", "blink.user_timing"];
const GC_EVENTS = new Set(["MajorGC", "MinorGC"]);

/** Runs `steps` with a trace recording, and returns its result with each step's pauses, in order. */
export async function traceStepPauses<T>(
  browser: Browser,
  page: Page,
  steps: () => Promise<T>,
): Promise<{ result: T; pauses: StepPauses[] }> {
  await browser.startTracing(page, { categories: CATEGORIES });
  let result: T;
  try {
    result = await steps();
  } catch (error) {
    await browser.stopTracing().catch(() => undefined);
    throw error;
  }
  const trace = await browser.stopTracing();
  const { traceEvents } = JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] };
  return { result, pauses: stepPauses(traceEvents) };
}

/** Pairs the begin and end events of one measure name, in time order: [start, end] in µs. */
function spansOf(events: TraceEvent[], name: string): [number, number][] {
  const marks = events.filter((event) => event.name === name).sort((a, b) => a.ts - b.ts);
  const begins = marks.filter((event) => event.ph === "b");
  const ends = marks.filter((event) => event.ph === "e");
  return begins.map((begin, i) => [begin.ts, ends[i]?.ts ?? begin.ts]);
}

const overlap = ([start, end]: [number, number], event: TraceEvent) =>
  Math.max(0, Math.min(end, event.ts + (event.dur ?? 0)) - Math.max(start, event.ts));

/** Each step's pauses: the collections on the page's main thread that overlap its filter or draw. */
export function stepPauses(events: TraceEvent[]): StepPauses[] {
  const filters = spansOf(events, STEP_MEASURES.filter);
  const draws = spansOf(events, STEP_MEASURES.draw);
  const mainThread = events.find((event) => event.name === STEP_MEASURES.filter);
  const collections = events.filter(
    (event) =>
      GC_EVENTS.has(event.name) &&
      event.ph === "X" &&
      event.pid === mainThread?.pid &&
      event.tid === mainThread.tid,
  );
  return filters.map((filter, i) => {
    // A step's draw is the first render that starts after its filter ends.
    const draw = draws.find(([start]) => start >= filter[1]) ?? filter;
    const next = filters[i + 1]?.[0] ?? Infinity;
    const spans = draw[0] < next ? [filter, draw] : [filter];
    let gcUs = 0;
    let major = false;
    for (const event of collections) {
      const paused = spans.reduce((sum, span) => sum + overlap(span, event), 0);
      gcUs += paused;
      if (paused > 0 && event.name === "MajorGC") major = true;
    }
    return { gcMs: gcUs / 1000, major };
  });
}
