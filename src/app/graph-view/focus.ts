import type { ExplorerGraph } from "../data/build-graph";
import type { Selection, ViewStore } from "../state/store";
import { highlightOfEdge, highlightOfNode, type Highlight } from "./highlight";

/** Actors and relations whose look depends on the focus, to be processed again. */
export interface FocusChange {
  nodes: string[];
  edges: string[];
}

/**
 * The item in focus: the hovered one wins over the selection. Its highlight is computed once per
 * change, so the reducers only look it up. Outside the highlight, the programs fade everything
 * on the GPU; so when the focus moves, only the items of the old and the new highlight change.
 */
export interface Focus {
  hover(selection: Selection): void;
  current(): Highlight | null;
  /**
   * The items whose look changed since the last call: those of the previous highlight and of the
   * current one (none when it is the same), and the previous and current selected actor, whose
   * look the reducer decides in focus or not.
   */
  refocus(): FocusChange;
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
  const current = () => {
    const item = hovered ?? store.get().selected;
    const id = item ? `${item.type}:${item.key}` : null;
    if (id !== cachedFor) {
      cachedFor = id;
      cached = highlightOf(item);
    }
    return cached;
  };
  const selectedActor = () => {
    const selected = store.get().selected;
    return selected?.type === "node" && graph.hasNode(selected.key) ? selected.key : null;
  };
  // What the first render draws.
  let drawn = current();
  let drawnSelected = selectedActor();
  return {
    hover(selection) {
      hovered = selection;
    },
    current,
    refocus() {
      const [before, after] = [drawn, current()];
      const selected = [drawnSelected, selectedActor()];
      [drawn, drawnSelected] = [after, selected[1]!];
      const nodes = new Set(selected.filter((key) => key !== null));
      if (before === after) return { nodes: [...nodes], edges: [] };
      const edges = new Set<string>();
      for (const highlight of [before, after]) {
        highlight?.nodes.forEach((key) => nodes.add(key));
        highlight?.edges.forEach((key) => edges.add(key));
      }
      return { nodes: [...nodes], edges: [...edges] };
    },
  };
}
