import type Graph from "graphology";
import write from "graphology-gexf/common/writer.js";
import {
  RELATION_KIND_OF,
  STATUS_KIND_OF,
  statusOf,
  type ActorKind,
  type ArticleRecord,
  type RelationAttributes,
} from "../../schema";
import { ACTOR_KIND_COLORS } from "../theme";
import { withTimeline } from "./gexf-timeline";

/** The two file formats of an export: GEXF for Gephi, the explorer's own JSON for everything else. */

const VIZ = new Set(["x", "y", "size", "color", "label"]);

function split(attributes: Record<string, unknown>): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attributes)) if (!VIZ.has(name)) rest[name] = value;
  return rest;
}

/** A relation's look in GEXF: its kind's colour, and a dashed shape where its status is drawn dashed. */
function edgeViz(a: Partial<RelationAttributes>): { color: string; shape?: "dashed" } {
  const color = (a.type && RELATION_KIND_OF[a.type]?.color) || "#999999";
  return STATUS_KIND_OF[statusOf(a)]?.dash ? { color, shape: "dashed" } : { color };
}

/** What Gephi shows of a relation's article: its title, outlet, date and address, not only its id. */
function articleAttributes(graph: Graph): (id: unknown) => Record<string, string> {
  const articles = new Map<string, ArticleRecord>(
    ((graph.getAttribute("articles") as ArticleRecord[] | undefined) ?? []).map((article) => [
      article.id,
      article,
    ]),
  );
  return (id) => {
    const article = typeof id === "string" ? articles.get(id) : undefined;
    if (!article) return {};
    return {
      articleTitle: article.title,
      ...(article.source ? { outlet: article.source } : {}),
      ...(article.published ? { articlePublished: article.published } : {}),
      ...(article.url ? { articleUrl: article.url } : {}),
    };
  };
}

/**
 * GEXF 1.3 (read by Gephi 0.9.3 and later): every attribute kept, each relation's article named by
 * title, outlet, date and address, colours and dashes in viz, and each dated relation placed on
 * Gephi's timeline (withTimeline).
 */
export function toGexf(graph: Graph): string {
  const articleOf = articleAttributes(graph);
  const dates: (string | null)[] = [];
  graph.forEachEdge((_key, a) => dates.push(typeof a.date === "string" ? a.date : null));
  return withTimeline(toStaticGexf(graph, articleOf), dates);
}

function toStaticGexf(graph: Graph, articleOf: (id: unknown) => Record<string, string>): string {
  return write(graph, {
    version: "1.3",
    pretty: true,
    formatNode: (_key, a) => ({
      label: String(a.label ?? _key),
      viz: {
        color: typeof a.color === "string" ? a.color : (ACTOR_KIND_COLORS[a.kind as ActorKind] ?? "#999999"),
        ...(typeof a.size === "number" ? { size: a.size } : {}),
        ...(typeof a.x === "number" && typeof a.y === "number" ? { x: a.x, y: a.y } : {}),
      },
      attributes: split(a),
    }),
    formatEdge: (_key, a) => ({
      label: String(a.type),
      viz: edgeViz(a),
      attributes: { ...split(a), ...articleOf(a.article) },
    }),
  });
}

/** graphology's serialisation in the shape of the network file (explicit `undirected`), so it loads back. */
export function toJson(graph: Graph): string {
  const data = graph.export();
  const edges = data.edges.map(({ key, source, target, attributes, undirected }) => ({
    key,
    source,
    target,
    undirected: undirected === true,
    attributes,
  }));
  return JSON.stringify({ ...data, edges }, null, 2) + "\n";
}
