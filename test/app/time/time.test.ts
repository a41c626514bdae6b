import { describe, expect, it } from "vitest";
import { addMonths, dayToIso, formatRange, isoToDay, rangeDays } from "../../../src/app/time";

describe("isoToDay and dayToIso", () => {
  it.each([
    ["1970-01-01", 0],
    ["1970-01-02", 1],
    ["1969-12-31", -1],
    ["2022-12-03", 19329],
    ["2024-02-29", 19782],
  ])("%s is day %i and back", (iso, day) => {
    expect(isoToDay(iso)).toBe(day);
    expect(dayToIso(day)).toBe(iso);
  });

  it.each([null, undefined, "", "2022-02-30", "2022-13-01", "3 Dec 2022", "2022-12-3"])(
    "%s is not a day",
    (text) => expect(isoToDay(text)).toBeNull(),
  );
});

describe("addMonths", () => {
  it.each([
    ["2022-12-03", 0, "2022-12-01"],
    ["2022-12-31", 1, "2023-01-01"],
    ["2022-03-31", -1, "2022-02-01"],
  ])("from %s, %i months -> %s", (iso, months, expected) => {
    expect(dayToIso(addMonths(isoToDay(iso)!, months))).toBe(expected);
  });
});

describe("formatRange", () => {
  const day = (iso: string) => isoToDay(iso)!;
  it.each([
    [null, "All dates"],
    [[day("2021-12-07"), day("2022-02-13")], "2021-12-07 – 2022-02-13"],
    [[day("2022-12-03"), day("2022-12-03")], "2022-12-03"],
  ] as const)("%j reads %s", (range, text) => expect(formatRange(range)).toBe(text));

  it("counts days inclusively", () => expect(rangeDays([10, 12])).toBe(3));
});
