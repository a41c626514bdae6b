import { el } from "../dom";
import { KIND_LABELS } from "../graph-view/palette";
import { swatch } from "../swatch";
import { ACTOR_KIND_COLORS } from "../theme";
import { pagedList } from "./paged-list";
import { orderRelations } from "./relation-order";
import { relationItem, type RelationDeps } from "./relation-item";
import { count } from "../count";
import { actorCorrections } from "./actor-corrections";
import { reviewBadge } from "./correction-actions";
import { counterparts, describeTypes } from "./counterparts";

/** How many of the actor's counterparts are listed: the rest are in the relations table. */
export const COUNTERPARTS_SHOWN = 8;

/** How many relations and articles are listed before "Show more". */
export const RELATIONS_PAGE = 50;
export const ARTICLES_PAGE = 20;

/**
 * How far the reader expanded the actor's lists. The panel keeps it while the same actor stays
 * selected, so that a filter change, which renders the panel again, does not fold the lists.
 */
export interface ExpandedLists {
  relations: number;
  articles: number;
}

/**
 * An actor: name, kind, role, aliases, the articles mentioning it and its relations, those the
 * filters show first. Long lists are rendered a page at a time: a hub of the coverage can have
 * thousands of relations.
 */
export function actorView(node: string, deps: RelationDeps, expanded: ExpandedLists): HTMLElement {
  const { graph } = deps;
  const a = graph.getNodeAttributes(node);
  const { ordered, shown } = orderRelations(
    graph.edges(node),
    (edge) => graph.getEdgeAttribute(edge, "date"),
    deps.isVisible,
  );
  const aliases = a.aliases.filter((alias) => alias !== a.label);
  const articleButton = (id: string) =>
    el(
      "li",
      {},
      el("button", {
        type: "button",
        className: "link",
        textContent: deps.articles.get(id)?.title ?? id,
        disabled: !deps.articles.has(id),
        onclick: () => deps.openArticle(id, null),
      }),
    );
  return el(
    "div",
    { className: "actor" },
    el("h2", { id: "details-title" }, a.label, reviewBadge(a)),
    el(
      "p",
      { className: "actor-kind" },
      swatch({ color: ACTOR_KIND_COLORS[a.kind], mark: "dot" }),
      KIND_LABELS[a.kind] ?? a.kind,
      a.community !== undefined ? ` · community ${a.community}` : "",
    ),
    a.role ? el("p", { className: "actor-role", textContent: a.role }) : null,
    aliases.length ? el("p", { className: "actor-aliases" }, "Also: ", aliases.join(", ")) : null,
    el("p", {
      className: "muted",
      textContent: `${count(a.mentions, "mention")} in ${count(a.articles.length, "article")}`,
    }),
    deps.corrections ? actorCorrections(node, graph, deps.corrections) : null,
    dealtWith(node, deps),
    el("h3", { textContent: "Articles" }),
    pagedList({
      items: a.articles,
      list: el("ul", { className: "article-list" }),
      renderItem: articleButton,
      pageSize: ARTICLES_PAGE,
      initial: expanded.articles,
      onExpand: (rendered) => (expanded.articles = rendered),
    }),
    el("h3", { textContent: `Relations (${shown} of ${ordered.length} shown)` }),
    pagedList({
      items: ordered,
      list: el("div", { className: "relation-list" }),
      renderItem: (edge) => relationItem(edge, deps),
      pageSize: RELATIONS_PAGE,
      initial: expanded.relations,
      onExpand: (rendered) => (expanded.relations = rendered),
    }),
  );
}

/** With whom the actor dealt in the window and filters, how often and by type. */
function dealtWith(node: string, deps: RelationDeps): HTMLElement | null {
  const all = counterparts(deps.graph, node, deps.isVisible);
  if (all.length === 0) return null;
  const shown = all.slice(0, COUNTERPARTS_SHOWN);
  return el(
    "div",
    { className: "dealt-with" },
    el("h3", { textContent: `Dealt with, in the window (${all.length})` }),
    el(
      "ul",
      {},
      ...shown.map((c) =>
        el(
          "li",
          {},
          el("button", {
            type: "button",
            className: "link",
            textContent: c.label,
            onclick: () => deps.select({ type: "node", key: c.key }),
          }),
          ` ${describeTypes(c.byType)}`,
        ),
      ),
    ),
    all.length > shown.length
      ? el("p", { className: "muted", textContent: `and ${all.length - shown.length} more` })
      : null,
  );
}
