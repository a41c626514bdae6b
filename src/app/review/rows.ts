import { statusOf, type ArticleRecord } from "../../schema";
import type { ExplorerGraph } from "../data/build-graph";

/** One relation as the table shows it: plain texts, read from the graph once per rebuild. */
export interface RelationRow {
  edge: string;
  date: string;
  type: string;
  status: string;
  source: string;
  target: string;
  /** The quote when there is one, else the sentence. */
  text: string;
  article: string;
  outlet: string;
  /** "corrected", "confirmed", "added" or "". */
  review: string;
}

export const COLUMNS = ["date", "type", "status", "source", "target", "text", "article", "outlet"] as const;
export type Column = (typeof COLUMNS)[number];
export const COLUMN_LABELS: Record<Column, string> = {
  date: "Date",
  type: "Type",
  status: "Status",
  source: "Source",
  target: "Target",
  text: "Quote or sentence",
  article: "Article",
  outlet: "Outlet",
};

export function relationRows(
  graph: ExplorerGraph,
  edges: Iterable<string>,
  articles: ReadonlyMap<string, ArticleRecord>,
): RelationRow[] {
  const rows: RelationRow[] = [];
  for (const edge of edges) {
    const a = graph.getEdgeAttributes(edge);
    const article = articles.get(a.article);
    rows.push({
      edge,
      date: a.date ?? "",
      type: a.type,
      status: statusOf(a),
      source: graph.getNodeAttribute(graph.source(edge), "label"),
      target: graph.getNodeAttribute(graph.target(edge), "label"),
      text: a.quote ?? a.sentence,
      article: article?.title || a.article,
      outlet: article?.source ?? "",
      review: (a as { review?: string }).review ?? "",
    });
  }
  return rows;
}
