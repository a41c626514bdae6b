import { describe, expect, it } from "vitest";
import { rangeForKey } from "../../../src/app/timeline/keys";

const extent: [number, number] = [0, 99];

describe("rangeForKey: arrows move, Shift+arrows resize, Page keys step a bin, Home/End jump", () => {
  it.each([
    ["ArrowRight", false, [10, 19], [11, 20]],
    ["ArrowLeft", false, [10, 19], [9, 18]],
    ["ArrowUp", false, [10, 19], [11, 20]],
    ["ArrowLeft", false, [0, 9], [0, 9]], // already at the start
    ["ArrowRight", false, [95, 99], [95, 99]], // already at the end
    ["PageUp", false, [10, 19], [17, 26]],
    ["PageDown", false, [3, 12], [0, 9]], // stops at the start, width kept
    ["ArrowRight", true, [10, 19], [10, 20]],
    ["ArrowLeft", true, [10, 19], [10, 18]],
    ["ArrowLeft", true, [10, 10], [10, 10]], // never shorter than a day
    ["PageUp", true, [10, 19], [10, 26]],
    ["Home", false, [40, 49], [0, 9]],
    ["End", false, [40, 49], [90, 99]],
    ["ArrowLeft", true, null, [0, 98]], // no range: starts from everything
  ] as const)("%s (shift %s) on %j -> %j", (key, shift, range, expected) => {
    expect(rangeForKey(key, shift, range as [number, number] | null, extent, 7)).toEqual(expected);
  });

  it("ignores other keys", () => expect(rangeForKey("a", false, [1, 2], extent, 7)).toBeUndefined());
});
