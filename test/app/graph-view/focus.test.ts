import Graph from "graphology";
import { describe, expect, test } from "vitest";
import type { ExplorerGraph } from "../../../src/app/data/build-graph";
import { createTopology } from "../../../src/app/data/topology";
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

/** The part of the visibility index the focus reads, every relation shown; `show` changes that. */
function shownRelations(graph: ExplorerGraph) {
  const topology = createTopology(graph);
  const visibility = { topology, edgeShown: new Uint8Array(graph.size).fill(1), shownVersion: 0 };
  const show = (edges: string[]) => {
    visibility.edgeShown.fill(0);
    for (const key of edges) visibility.edgeShown[topology.edgeIndex.get(key)!] = 1;
    visibility.shownVersion++;
  };
  return { visibility, show };
}

const focusOn = (graph: ExplorerGraph, store = createViewStore()) => {
  const { visibility, show } = shownRelations(graph);
  return { focus: createFocus(graph, store, visibility), show };
};

const sorted = ({ nodes, edges }: FocusChange) => ({ nodes: [...nodes].sort(), edges: [...edges].sort() });

describe("the focus reports which items a move of it changes", () => {
  test("hovering reports the items that enter or leave the neighbourhood, and nothing when it stays", () => {
    const { focus } = focusOn(smallGraph());
    expect(sorted(focus.refocus())).toEqual({ nodes: [], edges: [] });
    focus.hover({ type: "node", key: "a" });
    expect(sorted(focus.refocus())).toEqual({ nodes: ["a", "b"], edges: ["ab"] });
    expect(sorted(focus.refocus())).toEqual({ nodes: [], edges: [] });
    // b is in both neighbourhoods: its look stays.
    focus.hover({ type: "node", key: "c" });
    expect(sorted(focus.refocus())).toEqual({ nodes: ["a", "c"], edges: ["ab", "bc"] });
    focus.hover({ type: "edge", key: "ab" });
    expect(sorted(focus.refocus())).toEqual({ nodes: ["a", "c"], edges: ["ab", "bc"] });
    focus.hover(null);
    expect(sorted(focus.refocus())).toEqual({ nodes: ["a", "b"], edges: ["ab"] });
  });

  test("a selection is the focus when nothing is hovered, and a move of it reports both selected actors", () => {
    const store = createViewStore({ selected: { type: "node", key: "c" } });
    const { focus } = focusOn(smallGraph(), store);
    // The first render drew the selection's neighbourhood already.
    expect(sorted(focus.refocus())).toEqual({ nodes: [], edges: [] });
    store.set({ selected: { type: "node", key: "d" } });
    expect(sorted(focus.refocus())).toEqual({ nodes: ["b", "c", "d"], edges: ["bc"] });
    // Hovering over the selection: the focus moves, the selected actor leaves it.
    focus.hover({ type: "node", key: "a" });
    expect(sorted(focus.refocus())).toEqual({ nodes: ["a", "b", "d"], edges: ["ab"] });
    // The hovered actor stays the focus; the selected actor that was is reported.
    store.set({ selected: { type: "node", key: "missing" } });
    expect(sorted(focus.refocus())).toEqual({ nodes: ["d"], edges: [] });
  });
});

describe("an actor's neighbours in focus are those of the relations shown", () => {
  // b in focus with every relation shown, then only these.
  test.each([
    { shown: ["ab", "bc"], neighbourhood: ["a", "b", "c"], changed: [] },
    { shown: ["ab"], neighbourhood: ["a", "b"], changed: ["c"] },
    { shown: ["bc"], neighbourhood: ["b", "c"], changed: ["a"] },
    { shown: [], neighbourhood: ["b"], changed: ["a", "c"] },
  ])("showing $shown brings forward $neighbourhood", ({ shown, neighbourhood, changed }) => {
    for (const how of ["selected", "hovered"] as const) {
      const store = createViewStore();
      const { focus, show } = focusOn(smallGraph(), store);
      if (how === "selected") store.set({ selected: { type: "node", key: "b" } });
      else focus.hover({ type: "node", key: "b" });
      focus.refocus();
      show(shown);
      expect(sorted(focus.refocus()), how).toEqual({ nodes: changed, edges: [] });
      expect([...focus.current()!.nodes].sort(), how).toEqual(neighbourhood);
      // Its relations stay in focus, shown or not (one not shown is not drawn).
      expect([...focus.current()!.edges].sort(), how).toEqual(["ab", "bc"]);
    }
  });

  test("a relation in focus keeps its two actors whatever is shown", () => {
    const { focus, show } = focusOn(smallGraph());
    focus.hover({ type: "edge", key: "ab" });
    focus.refocus();
    show([]);
    expect(sorted(focus.refocus())).toEqual({ nodes: [], edges: [] });
    expect([...focus.current()!.nodes].sort()).toEqual(["a", "b"]);
  });
});
