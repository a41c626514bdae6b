import { describe, expect, test } from "vitest";
import { STEP_MEASURES, stepTraces } from "../../bench/explorer/step-trace";

/** A trace event on the page's main thread (pid 1, tid 2) unless said otherwise; times in µs. */
const event = (
  name: string,
  ph: string,
  ts: number,
  extra: { dur?: number; tdur?: number; tid?: number } = {},
) => ({
  name,
  ph,
  ts,
  pid: 1,
  tid: extra.tid ?? 2,
  ...(extra.dur === undefined ? {} : { dur: extra.dur }),
  ...(extra.tdur === undefined ? {} : { tdur: extra.tdur }),
});
const measure = (name: string, start: number, end: number) => [
  event(name, "b", start),
  event(name, "e", end),
];
const ours = { step: STEP_MEASURES.filter, render: STEP_MEASURES.draw };

describe("garbage-collection pauses inside steps", () => {
  test("counts the part of each collection that overlaps a step's filter or draw", () => {
    const traces = stepTraces(
      [
        // Step 1: filter 0-1 ms, draw 5-6 ms; a major collection over the draw's last half.
        ...measure(STEP_MEASURES.filter, 0, 1_000),
        ...measure(STEP_MEASURES.draw, 5_000, 6_000),
        event("MajorGC", "X", 5_500, { dur: 3_000 }),
        // Between the steps, and on another thread: not counted.
        event("MinorGC", "X", 7_000, { dur: 500 }),
        event("MinorGC", "X", 10_200, { dur: 500, tid: 9 }),
        // Step 2: filter 10-11 ms with a minor collection inside, draw 12-13 ms.
        ...measure(STEP_MEASURES.filter, 10_000, 11_000),
        event("MinorGC", "X", 10_400, { dur: 200 }),
        ...measure(STEP_MEASURES.draw, 12_000, 13_000),
      ],
      ours,
    );
    expect(traces).toEqual([
      { gcMs: 0.5, major: true, offCpuMs: null },
      { gcMs: 0.2, major: false, offCpuMs: null },
    ]);
  });

  test("a step whose draw never came counts its filter alone", () => {
    const traces = stepTraces(
      [
        ...measure(STEP_MEASURES.filter, 0, 1_000),
        ...measure(STEP_MEASURES.filter, 2_000, 3_000),
        ...measure(STEP_MEASURES.draw, 4_000, 5_000),
        event("MinorGC", "X", 4_000, { dur: 1_000 }),
      ],
      ours,
    );
    expect(traces.map(({ gcMs }) => gcMs)).toEqual([0, 1]);
  });
});

describe("time off the CPU inside steps", () => {
  test("a measure gets its share of the time off the CPU of the innermost task around it", () => {
    const traces = stepTraces(
      [
        // The whole task ran 3 of its 10 ms; the animation-frame callback inside it ran 1 of 4 ms.
        event("RunTask", "X", 0, { dur: 10_000, tdur: 3_000 }),
        event("FireAnimationFrame", "X", 1_000, { dur: 4_000, tdur: 1_000 }),
        // The filter is half of that callback: half of its 3 ms off the CPU.
        ...measure(STEP_MEASURES.filter, 2_000, 4_000),
        // The draw is in a callback that ran all along.
        event("FireAnimationFrame", "X", 6_000, { dur: 1_000, tdur: 1_000 }),
        ...measure(STEP_MEASURES.draw, 6_000, 7_000),
      ],
      ours,
    );
    expect(traces).toEqual([{ gcMs: 0, major: false, offCpuMs: 1.5 }]);
  });

  test("tasks on other threads, tasks without thread time, and a naive step alone", () => {
    const traces = stepTraces(
      [
        event("RunTask", "X", 0, { dur: 40_000, tdur: 40_000 }),
        event("RunTask", "X", 0, { dur: 30_000, tdur: 0, tid: 9 }),
        event("FunctionCall", "X", 0, { dur: 30_000 }),
        event("FireAnimationFrame", "X", 0, { dur: 30_000, tdur: 20_000 }),
        ...measure(STEP_MEASURES.naive, 0, 30_000),
        // Nothing around the second step: its time off the CPU is unknown.
        ...measure(STEP_MEASURES.naive, 50_000, 60_000),
        // The third starts 5 µs before its callback, as the page's coarse clock can make it.
        event("FireAnimationFrame", "X", 70_005, { dur: 10_000, tdur: 5_000 }),
        ...measure(STEP_MEASURES.naive, 70_000, 80_000),
      ],
      { step: STEP_MEASURES.naive },
    );
    expect(traces.map(({ offCpuMs }) => offCpuMs)).toEqual([10, null, 5]);
  });
});
