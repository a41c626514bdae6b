import type { Browser, Page } from "playwright-core";

/**
 * What a Chromium trace says about the measured steps beyond their wall time, which a few steps
 * can have a lot of and so decide a mean.
 * - **Collections:** V8 reports its main-thread pauses as MajorGC and MinorGC events. A major
 *   collection costs tens of milliseconds at 100k relations, against about one for a step.
 * - **Time off the CPU:** task events, such as an animation-frame callback, carry their wall time
 *   (`dur`) and the time their thread ran (`tdur`); for the rest it was preempted or blocked. On this 2-core machine the
 *   browser's other threads draw the frames with SwiftShader, and a step's main thread sometimes
 *   stops for milliseconds: a step of 6 ms whose callback ran for 1.3 ms.
 *
 * The probes mark each step as User Timing measures named in STEP_MEASURES.
 */

/**
 * The measures the probes write: around our step's filter and the draw it causes, and around a
 * whole naive step (which draws at once).
 */
export const STEP_MEASURES = { filter: "bench:filter", draw: "bench:draw", naive: "bench:naive" } as const;

/** Which measures make one step: its own, and the render that follows it, if it draws later. */
export interface StepMeasureNames {
  step: string;
  render?: string;
}

export interface StepTrace {
  /** Main-thread collection time inside the step's measures, in milliseconds. */
  gcMs: number;
  /** Whether a major (mark-compact) collection ran inside the step. */
  major: boolean;
  /**
   * Wall time inside the step's measures when the main thread was not running, in milliseconds;
   * null when no task event with a thread time was found around one of them.
   */
  offCpuMs: number | null;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time: how long the thread ran during the event. */
  tdur?: number;
  pid: number;
  tid: number;
}

const CATEGORIES = ["devtools.timeline", "blink.user_timing"];
const GC_EVENTS = new Set(["MajorGC", "MinorGC"]);

/** Runs `steps` with a trace recording, and returns its result with what the trace says of each step, in order. */
export async function traceSteps<T>(
  browser: Browser,
  page: Page,
  names: StepMeasureNames,
  steps: () => Promise<T>,
): Promise<{ result: T; traces: StepTrace[] }> {
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
  return { result, traces: stepTraces(traceEvents, names) };
}

type Span = [number, number];

/** Pairs the begin and end events of one measure name, in time order: [start, end] in µs. */
function spansOf(events: TraceEvent[], name: string): Span[] {
  const marks = events.filter((event) => event.name === name).sort((a, b) => a.ts - b.ts);
  const begins = marks.filter((event) => event.ph === "b");
  const ends = marks.filter((event) => event.ph === "e");
  return begins.map((begin, i) => [begin.ts, ends[i]?.ts ?? begin.ts]);
}

const overlap = ([start, end]: Span, event: TraceEvent) =>
  Math.max(0, Math.min(end, event.ts + (event.dur ?? 0)) - Math.max(start, event.ts));

/**
 * The page's clock is coarsened (5 µs when cross-origin isolated), so a measure that starts as its
 * callback does may appear to start a little before it.
 */
const CLOCK_SLACK_US = 10;

/**
 * How long the thread was off the CPU inside `span`: the innermost task event around it that has
 * a thread time tells how much of that event's wall time the thread did not run, and the span gets
 * its share, as if that time were spread evenly over the event. Null when there is no such event.
 */
function offCpuIn(span: Span, threadEvents: TraceEvent[]): number | null {
  let innermost: TraceEvent | undefined;
  for (const event of threadEvents) {
    if (event.dur === undefined || event.tdur === undefined) continue;
    const end = event.ts + event.dur;
    if (event.ts > span[0] + CLOCK_SLACK_US || end < span[1] - CLOCK_SLACK_US) continue;
    if (!innermost || event.dur < innermost.dur!) innermost = event;
  }
  if (!innermost) return null;
  if (innermost.dur! <= 0) return 0;
  const notRunning = Math.max(0, innermost.dur! - innermost.tdur!);
  return (notRunning * (span[1] - span[0])) / innermost.dur!;
}

/** For each step: collections and time off the CPU, on the page's main thread, inside its measures. */
export function stepTraces(events: TraceEvent[], names: StepMeasureNames): StepTrace[] {
  const steps = spansOf(events, names.step);
  const renders = names.render ? spansOf(events, names.render) : [];
  const mainThread = events.find((event) => event.name === names.step);
  const threadEvents = events.filter(
    (event) => event.ph === "X" && event.pid === mainThread?.pid && event.tid === mainThread.tid,
  );
  const collections = threadEvents.filter((event) => GC_EVENTS.has(event.name));
  return steps.map((step, i) => {
    // A step's render is the first one that starts after the step ends, before the next step.
    const render = renders.find(([start]) => start >= step[1]);
    const next = steps[i + 1]?.[0] ?? Infinity;
    const spans = render && render[0] < next ? [step, render] : [step];
    let gcUs = 0;
    let major = false;
    for (const event of collections) {
      const paused = spans.reduce((sum, span) => sum + overlap(span, event), 0);
      gcUs += paused;
      if (paused > 0 && event.name === "MajorGC") major = true;
    }
    const offCpuUs = spans.map((span) => offCpuIn(span, threadEvents));
    const known = offCpuUs.every((us): us is number => us !== null);
    const offCpuMs = known ? offCpuUs.reduce((sum, us) => sum + us, 0) / 1000 : null;
    return { gcMs: gcUs / 1000, major, offCpuMs };
  });
}
