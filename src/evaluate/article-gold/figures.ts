import type { ActorFindings } from "./actor-findings";
import { datedWithinADay, type EdgeFindings } from "./match-edges";
import type { ScoredGraph } from "./graph";

/**
 * The figures of the dev corpus's reference scorer (score.mjs), under its names and in its order, so
 * that `--json` prints the same object. Shares are rounded to three places.
 */
export interface ArticleGoldFigures {
  nodes: number;
  edges: number;
  /** Required gold actors that some node stands for; null when the gold requires none. */
  actorRecall: number | null;
  /** Nodes that stand for some gold actor. */
  nodePrecision: number;
  junkNodes: number;
  duplicateActors: number;
  kindErrors: number;
  /** Required gold edges that some graph edge reports. */
  edgeRecall: number;
  /** "found/gold" per relation type, types in the order the gold first uses them. */
  edgeRecallByType: Record<string, string>;
  /** Found gold edges with a date that some hit dates within a day; null when no found edge has one. */
  dateAccuracy: number | null;
  /** Graph edges that report some gold relation, required or not. */
  edgesSupportedByGold: number;
  /** Graph edges that name their article. */
  edgesWithProvenance: number;
}

const round = (value: number) => Math.round(value * 1000) / 1000;
const rate = (part: number, whole: number) => (whole > 0 ? round(part / whole) : 0);

function recallByType(edges: EdgeFindings): Record<string, string> {
  const counts = new Map<string, { found: number; gold: number }>();
  for (const { gold, hits } of edges.required) {
    const count = counts.get(gold.type) ?? { found: 0, gold: 0 };
    count.gold++;
    if (hits.length > 0) count.found++;
    counts.set(gold.type, count);
  }
  return Object.fromEntries([...counts].map(([type, { found, gold }]) => [type, `${found}/${gold}`]));
}

export function articleGoldFigures(
  graph: ScoredGraph,
  actors: ActorFindings,
  edges: EdgeFindings,
): ArticleGoldFigures {
  const { nodes } = graph;
  const found = edges.required.filter(({ hits }) => hits.length > 0);
  const dated = found.filter(({ gold }) => gold.date !== null);
  const datedRight = dated.filter(({ gold, hits }) => datedWithinADay(gold.date!, hits));
  const { required, missed } = actors;
  return {
    nodes: nodes.length,
    edges: graph.edges.length,
    actorRecall: required.length > 0 ? round((required.length - missed.length) / required.length) : null,
    nodePrecision: rate(nodes.length - actors.unmapped.length, nodes.length),
    junkNodes: actors.junk.length,
    duplicateActors: actors.duplicates.length,
    kindErrors: actors.kindErrors.length,
    edgeRecall: rate(found.length, edges.required.length),
    edgeRecallByType: recallByType(edges),
    dateAccuracy: dated.length > 0 ? round(datedRight.length / dated.length) : null,
    edgesSupportedByGold: rate(edges.supported.size, graph.edges.length),
    edgesWithProvenance: rate(
      graph.edges.filter((edge) => edge.articles.size > 0).length,
      graph.edges.length,
    ),
  };
}
