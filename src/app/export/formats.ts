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
import { mergeRepeatedRelations } from "./repeated-relations";

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

/** What Gephi shows of a relation's articles: the first by title, outlet, date and address, and every title. */
function articleAttributes(graph: Graph): (first: unknown, all: unknown) => Record<string, unknown> {
  const articles = new Map<string, ArticleRecord>(
    ((graph.getAttribute("articles") as ArticleRecord[] | undefined) ?? []).map((article) => [
      article.id,
      article,
    ]),
  );
  const find = (id: unknown) => (typeof id === "string" ? articles.get(id) : undefined);
  return (first, all) => {
    const article = find(first);
    const titles = (Array.isArray(all) ? all : [first]).flatMap((id) => find(id)?.title ?? []);
    if (!article) return {};
    return {
      articleTitle: article.title,
      ...(article.source ? { outlet: article.source } : {}),
      ...(article.published ? { articlePublished: article.published } : {}),
      ...(article.url ? { articleUrl: article.url } : {}),
      articleTitles: titles,
    };
  };
}

/** The GEXF's meta: what it is and what made it, the only things GEXF 1.3 lets it say. */
const META = {
  creator: "Newsnet",
  description: "Actor network extracted from news articles: who called, met, quoted or spoke of whom",
};

/**
 * GEXF 1.3 (read by Gephi 0.9.3 and later): one edge per repeated relation
 * (mergeRepeatedRelations) with its count as weight, every attribute kept, each relation's
 * articles named by title, outlet, date and address, colours and dashes in viz, and each dated
 * relation placed on Gephi's timeline on its days (withTimeline).
 */
export function toGexf(graph: Graph): string {
  const articleOf = articleAttributes(graph);
  const merged = mergeRepeatedRelations(graph);
  merged.replaceAttributes(META);
  const days: string[][] = [];
  merged.forEachEdge((_key, a) => days.push(Array.isArray(a.dates) ? a.dates : []));
  return withTimeline(toStaticGexf(merged, articleOf), days);
}

function toStaticGexf(graph: Graph, articleOf: ReturnType<typeof articleAttributes>): string {
  return write(graph, {
    version: "1.3",
    pretty: true,
    pedantic: true,
    formatNode: (_key, a) => ({
      label: String(a.label ?? _key),
      viz: {
        color: typeof a.color === "string" ? a.color : (ACTOR_KIND_COLORS[a.kind as ActorKind] ?? "#999999"),
        ...(typeof a.size === "number" ? { size: a.size } : {}),
        ...(typeof a.x === "number" && typeof a.y === "number" ? { x: a.x, y: a.y } : {}),
      },
      attributes: split(a),
    }),
    formatEdge: (_key, { weight, ...a }) => ({
      label: String(a.type),
      ...(typeof weight === "number" ? { weight } : {}),
      viz: edgeViz(a),
      attributes: { ...split(a), ...articleOf(a.article, a.articles) },
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
