import { describe, expect, it } from "vitest";
import { rowsToCsv } from "../../../src/app/review/csv";
import { filterRows, queryRows, sortRows } from "../../../src/app/review/query";
import type { RelationRow } from "../../../src/app/review/rows";

const row = (edge: string, date: string, source: string, text: string): RelationRow => ({
  edge,
  date,
  type: "statement",
  status: "held",
  source,
  target: "Joe Biden",
  text,
  article: "Talks",
  outlet: "Ledger",
  review: "",
});
const ROWS = [
  row("e1", "2024-03-05", "Vladimir Putin", "Putin warned Biden."),
  row("e2", "", "Dmitry Peskov", 'Peskov said, "no", today.'),
  row("e3", "2024-03-01", "Kyiv", "=HYPERLINK(1)"),
];
const keys = (rows: RelationRow[]) => rows.map((r) => r.edge);

describe("the relations table's rows", () => {
  it.each([
    ["", ["e1", "e2", "e3"]],
    ["PUTIN", ["e1"]],
    ["peskov today", ["e2"]],
    ["biden 2024-03", ["e1", "e3"]],
    ["nobody", []],
  ])("typing %o keeps %o", (text, expected) => {
    expect(keys(filterRows(ROWS, text))).toEqual(expected);
  });

  it("sorts by a column either way, empty cells last", () => {
    expect(keys(sortRows([...ROWS], "date", false))).toEqual(["e3", "e1", "e2"]);
    expect(keys(sortRows([...ROWS], "date", true))).toEqual(["e1", "e3", "e2"]);
    expect(keys(queryRows(ROWS, { text: "biden", sort: "source", descending: false }))).toEqual([
      "e2",
      "e3",
      "e1",
    ]);
  });

  it("exports as CSV with quotes where needed and formulas defused", () => {
    const lines = rowsToCsv(ROWS).split("\r\n");
    expect(lines[0]).toBe("key,Date,Type,Status,Source,Target,Quote or sentence,Article,Outlet,Review");
    expect(lines[2]).toContain('"Peskov said, ""no"", today."');
    expect(lines[3]).toContain(",'=HYPERLINK(1),");
    expect(lines).toHaveLength(5);
  });
});
