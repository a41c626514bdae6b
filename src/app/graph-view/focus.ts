import type { ExplorerGraph } from "../data/build-graph";
import type { Selection, ViewStore } from "../state/store";
import { highlightOfEdge, highlightOfNode, type Highlight } from "./highlight";

/**
 * The item in focus: the hovered one wins over the selection. Its highlight is computed once per
 * change, so the reducers only look it up.
 */
export interface Focus {
  hover(selection: Selection): void;
  current(): Highlight | null;
}

export function createFocus(graph: ExplorerGraph, store: ViewStore): Focus {
  let hovered: Selection = null;
  let cachedFor: string | null = null;
  let cached: Highlight | null = null;
  const highlightOf = (item: Selection): Highlight | null => {
    if (!item) return null;
    if (item.type === "node") return graph.hasNode(item.key) ? highlightOfNode(graph, item.key) : null;
    return graph.hasEdge(item.key) ? highlightOfEdge(graph, item.key) : null;
  };
  return {
    hover(selection) {
      hovered = selection;
    },
    current() {
      const item = hovered ?? store.get().selected;
      const id = item ? `${item.type}:${item.key}` : null;
      if (id !== cachedFor) {
        cachedFor = id;
        cached = highlightOf(item);
      }
      return cached;
    },
  };
}
