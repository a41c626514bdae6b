import Graph from "graphology";
import { describe, expect, test } from "vitest";
import type { ExplorerGraph } from "../../../src/app/data/build-graph";
import { createFocus, type FocusChange } from "../../../src/app/graph-view/focus";
import { createViewStore } from "../../../src/app/state/store";

/** a → b, b — c, and d alone. */
function smallGraph(): ExplorerGraph {
  const graph = new Graph({ type: "mixed", multi: true, allowSelfLoops: false });
  for (const key of ["a", "b", "c", "d"]) graph.addNode(key);
  graph.addDirectedEdgeWithKey("ab", "a", "b");
  graph.addUndirectedEdgeWithKey("bc", "b", "c");
  return graph as unknown as ExplorerGraph;
}

const sorted = ({ nodes, edges }: FocusChange) => ({ nodes: [...nodes].sort(), edges: [...edges].sort() });

describe("the focus reports which items a move of it changes", () => {
  test("hovering reports the old and the new neighbourhood, and nothing when it stays", () => {
    const focus = createFocus(smallGraph(), createViewStore());
    expect(sorted(focus.refocus())).toEqual({ nodes: [], edges: [] });
    focus.hover({ type: "node", key: "a" });
    expect(sorted(focus.refocus())).toEqual({ nodes: ["a", "b"], edges: ["ab"] });
    expect(sorted(focus.refocus())).toEqual({ nodes: [], edges: [] });
    focus.hover({ type: "node", key: "c" });
    expect(sorted(focus.refocus())).toEqual({ nodes: ["a", "b", "c"], edges: ["ab", "bc"] });
    focus.hover({ type: "edge", key: "ab" });
    expect(sorted(focus.refocus())).toEqual({ nodes: ["a", "b", "c"], edges: ["ab", "bc"] });
    focus.hover(null);
    expect(sorted(focus.refocus())).toEqual({ nodes: ["a", "b"], edges: ["ab"] });
  });

  test("a selection is the focus when nothing is hovered, and the selected actor is always reported", () => {
    const store = createViewStore({ selected: { type: "node", key: "c" } });
    const focus = createFocus(smallGraph(), store);
    // The first render drew the selection's neighbourhood already.
    expect(sorted(focus.refocus())).toEqual({ nodes: ["c"], edges: [] });
    store.set({ selected: { type: "node", key: "d" } });
    expect(sorted(focus.refocus())).toEqual({ nodes: ["b", "c", "d"], edges: ["bc"] });
    // Hovering over the selection: the focus moves, the selected actor stays reported.
    focus.hover({ type: "node", key: "a" });
    expect(sorted(focus.refocus())).toEqual({ nodes: ["a", "b", "d"], edges: ["ab"] });
    store.set({ selected: { type: "node", key: "missing" } });
    expect(sorted(focus.refocus())).toEqual({ nodes: ["d"], edges: [] });
  });
});
