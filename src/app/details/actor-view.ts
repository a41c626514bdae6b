import { el } from "../dom";
import { KIND_LABELS } from "../graph-view/palette";
import { ACTOR_KIND_COLORS } from "../theme";
import { relationItem, type RelationDeps } from "./relation-item";

/** Sort key putting dated relations in order and undated ones last. */
const byDate = (a: string | null, b: string | null) => (a ?? "9999").localeCompare(b ?? "9999");

/** An actor: name, kind, role, aliases, the articles mentioning it and its relations by date. */
export function actorView(node: string, deps: RelationDeps): HTMLElement {
  const { graph } = deps;
  const a = graph.getNodeAttributes(node);
  const edges = graph
    .edges(node)
    .sort((x, y) => byDate(graph.getEdgeAttribute(x, "date"), graph.getEdgeAttribute(y, "date")));
  const aliases = a.aliases.filter((alias) => alias !== a.label);
  const visible = edges.filter(deps.isVisible).length;
  return el(
    "div",
    { className: "actor" },
    el("h2", { id: "details-title", textContent: a.label }),
    el(
      "p",
      { className: "actor-kind" },
      el("span", {
        className: "swatch swatch-dot",
        attrs: { "aria-hidden": "true", style: `--swatch: ${ACTOR_KIND_COLORS[a.kind]}` },
      }),
      KIND_LABELS[a.kind] ?? a.kind,
      a.community !== undefined ? ` · community ${a.community}` : "",
    ),
    a.role ? el("p", { className: "actor-role", textContent: a.role }) : null,
    aliases.length ? el("p", { className: "actor-aliases" }, "Also: ", aliases.join(", ")) : null,
    el("p", { className: "muted", textContent: `${a.mentions} mentions in ${a.articles.length} article(s)` }),
    el("h3", { textContent: "Articles" }),
    el(
      "ul",
      { className: "article-list" },
      ...a.articles.map((id) =>
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
        ),
      ),
    ),
    el("h3", { textContent: `Relations (${visible} of ${edges.length} shown)` }),
    el("div", { className: "relation-list" }, ...edges.map((edge) => relationItem(edge, deps))),
  );
}
