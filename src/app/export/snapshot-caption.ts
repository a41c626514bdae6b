import { ACTOR_KINDS, RELATION_KINDS, RELATION_STATUS_KINDS, type RelationStatus } from "../../schema";
import { FILTER_SPECS } from "../filters/registry";
import { KIND_LABELS } from "../graph-view/palette";
import type { ViewState } from "../state/store";
import { ACTOR_KIND_COLORS, NEUTRAL_COLORS } from "../theme";
import { formatRange } from "../time";
import { count } from "../count";

/** The words printed on a snapshot so that it explains itself: what is shown, from when, filtered how. */

export interface CaptionFacts {
  /** Actors with a shown relation, relations shown, and actors drawn faded without one. */
  nodes: number;
  edges: number;
  faded?: number;
  /** Every actor and relation in the file, as the status bar and the CLI's summary count them. */
  totals?: { nodes: number; edges: number };
  /** The selected actor's or relation's label, when something is selected. */
  selectedLabel?: string | null;
}

export interface LegendItem {
  label: string;
  color: string;
  /** A dot for an actor kind, a line for a relation type or a status. */
  mark: "dot" | "line";
  /** A dash and the gap after it, in CSS pixels, for a status drawn dashed. */
  dash?: readonly [number, number];
}

/** "42 of 48 actors" where the total is known, as the status bar says it; else "42 actors". */
const ofTotal = (shown: number, total: number | undefined, noun: string) =>
  total === undefined ? count(shown, noun) : `${shown.toLocaleString("en")} of ${count(total, noun)}`;

/** Title first, then the dates, then only the filters that differ from showing everything. */
export function captionLines(state: Readonly<ViewState>, facts: CaptionFacts): string[] {
  const lines = [
    "Actor network",
    `Dates: ${formatRange(state.range, "all")}${state.showUndated ? " (with undated relations)" : ""}`,
    `${ofTotal(facts.nodes, facts.totals?.nodes, "actor")}, ${ofTotal(facts.edges, facts.totals?.edges, "relation")} shown` +
      (facts.faded ? `; ${facts.faded} faded without one` : ""),
  ];
  const context = {
    selectedLabel: facts.selectedLabel,
    selectedActor: state.selected?.type === "node" ? state.selected.key : null,
  };
  // Each filter says what it hides, in the registry's order (filters/registry.ts).
  for (const filter of FILTER_SPECS) {
    const line = filter.caption(state, context);
    if (line !== null) lines.push(line);
  }
  if (facts.selectedLabel) lines.push(`Selected: ${facts.selectedLabel}`);
  return lines;
}

/**
 * The kinds and types in view, in the schema's order, with the colours they are drawn in; then
 * the statuses drawn dashed, of those among `drawnStatuses` (the statuses of the relations shown).
 * Actors coloured by community are listed by `communities` (their names and colours); the kinds'
 * colours would mislead there, so without it no actor item is listed.
 */
export function legendItems(
  state: Readonly<ViewState>,
  drawnStatuses: ReadonlySet<RelationStatus> = new Set(),
  communities: readonly { name: string; colour: string }[] = [],
): LegendItem[] {
  const kinds =
    state.colourBy === "community"
      ? communities.map(({ name, colour }): LegendItem => ({ label: name, color: colour, mark: "dot" }))
      : ACTOR_KINDS.filter((kind) => state.actorKinds.includes(kind)).map((kind): LegendItem => ({
          label: KIND_LABELS[kind],
          color: ACTOR_KIND_COLORS[kind],
          mark: "dot",
        }));
  const types = RELATION_KINDS.filter(({ type }) => state.edgeTypes.includes(type)).map(
    ({ label, color }): LegendItem => ({ label, color, mark: "line" }),
  );
  const statuses = RELATION_STATUS_KINDS.filter(({ status }) => drawnStatuses.has(status)).flatMap(
    ({ label, dash }): LegendItem[] =>
      dash ? [{ label, color: NEUTRAL_COLORS.muted, mark: "line", dash }] : [],
  );
  return [...kinds, ...types, ...statuses];
}
