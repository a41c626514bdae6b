import { describe, expect, it } from "vitest";
import { rangeAt, startPlayback } from "../../../src/app/timeline/playback";

const extent: [number, number] = [100, 199];

describe("startPlayback", () => {
  it.each([
    ["cumulative from nothing starts at the first date", null, "cumulative", { head: 100, width: 0 }],
    ["cumulative resumes from the range's end", [120, 150], "cumulative", { head: 150, width: 0 }],
    ["cumulative at the end starts over", [100, 199], "cumulative", { head: 100, width: 0 }],
    ["window keeps the chosen width", [120, 129], "window", { head: 129, width: 10 }],
    ["window from nothing is a tenth of the span", null, "window", { head: 109, width: 10 }],
    ["window over everything shrinks to a tenth", [100, 199], "window", { head: 109, width: 10 }],
    ["window at the end starts over", [190, 199], "window", { head: 109, width: 10 }],
  ] as const)("%s", (_name, range, mode, expected) => {
    expect(startPlayback(range as [number, number] | null, mode, extent)).toMatchObject(expected);
  });
});

describe("rangeAt: pace is speed × elapsed time, whatever the frame rate", () => {
  const cumulative = startPlayback(null, "cumulative", extent);
  const sliding = startPlayback([100, 109], "window", extent);
  it.each([
    ["cumulative, at once", cumulative, 10, 0, [100, 100], false],
    ["cumulative, 1.5 s at 10 days/s", cumulative, 10, 1500, [100, 115], false],
    ["cumulative, past the end", cumulative, 10, 60_000, [100, 199], true],
    ["window, 1 s at 30 days/s", sliding, 30, 1000, [130, 139], false],
    ["window, exactly at the end", sliding, 30, 3000, [190, 199], true],
    ["window, long after the end", sliding, 30, 9000, [190, 199], true],
    ["a paused clock does not move", sliding, 0, 5000, [100, 109], false],
  ] as const)("%s", (_name, playback, speed, ms, range, done) => {
    expect(rangeAt(playback, extent, speed, ms)).toEqual({ range, done });
  });
});
