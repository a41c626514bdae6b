import { ACTOR_KINDS, RELATION_KINDS, RELATION_STATUS_KINDS, type RelationStatus } from "../../schema";
import { el } from "../dom";
import { swatch } from "../swatch";
import { KIND_LABELS } from "./palette";
import { ACTOR_KIND_COLORS, NEUTRAL_COLORS } from "../theme";

/**
 * What the colours and strokes mean: actor kinds (dots), relation kinds (lines; arrows point at the
 * target), and the statuses drawn with a dash, where the network has any.
 */
export function mountLegend(
  container: HTMLElement,
  deps: { statusCounts: Record<RelationStatus, number> },
): () => void {
  const kinds = el(
    "ul",
    { className: "legend-list" },
    ...ACTOR_KINDS.map((kind) =>
      el("li", {}, swatch({ color: ACTOR_KIND_COLORS[kind], mark: "dot" }), KIND_LABELS[kind]),
    ),
  );
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
    kinds,
    el("h2", { textContent: "Relations" }),
    relations,
    el("p", { className: "legend-note", textContent: "Arrows point from speaker to subject; size: degree." }),
  );
  container.append(legend);
  return () => legend.remove();
}
