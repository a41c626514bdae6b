import { describe, expect, it } from "vitest";
import { toIsoDate } from "../../src/sources/iso-date";

describe("the day a page or an export gives, as written", () => {
  it.each([
    ["2024-03-05", "2024-03-05"],
    ["2024-03-05T23:30:00-08:00", "2024-03-05"],
    ["2024-03-05T01:00:00+09:00", "2024-03-05"],
    ["2024-03-05 10:00:00", "2024-03-05"],
    ["2024/3/5", "2024-03-05"],
    ["20240305", "2024-03-05"],
    ["20240305T101500Z", "2024-03-05"],
    ["Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05"],
    ["5 March 2024", "2024-03-05"],
    ["March 5, 2024", "2024-03-05"],
    ["Sept. 30, 2023", "2023-09-30"],
    ["  2024-03-05  ", "2024-03-05"],
    ["2024-02-30", null],
    ["2024-13-01", null],
    ["last week", null],
    ["5 Foo 2024", null],
    ["", null],
    ["1709632800", null],
  ])("%j -> %j", (given, day) => {
    expect(toIsoDate(given)).toBe(day);
  });
});
