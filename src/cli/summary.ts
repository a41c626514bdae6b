import { ACTOR_KINDS, RELATION_TYPES, type ActorNetworkFile } from "../schema";
import type { Skipped } from "../sources/article-source";

export interface SummaryFacts {
  network: ActorNetworkFile;
  /** The files and rows that gave no article. */
  skipped: readonly Skipped[];
  milliseconds: number;
  /** The output file as the user typed it. */
  out: string;
}

/** Beyond this many files, the summary counts the rest instead of naming them. */
const NAMED_FILES = 3;

/**
 * The one line printed at the end, e.g. `preprocess: 5 articles (2 skipped: in/b.txt, 1 row of
 * in/export.csv) -> 31 actors (18 person, ...), 57 edges (9 call, 40 statement, 8 citation),
 * 2 undated, in 0.8 s -> public/graph.json`.
 */
export function formatSummary({ network, skipped, milliseconds, out }: SummaryFacts): string {
  const articles =
    plural(network.attributes.articles.length, "article") +
    (skipped.length ? ` (${skipped.length} skipped: ${describeSkipped(skipped)})` : "");
  const kinds = ACTOR_KINDS.map(
    (kind) => `${network.nodes.filter((node) => node.attributes.kind === kind).length} ${kind}`,
  );
  const types = RELATION_TYPES.map(
    (type) => `${network.edges.filter((edge) => edge.attributes.type === type).length} ${type}`,
  );
  const undated = network.edges.filter((edge) => edge.attributes.date === null).length;
  return (
    `preprocess: ${articles} -> ${plural(network.nodes.length, "actor")} (${kinds.join(", ")}), ` +
    `${plural(network.edges.length, "edge")} (${types.join(", ")}), ${undated} undated, ` +
    `in ${(milliseconds / 1000).toFixed(1)} s -> ${out}`
  );
}

/** "in/b.txt, 2 rows of in/export.csv, 3 more files": what was skipped, by file. */
export function describeSkipped(skipped: readonly Skipped[]): string {
  const byFile = new Map<string, { rows: number; unit: string }>();
  for (const { file, row } of skipped) {
    const entry = byFile.get(file) ?? { rows: 0, unit: row?.split(" ")[0] ?? "" };
    if (row) entry.rows++;
    byFile.set(file, entry);
  }
  const named = [...byFile]
    .slice(0, NAMED_FILES)
    .map(([file, { rows, unit }]) => (rows ? `${plural(rows, unit)} of ${file}` : file));
  const rest = byFile.size - named.length;
  return [...named, ...(rest > 0 ? [`${plural(rest, "more file")}`] : [])].join(", ");
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
