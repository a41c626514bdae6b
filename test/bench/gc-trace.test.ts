import { describe, expect, test } from "vitest";
import { STEP_MEASURES, stepPauses } from "../../bench/explorer/gc-trace";

/** A trace event on the page's main thread (pid 1, tid 2) unless said otherwise; times in µs. */
const event = (name: string, ph: string, ts: number, extra: { dur?: number; tid?: number } = {}) => ({
  name,
  ph,
  ts,
  pid: 1,
  tid: extra.tid ?? 2,
  ...(extra.dur === undefined ? {} : { dur: extra.dur }),
});
const measure = (name: string, start: number, end: number) => [
  event(name, "b", start),
  event(name, "e", end),
];

describe("garbage-collection pauses inside steps", () => {
  test("counts the part of each collection that overlaps a step's filter or draw", () => {
    const pauses = stepPauses([
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
    ]);
    expect(pauses).toEqual([
      { gcMs: 0.5, major: true },
      { gcMs: 0.2, major: false },
    ]);
  });

  test("a step whose draw never came counts its filter alone", () => {
    const pauses = stepPauses([
      ...measure(STEP_MEASURES.filter, 0, 1_000),
      ...measure(STEP_MEASURES.filter, 2_000, 3_000),
      ...measure(STEP_MEASURES.draw, 4_000, 5_000),
      event("MinorGC", "X", 4_000, { dur: 1_000 }),
    ]);
    expect(pauses).toEqual([
      { gcMs: 0, major: false },
      { gcMs: 1, major: false },
    ]);
  });
});
