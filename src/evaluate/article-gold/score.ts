import { listing, type Listing } from "../figures";
import { DEFAULT_EVALUATE_OPTIONS, type EvaluateOptions } from "../score";
import { findActorFaults } from "./actor-findings";
import { articleGoldFigures, type ArticleGoldFigures } from "./figures";
import type { ArticleGold, ArticleGoldEdge } from "./gold";
import type { ScoredGraph } from "./graph";
import { mapActors } from "./match-actors";
import { datedWithinADay, matchArticleEdges } from "./match-edges";
import { registerActors } from "./registry";

/** The figures, then the lists a developer works from, at most `limit` items each. */
export interface ArticleGoldReport {
  figures: ArticleGoldFigures;
  missedActors: Listing;
  unmappedNodes: Listing;
  junkNodes: Listing;
  duplicateActors: Listing;
  kindErrors: Listing;
  missedEdges: Listing;
  wrongDates: Listing;
}

const describeEdge = (article: string, edge: ArticleGoldEdge) =>
  `${article}: ${edge.type} ${edge.from.join("|")} ${edge.type === "call" ? "--" : "->"} ${edge.to.join("|")}`;

/** Scores a network against a per-article gold, as the dev corpus's reference scorer does. */
export function evaluateArticleGold(
  gold: ArticleGold,
  graph: ScoredGraph,
  options: Partial<EvaluateOptions> = {},
): ArticleGoldReport {
  const { limit } = { ...DEFAULT_EVALUATE_OPTIONS, ...options };
  const registry = registerActors(gold);
  const mapping = mapActors(registry.actors.values(), graph.nodes);
  const actors = findActorFaults(registry, graph.nodes, mapping);
  const edges = matchArticleEdges(gold, graph.edges, mapping);
  const wrongDates = edges.required.filter(
    ({ gold: edge, hits }) => edge.date !== null && hits.length > 0 && !datedWithinADay(edge.date, hits),
  );
  const list = (items: string[]) => listing(items, limit);

  return {
    figures: articleGoldFigures(graph, actors, edges),
    missedActors: list(actors.missed),
    unmappedNodes: list(actors.unmapped.map((node) => node.label)),
    junkNodes: list(actors.junk.map((node) => node.label)),
    duplicateActors: list(
      actors.duplicates.map(({ name, nodes }) => `${name}: ${nodes.map((node) => node.label).join(", ")}`),
    ),
    kindErrors: list(actors.kindErrors),
    missedEdges: list(
      edges.required
        .filter(({ hits }) => hits.length === 0)
        .map(({ article, gold: edge }) => describeEdge(article, edge)),
    ),
    wrongDates: list(
      wrongDates.map(
        ({ article, gold: edge, hits }) =>
          `${describeEdge(article, edge)}: gold ${edge.date}, found ${hits.flatMap((hit) => hit.dates).join(", ") || "no date"}`,
      ),
    ),
  };
}
