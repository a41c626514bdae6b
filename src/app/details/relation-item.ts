import {
  RELATION_KIND_OF,
  STATUS_KIND_OF,
  statusOf,
  type ArticleRecord,
  type RelationAttributes,
} from "../../schema";
import type { ExplorerGraph } from "../data/build-graph";
import type { Selection } from "../state/store";
import { el } from "../dom";
import { swatch } from "../swatch";
import { NEUTRAL_COLORS } from "../theme";
import type { Evidence } from "./reader";
import { reviewBadge, type CorrectionActions } from "./correction-actions";
import { relationCorrections } from "./relation-corrections";

export interface RelationDeps {
  graph: ExplorerGraph;
  articles: Map<string, ArticleRecord>;
  select(selection: Selection): void;
  openArticle(articleId: string, evidence: Evidence | null): void;
  isVisible(edge: string): boolean;
  /** Where corrections go; without it the panel only reads. */
  corrections?: CorrectionActions;
}

const DATE_NOTE = { text: "from the text", published: "article date" } as const;

/**
 * Whether the relation took place or is only planned, for the kinds that can be planned (and any
 * relation that says so itself); null for the others.
 */
function statusBadge(relation: Pick<RelationAttributes, "type" | "status">): HTMLElement | null {
  if (relation.status === undefined && !RELATION_KIND_OF[relation.type]?.hasStatus) return null;
  const status = STATUS_KIND_OF[statusOf(relation)];
  return el(
    "span",
    { className: "relation-status", title: status.description, dataset: { status: status.status } },
    swatch({ color: NEUTRAL_COLORS.muted, mark: "line", dash: status.dash }),
    status.label.toLowerCase(),
  );
}

/** One relation as a journalist checks it: when, who to whom, the sentence, the quote, the source. */
export function relationItem(edge: string, deps: RelationDeps, correctable = false): HTMLElement {
  const { graph } = deps;
  const a = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const actor = (key: string) =>
    el("button", {
      type: "button",
      className: "link",
      textContent: graph.getNodeAttribute(key, "label"),
      onclick: () => deps.select({ type: "node", key }),
    });
  const article = deps.articles.get(a.article);
  const date = a.date ? `${a.date}${a.dateSource ? ` (${DATE_NOTE[a.dateSource]})` : ""}` : "undated";
  const kind = RELATION_KIND_OF[a.type];
  const kindLabel = [kind?.label ?? a.type, a.subtype].filter(Boolean).join(" · ");
  const evidence: Evidence = { sentence: a.sentence, start: a.start, end: a.end };
  return el(
    "article",
    { className: `relation${deps.isVisible(edge) ? "" : " relation-hidden"}`, dataset: { edge } },
    el(
      "p",
      { className: "relation-head" },
      el("time", {
        textContent: date,
        dateTime: a.date ?? "",
        title: kind ? `Date of ${kind.label.toLowerCase()}: ${kind.dating}` : "",
      }),
      el("span", {
        className: "relation-type",
        textContent: kindLabel,
        attrs: { style: `--swatch: ${kind?.color ?? NEUTRAL_COLORS.undated}` },
      }),
      statusBadge(a),
      reviewBadge(a),
      deps.isVisible(edge) ? null : el("span", { className: "muted", textContent: "hidden by the filters" }),
    ),
    el(
      "p",
      { className: "relation-actors" },
      actor(source),
      graph.isDirected(edge) ? " → " : " ↔ ",
      actor(target),
    ),
    el("blockquote", { className: "evidence-sentence", textContent: a.sentence }),
    a.quote ? el("p", { className: "quote" }, "Quote: ", el("q", { textContent: a.quote })) : null,
    el(
      "p",
      { className: "relation-source" },
      el("button", {
        type: "button",
        className: "open-evidence",
        textContent: `Read in “${article?.title ?? a.article}”`,
        disabled: !article,
        onclick: () => deps.openArticle(a.article, evidence),
      }),
      el("button", {
        type: "button",
        className: "link",
        textContent: "Show this relation",
        onclick: () => deps.select({ type: "edge", key: edge }),
      }),
    ),
    correctable && deps.corrections ? relationCorrections(edge, graph, deps.corrections) : null,
  );
}
