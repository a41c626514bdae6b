import type { Correction } from "../../corrections";
import type { ExplorerGraph } from "../data/build-graph";
import { el } from "../dom";

/** What the panel needs to correct the network: where a correction goes (the review session). */
export interface CorrectionActions {
  record(correction: Correction): void;
}

/** The id of the list of actor names that the name boxes of the panel and the reader suggest from. */
export const ACTOR_NAMES_LIST = "actor-names";

export function actorNamesList(graph: ExplorerGraph): HTMLDataListElement {
  const list = el("datalist", { id: ACTOR_NAMES_LIST });
  graph.forEachNode((_, a) => list.append(el("option", { value: a.label })));
  return list;
}

/** The actor a reviewer typed: by name (any case), or by key. */
export function findActorByName(graph: ExplorerGraph, name: string): string | null {
  const wanted = name.trim().toLowerCase();
  if (!wanted) return null;
  if (graph.hasNode(name.trim())) return name.trim();
  return graph.findNode((_, a) => a.label.toLowerCase() === wanted) ?? null;
}

/** The mark on a corrected actor or relation: what the `review` attribute says, or nothing. */
export function reviewBadge(attributes: object): HTMLElement | null {
  const review = (attributes as { review?: string }).review;
  if (!review) return null;
  return el("span", { className: "review-badge", dataset: { review }, textContent: review });
}
