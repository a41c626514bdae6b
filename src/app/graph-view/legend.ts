import { ACTOR_KINDS, RELATION_KINDS, RELATION_STATUS_KINDS, type RelationStatus } from "../../schema";
import { el } from "../dom";
import type { LookControl } from "../look/actor-look";
import { lookChoice } from "../look/look-choice";
import { UNCONNECTED_COLOUR, OTHER_COMMUNITIES_COLOUR, PALETTE_SIZE } from "../look/community-colours";
import { COLOUR_MODES, SIZE_METRICS, type ColourMode, type SizeMetric, type ViewStore } from "../state/store";
import { swatch } from "../swatch";
import { KIND_LABELS } from "./palette";
import { ACTOR_KIND_COLORS, NEUTRAL_COLORS } from "../theme";

const COLOUR_LABELS: Record<ColourMode, string> = { kind: "Actor kind", community: "Community" };
export const SIZE_LABELS: Record<SizeMetric, string> = {
  relations: "Relations (weighted degree)",
  degree: "Actors linked (degree)",
  pagerank: "PageRank",
  betweenness: "Betweenness",
};

const dot = (colour: string, label: string, title?: string) =>
  el("li", title ? { title } : {}, swatch({ color: colour, mark: "dot" }), label);

/**
 * What the colours and strokes mean, and the choice of them: actors by kind or by community
 * (each named after its most mentioned members; actors alone in theirs grouped as unconnected),
 * sizes by a metric, relation kinds (lines; arrows point at the target), and the statuses drawn
 * with a dash, where the network has any.
 */
export function mountLegend(
  container: HTMLElement,
  deps: { statusCounts: Record<RelationStatus, number>; store: ViewStore; look: LookControl },
): () => void {
  const { store, look } = deps;
  const colour = lookChoice(
    "legend-colour",
    "Colour",
    COLOUR_MODES,
    COLOUR_LABELS,
    store.get().colourBy,
    (colourBy) => store.set({ colourBy }),
  );
  const size = lookChoice("legend-size", "Size", SIZE_METRICS, SIZE_LABELS, store.get().sizeBy, (sizeBy) =>
    store.set({ sizeBy }),
  );
  // A metric is computed when first chosen: betweenness takes seconds on a large network.
  const noteSizing = () => {
    const chosen = store.get().sizeBy;
    size.setNote(look.sizedBy === chosen ? "" : `Computing ${SIZE_LABELS[chosen]}…`);
  };
  const kinds = ACTOR_KINDS.map((kind) => dot(ACTOR_KIND_COLORS[kind], KIND_LABELS[kind]));
  const communities = look.communities
    .slice(0, PALETTE_SIZE)
    .map(({ name, size, colour: c }) => dot(c, name, `${size} actors`));
  const others = look.communities.length > PALETTE_SIZE;
  const actors = el("ul", { className: "legend-list legend-actors" });
  const showActors = (mode: ColourMode) => {
    actors.dataset.colourBy = mode;
    actors.replaceChildren(
      ...(mode === "kind"
        ? kinds
        : [
            ...communities,
            others ? dot(OTHER_COMMUNITIES_COLOUR, "Other communities") : null,
            dot(UNCONNECTED_COLOUR, "Unconnected (in no community)"),
          ].filter((item) => item !== null)),
    );
  };
  showActors(store.get().colourBy);
  const dashedStatuses = RELATION_STATUS_KINDS.filter(
    ({ status, dash }) => dash !== null && deps.statusCounts[status] > 0,
  );
  const relations = el(
    "ul",
    { className: "legend-list" },
    ...RELATION_KINDS.map(({ color, label }) => el("li", {}, swatch({ color, mark: "line" }), label)),
    ...dashedStatuses.map(({ label, description, dash }) =>
      el("li", { title: description }, swatch({ color: NEUTRAL_COLORS.muted, mark: "line", dash }), label),
    ),
  );
  const legend = el(
    "section",
    { className: "legend", attrs: { "aria-label": "Legend" } },
    el("h2", { textContent: "Actors" }),
    colour.element,
    actors,
    size.element,
    el("h2", { textContent: "Relations" }),
    relations,
    el("p", { className: "legend-note", textContent: "Arrows point from speaker to subject." }),
  );
  container.append(legend);
  const unsubscribe = store.subscribe((state, changed) => {
    if (changed.has("colourBy")) {
      colour.set(state.colourBy);
      showActors(state.colourBy);
    }
    if (changed.has("sizeBy")) {
      size.set(state.sizeBy);
      noteSizing();
    }
  });
  const stopWatching = look.onSized(noteSizing);
  return () => {
    stopWatching();
    unsubscribe();
    legend.remove();
  };
}
