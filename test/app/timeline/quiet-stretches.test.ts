import { describe, expect, it } from "vitest";
import { rangeAt, startPlayback } from "../../../src/app/timeline/playback";
import { SPEEDS } from "../../../src/app/timeline/controls";
import { advance, quietStretches } from "../../../src/app/timeline/quiet-stretches";

// Relations on two days in October, then nothing until two in February: months of quiet between.
const DAYS = [100, 101, 101, 105, 220, 230];
const extent: [number, number] = [100, 230];

describe("quietStretches", () => {
  it.each([
    [
      "no lead: every gap of more than a day",
      0,
      [
        { from: 105, to: 220 },
        { from: 220, to: 230 },
        { from: 101, to: 105 },
      ],
    ],
    [
      "a lead of 3 days: only the gaps longer than the lead",
      3,
      [
        { from: 108, to: 220 },
        { from: 223, to: 230 },
      ],
    ],
    ["a lead longer than every gap: nothing to skip", 200, []],
  ] as const)("%s", (_name, lead, expected) => {
    expect(quietStretches(DAYS, lead)).toEqual(expect.arrayContaining([...expected]));
    expect(quietStretches(DAYS, lead)).toHaveLength(expected.length);
  });
});

describe("advance: quiet stretches cost no play time", () => {
  const stretches = [{ from: 108, to: 220 }];
  it.each([
    ["before the stretch, play moves day by day", 100, 5, 105],
    ["reaching the stretch's start, the head waits there", 100, 8, 108],
    ["a step into the stretch lands past it", 100, 9, 221],
    ["a head inside a stretch jumps to its end", 150, 0, 220],
    ["after every stretch, day by day", 225, 3, 228],
  ])("%s", (_name, head, steps, expected) => {
    expect(advance(head, steps, stretches)).toBe(expected);
  });
});

describe("playback with quiet stretches skipped", () => {
  /** The windows of every 60 Hz frame until the end. */
  const frames = (mode: "cumulative" | "window", speed: number, skip: boolean) => {
    const playback = startPlayback(null, mode, extent, skip ? { days: DAYS, speed } : null);
    const windows: [number, number][] = [];
    for (let ms = 0; ; ms += 1000 / 60) {
      const { range, done } = rangeAt(playback, extent, speed, ms);
      windows.push(range);
      if (done) return windows;
    }
  };
  const holdsRelation = ([from, to]: [number, number]) => DAYS.some((day) => day >= from && day <= to);

  it.each(SPEEDS)("a moving window never goes empty (no grey frame) at %i days/s", (speed) => {
    const windows = frames("window", speed, true);
    expect(windows.filter((window) => !holdsRelation(window))).toEqual([]);
    expect(windows.at(-1)![1]).toBe(extent[1]);
  });

  it("without skipping, the same playback has empty windows", () => {
    expect(frames("window", 30, false).some((window) => !holdsRelation(window))).toBe(true);
  });

  it.each([7, 30, 120])("cumulative play at %i days/s takes a fraction of the time", (speed) => {
    const skipped = frames("cumulative", speed, true).length;
    const all = frames("cumulative", speed, false).length;
    expect(skipped).toBeLessThan(all / 2);
  });
});
