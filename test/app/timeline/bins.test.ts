import Graph from "graphology";
import { describe, expect, it } from "vitest";
import {
  binStart,
  buildBins,
  chooseUnit,
  collectRelations,
  extentOf,
  nextBinStart,
} from "../../../src/app/timeline/bins";
import { dayToIso, isoToDay } from "../../../src/app/time";

const day = (iso: string) => isoToDay(iso)!;

describe("chooseUnit: days for short spans, weeks beyond ~4 months, months beyond ~3 years", () => {
  it.each([
    [1, "day"],
    [120, "day"],
    [121, "week"],
    [3 * 365, "week"],
    [3 * 365 + 1, "month"],
  ] as const)("%i days -> %s", (span, unit) => expect(chooseUnit(span)).toBe(unit));
});

describe("bin boundaries", () => {
  it.each([
    ["2022-12-03", "day", "2022-12-03", "2022-12-04"],
    ["2022-12-03", "week", "2022-11-28", "2022-12-05"], // Saturday -> its Monday
    ["2022-11-28", "week", "2022-11-28", "2022-12-05"], // a Monday starts its own week
    ["1969-12-31", "week", "1969-12-29", "1970-01-05"], // before day 0
    ["2022-12-31", "month", "2022-12-01", "2023-01-01"],
  ] as const)("%s by %s starts %s, next %s", (iso, unit, start, next) => {
    const first = binStart(day(iso), unit);
    expect(dayToIso(first)).toBe(start);
    expect(dayToIso(nextBinStart(first, unit))).toBe(next);
  });
});

describe("buildBins", () => {
  // Calls, statements and citations are codes 0, 1 and 2; 7 is a type no bar shows.
  const items = {
    days: ["2022-12-01", "2022-12-01", "2022-12-03", "2022-12-09", "2022-12-02"].map(day),
    types: [0, 1, 1, 2, 7],
    undated: 0,
  };

  it("covers the extent with contiguous bins, empty ones included", () => {
    const bins = buildBins(items, extentOf(items.days)!, "day");
    expect(bins).toHaveLength(9);
    expect(bins.map((b) => b.total)).toEqual([2, 0, 1, 0, 0, 0, 0, 0, 1]);
    expect(bins[0]!.counts).toEqual({ call: 1, statement: 1, citation: 0 });
    bins.slice(1).forEach((bin, i) => expect(bin.start).toBe(bins[i]!.end));
  });

  it("counts each relation once per week", () => {
    const bins = buildBins(items, extentOf(items.days)!, "week");
    expect(bins.map((b) => [dayToIso(b.start), b.total])).toEqual([
      ["2022-11-28", 3],
      ["2022-12-05", 1],
    ]);
  });

  it("has no extent without dates", () => expect(extentOf([])).toBeNull());
});

describe("collectRelations", () => {
  it("separates dated relations from undated ones", () => {
    const graph = new Graph({ type: "mixed", multi: true });
    graph.addNode("a");
    graph.addNode("b");
    graph.addDirectedEdge("a", "b", { type: "statement", date: "2022-12-02" });
    graph.addUndirectedEdge("a", "b", { type: "call", date: null });
    graph.addDirectedEdge("b", "a", { type: "citation", date: "not a date" });
    graph.addDirectedEdge("b", "a", { type: "rumour", date: "2022-12-03" });
    // A type no bar shows is still a relation: its code is -1.
    graph.addDirectedEdge("b", "a", { type: "rumour", date: null });
    expect(collectRelations(graph)).toEqual({
      days: [day("2022-12-02"), day("2022-12-03")],
      types: [1, -1],
      undated: 3,
    });
  });
});
