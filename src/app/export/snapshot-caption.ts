import { ACTOR_KINDS, RELATION_TYPES } from "../../schema";
import { KIND_LABELS, TYPE_LABELS } from "../graph-view/palette";
import type { ViewState } from "../state/store";
import { ACTOR_KIND_COLORS, EDGE_TYPE_COLORS } from "../theme";
import { formatRange } from "../time";
import { count } from "../count";

/** The words printed on a snapshot so that it explains itself: what is shown, from when, filtered how. */

export interface CaptionFacts {
  /** Actors with a shown relation, relations shown, and actors drawn faded without one. */
  nodes: number;
  edges: number;
  faded?: number;
  /** The selected actor's or relation's label, when something is selected. */
  selectedLabel?: string | null;
}

export interface LegendItem {
  label: string;
  color: string;
  /** A dot for an actor kind, a line for a relation type. */
  mark: "dot" | "line";
}

/** Title first, then the dates, then only the filters that differ from showing everything. */
export function captionLines(state: Readonly<ViewState>, facts: CaptionFacts): string[] {
  const lines = [
    "Actor network",
    `Dates: ${formatRange(state.range, "all")}${state.showUndated ? " (with undated relations)" : ""}`,
    `${count(facts.nodes, "actor")}, ${count(facts.edges, "relation")} shown` +
      (facts.faded ? `; ${facts.faded} faded without one` : ""),
  ];
  if (state.edgeTypes.length < RELATION_TYPES.length)
    lines.push(`Relation types: ${state.edgeTypes.map((t) => TYPE_LABELS[t]).join(", ") || "none"}`);
  if (state.actorKinds.length < ACTOR_KINDS.length)
    lines.push(`Actor kinds: ${state.actorKinds.map((k) => KIND_LABELS[k]).join(", ") || "none"}`);
  if (state.minDegree > 0) lines.push(`Minimum degree: ${state.minDegree}`);
  if (state.community !== null) lines.push(`Community: ${state.community}`);
  if (state.isolated === "hide") lines.push("Actors without a shown relation: hidden");
  if (facts.selectedLabel) lines.push(`Selected: ${facts.selectedLabel}`);
  return lines;
}

/** The kinds and types in view, in the schema's order, with the colours they are drawn in. */
export function legendItems(state: Readonly<ViewState>): LegendItem[] {
  const kinds = ACTOR_KINDS.filter((kind) => state.actorKinds.includes(kind)).map((kind): LegendItem => ({
    label: KIND_LABELS[kind],
    color: ACTOR_KIND_COLORS[kind],
    mark: "dot",
  }));
  const types = RELATION_TYPES.filter((type) => state.edgeTypes.includes(type)).map((type): LegendItem => ({
    label: TYPE_LABELS[type],
    color: EDGE_TYPE_COLORS[type],
    mark: "line",
  }));
  return [...kinds, ...types];
}
