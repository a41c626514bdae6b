import { describe, expect, it } from "vitest";
import { orderRelations } from "../../../src/app/details/relation-order";

const dates: Record<string, string | null> = {
  late: "2024-05-03",
  early: "2024-01-10",
  undated: null,
  middle: "2024-03-01",
  hiddenEarly: "2023-12-31",
  hiddenUndated: null,
  alsoEarly: "2024-01-10",
};
const hidden = new Set(["hiddenEarly", "hiddenUndated"]);
const order = (edges: string[]) =>
  orderRelations(
    edges,
    (edge) => dates[edge]!,
    (edge) => !hidden.has(edge),
  );

describe("the order of an actor's relations", () => {
  it("lists the shown relations by date, undated last, then the hidden ones the same way", () => {
    const { ordered, shown } = order(Object.keys(dates));
    expect(ordered).toEqual([
      "early",
      "alsoEarly",
      "middle",
      "late",
      "undated",
      "hiddenEarly",
      "hiddenUndated",
    ]);
    expect(shown).toBe(5);
  });

  it("keeps the graph's order between relations of the same day", () => {
    expect(order(["alsoEarly", "early"]).ordered).toEqual(["alsoEarly", "early"]);
  });

  it("reads each relation's date and visibility once, whatever the length", () => {
    const edges = Array.from({ length: 1000 }, (_, i) => `e${i}`);
    const reads = { dates: 0, shown: 0 };
    const { ordered, shown } = orderRelations(
      edges,
      (edge) => {
        reads.dates++;
        return `2024-01-${String((Number(edge.slice(1)) % 28) + 1).padStart(2, "0")}`;
      },
      (edge) => {
        reads.shown++;
        return Number(edge.slice(1)) % 2 === 0;
      },
    );
    expect(reads).toEqual({ dates: 1000, shown: 1000 });
    expect(shown).toBe(500);
    expect(ordered.slice(0, 500).every((edge) => Number(edge.slice(1)) % 2 === 0)).toBe(true);
  });
});
