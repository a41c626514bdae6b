import { ACTOR_KINDS, RELATION_TYPES } from "../../schema";
import { el } from "../dom";
import { KIND_LABELS, TYPE_LABELS } from "./palette";
import { ACTOR_KIND_COLORS, EDGE_TYPE_COLORS } from "../theme";

const swatch = (color: string, shape: "dot" | "line") =>
  el("span", {
    className: `swatch swatch-${shape}`,
    attrs: { "aria-hidden": "true", style: `--swatch: ${color}` },
  });

/** What the colours mean: actor kinds (dots) and relation types (lines; arrows point at the target). */
export function mountLegend(container: HTMLElement): () => void {
  const kinds = el(
    "ul",
    { className: "legend-list" },
    ...ACTOR_KINDS.map((kind) => el("li", {}, swatch(ACTOR_KIND_COLORS[kind], "dot"), KIND_LABELS[kind])),
  );
  const types = el(
    "ul",
    { className: "legend-list" },
    ...RELATION_TYPES.map((type) => el("li", {}, swatch(EDGE_TYPE_COLORS[type], "line"), TYPE_LABELS[type])),
  );
  const legend = el(
    "section",
    { className: "legend", attrs: { "aria-label": "Legend" } },
    el("h2", { textContent: "Actors" }),
    kinds,
    el("h2", { textContent: "Relations" }),
    types,
    el("p", { className: "legend-note", textContent: "Arrows point from speaker to subject; size: degree." }),
  );
  container.append(legend);
  return () => legend.remove();
}
