import Graph from "graphology";
import { describe, expect, test } from "vitest";
import type { ExplorerGraph } from "../../../src/app/data/build-graph";
import { VisibilityIndex } from "../../../src/app/data/visibility";
import { createViewStore, type ViewState } from "../../../src/app/state/store";

/** a–b–c–d in a line (calls), a–e (a statement), on days 10, 20, 30 and 40; f alone with g. */
const line = () => {
  const graph = new Graph({ type: "mixed", multi: true });
  for (const key of "abcdefg")
    graph.addNode(key, { label: key, kind: "person", role: null, aliases: [], mentions: 1, articles: [] });
  const relation = (key: string, source: string, target: string, type: string, day: number) =>
    graph.addUndirectedEdgeWithKey(key, source, target, { type, day, date: null });
  relation("ab", "a", "b", "call", 10);
  relation("bc", "b", "c", "call", 20);
  relation("cd", "c", "d", "call", 30);
  relation("ae", "a", "e", "statement", 40);
  relation("fg", "f", "g", "call", 10);
  return graph as unknown as ExplorerGraph;
};

/** The view state as the store derives it (the ego actor from the selection). */
const stateOf = (patch: Partial<ViewState>) => createViewStore(patch).get();
const shownActors = (index: VisibilityIndex) =>
  index.topology.nodeKeys.filter((key) => index.isNodeShown(key));

describe("the ego filter shows the selected actor and the actors one or two relations away", () => {
  test.each([
    { name: "off", patch: { ego: 0 }, shown: "abcdefg" },
    { name: "1 step from a", patch: { ego: 1 }, shown: "abe" },
    { name: "2 steps from a", patch: { ego: 2 }, shown: "abce" },
    { name: "1 step from a, calls only", patch: { ego: 1, edgeTypes: ["call"] }, shown: "ab" },
    { name: "2 steps from a, days 15 to 45", patch: { ego: 2, range: [15, 45] }, shown: "ae" },
    { name: "2 steps from a, nothing selected", patch: { ego: 2, selected: null }, shown: "abcdefg" },
  ] as { name: string; patch: Partial<ViewState>; shown: string }[])("$name", ({ patch, shown }) => {
    const index = new VisibilityIndex(line());
    index.update(stateOf({ selected: { type: "node", key: "a" }, ...patch }));
    expect(shownActors(index).join("")).toBe(shown);
  });

  test("moving the window walks the ego network again, as a fresh index would", () => {
    const moving = new VisibilityIndex(line());
    const base = { selected: { type: "node", key: "b" }, ego: 1 } as const;
    moving.update(stateOf(base));
    for (const range of [
      [0, 15],
      [15, 25],
      [0, 50],
      [35, 50],
    ] as [number, number][]) {
      const state = stateOf({ ...base, range });
      const before = shownActors(moving);
      const change = moving.update(state);
      const fresh = new VisibilityIndex(line());
      fresh.update(state);
      expect(shownActors(moving)).toEqual(shownActors(fresh));
      expect([moving.actorCount, moving.edgeCount]).toEqual([fresh.actorCount, fresh.edgeCount]);
      const flipped = moving.topology.nodeKeys.filter(
        (key) => before.includes(key) !== moving.isNodeShown(key),
      );
      expect([...change.nodes].sort()).toEqual(flipped.sort());
    }
  });
});
