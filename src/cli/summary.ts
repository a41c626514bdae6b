import { ACTOR_KINDS, RELATION_TYPES, type ActorNetworkFile } from "../schema";

export interface SummaryFacts {
  network: ActorNetworkFile;
  skipped: number;
  milliseconds: number;
  /** The output file as the user typed it. */
  out: string;
}

/**
 * The one line printed at the end, e.g. `preprocess: 5 articles -> 31 actors (18 person, ...),
 * 57 edges (9 call, 40 statement, 8 citation), 2 undated, in 0.8 s -> public/graph.json`.
 */
export function formatSummary({ network, skipped, milliseconds, out }: SummaryFacts): string {
  const articles =
    plural(network.attributes.articles.length, "article") + (skipped ? ` (${skipped} skipped)` : "");
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

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
