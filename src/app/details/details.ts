import type { ArticleRecord } from "../../schema";
import type { ExplorerGraph } from "../data/build-graph";
import { debounce } from "../debounce";
import { FILTER_KEYS, type ViewStore } from "../state/store";
import { el } from "../dom";
import { actorView, type ExpandedLists } from "./actor-view";
import { openReader, type Evidence } from "./reader";
import { relationItem, type RelationDeps } from "./relation-item";
import { actorNamesList, findActorByName, type CorrectionActions } from "./correction-actions";
import type { SentenceAdder } from "./sentence-adder";
import { SELECTION_SHOWN } from "../panels/side-panels";

/** The side panel: the selected actor or relation, with evidence that opens the article reader. */
export function mountDetails(
  container: HTMLElement,
  deps: {
    graph: ExplorerGraph;
    store: ViewStore;
    isEdgeVisible(edge: string): boolean;
    corrections?: CorrectionActions;
  },
): () => void {
  const { graph, store } = deps;
  const articles = new Map<string, ArticleRecord>(graph.getAttribute("articles").map((a) => [a.id, a]));
  let closeReader: (() => void) | null = null;
  const { corrections } = deps;
  const adder: SentenceAdder | undefined = corrections && {
    record: (correction) => {
      closeReader?.();
      corrections.record(correction);
    },
    findActor(name) {
      const key = findActorByName(graph, name);
      return key === null ? null : { key, label: graph.getNodeAttribute(key, "label") };
    },
  };
  const relationDeps: RelationDeps = {
    graph,
    articles,
    select: (selected) => store.set({ selected }),
    isVisible: deps.isEdgeVisible,
    corrections: deps.corrections,
    openArticle(id: string, evidence: Evidence | null) {
      const article = articles.get(id);
      closeReader?.();
      if (article) closeReader = openReader(article, evidence, adder);
    },
  };
  // A labelled region, not a live one: it is rewritten whenever the filters or the time window
  // move while something is selected, and a screen reader would read the whole panel each time.
  const panel = el("section", { className: "details", attrs: { "aria-label": "Details" } });
  let expanded: ExpandedLists = { relations: 0, articles: 0 };
  const render = () => {
    const selected = store.get().selected;
    if (selected?.type === "node" && graph.hasNode(selected.key))
      panel.replaceChildren(actorView(selected.key, relationDeps, expanded));
    else if (selected?.type === "edge" && graph.hasEdge(selected.key))
      panel.replaceChildren(
        el("h2", { id: "details-title", textContent: "Relation" }),
        relationItem(selected.key, relationDeps, true),
      );
    else
      panel.replaceChildren(
        el("h2", { id: "details-title", textContent: "Details" }),
        el("p", {
          className: "muted",
          textContent: "Select an actor or a relation, or search by name, to see its evidence.",
        }),
      );
  };
  // A folded panel opens for a selection (side-panels), the one a link names included.
  const announce = () => {
    if (store.get().selected) container.dispatchEvent(new Event(SELECTION_SHOWN));
  };
  render();
  announce();
  const names = deps.corrections ? actorNamesList(graph) : null;
  container.append(panel);
  if (names) container.append(names);
  // What the filters show changes the selection's lists; the placeholder stays as it is.
  const renderSoon = debounce(render, 200);
  const unsubscribe = store.subscribe((state, changed) => {
    if (changed.has("selected")) {
      renderSoon.cancel();
      expanded = { relations: 0, articles: 0 };
      render();
      announce();
    } else if (state.selected && FILTER_KEYS.some((key) => changed.has(key))) renderSoon();
  });
  return () => {
    renderSoon.cancel();
    unsubscribe();
    closeReader?.();
    panel.remove();
    names?.remove();
  };
}
