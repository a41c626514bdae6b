import type { ExplorerGraph } from "../data/build-graph";
import type { Selection, ViewStore } from "../state/store";
import {
  highlightChange,
  highlightOfEdge,
  highlightOfNode,
  type Highlight,
  type ShownRelations,
} from "./highlight";

/** Actors and relations whose look depends on the focus, to be processed again. */
export interface FocusChange {
  nodes: string[];
  edges: string[];
}

/**
 * The item in focus: the hovered one wins over the selection. Its highlight is computed once per
 * change of the item or of the relations shown (an actor's neighbours are those of the relations
 * shown), so the reducers only look it up. Outside the highlight, the programs fade everything on
 * the GPU; so when the focus moves, only the items that enter or leave the highlight change.
 */
export interface Focus {
  hover(selection: Selection): void;
  current(): Highlight | null;
  /**
   * The items whose look changed since the last call: those in the previous highlight or in the
   * current one but not in both, and, when the selection moved, the previous and current selected
   * actor, whose look the reducer decides in focus or not. Called after every change of the
   * hovered item, of the selection or of the relations shown.
   */
  refocus(): FocusChange;
}

/** What the focus reads of the visibility index: the relations shown, and when they may have changed. */
export type FocusVisibility = ShownRelations & { readonly shownVersion: number };

export function createFocus(graph: ExplorerGraph, store: ViewStore, visibility: FocusVisibility): Focus {
  let hovered: Selection = null;
  let cachedFor: string | null = null;
  let cachedAt = visibility.shownVersion;
  let cached: Highlight | null = null;
  const highlightOf = (item: Selection): Highlight | null => {
    if (!item) return null;
    if (item.type === "node") return graph.hasNode(item.key) ? highlightOfNode(visibility, item.key) : null;
    return graph.hasEdge(item.key) ? highlightOfEdge(graph, item.key) : null;
  };
  const current = () => {
    const item = hovered ?? store.get().selected;
    const id = item ? `${item.type}:${item.key}` : null;
    if (id !== cachedFor) {
      [cachedFor, cachedAt] = [id, visibility.shownVersion];
      cached = highlightOf(item);
    } else if (cachedAt !== visibility.shownVersion) {
      cachedAt = visibility.shownVersion;
      // The same actor, other relations shown: its neighbours follow; its relations stay.
      if (item?.type === "node" && cached) cached = highlightOfNode(visibility, item.key, cached.edges);
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
      const after = current();
      const selected = selectedActor();
      // The selected actor's look is the reducer's, in focus or not: both ends of a move of it.
      const moved = selected === drawnSelected ? [] : [drawnSelected, selected].filter((key) => key !== null);
      const change = highlightChange(drawn, after);
      [drawn, drawnSelected] = [after, selected];
      return { nodes: [...new Set([...change.nodes, ...moved])], edges: change.edges };
    },
  };
}
