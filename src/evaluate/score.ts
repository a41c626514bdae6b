import {
  ACTOR_KINDS,
  RELATION_TYPES,
  type ActorKind,
  type ActorNetworkFile,
  type RelationType,
} from "../schema";
import { describeEdge, describeGoldActor, describeGoldEdge, describeNode } from "./describe";
import { byCategory, listing, prf, share, type Listing, type Prf, type Share } from "./figures";
import type { GoldStandard } from "./gold";
import { matchActors } from "./match-actors";
import { matchEdges } from "./match-edges";

export interface EvaluationReport {
  actors: { overall: Prf; byKind: Record<ActorKind, Prf>; kindAgreement: Share };
  edges: { overall: Prf; byType: Record<RelationType, Prf>; dateAccuracy: Share };
  missedActors: Listing;
  extraActors: Listing;
  missedEdges: Listing;
  extraEdges: Listing;
  wrongDates: Listing;
}

export interface EvaluateOptions {
  /** How many misses and false positives to list in each group. */
  limit: number;
}

export const DEFAULT_EVALUATE_OPTIONS: EvaluateOptions = { limit: 20 };

/** Scores a predicted network against a gold standard. Optional gold items are neither required nor penalised. */
export function evaluate(
  gold: GoldStandard,
  file: ActorNetworkFile,
  options: Partial<EvaluateOptions> = {},
): EvaluationReport {
  const { limit } = { ...DEFAULT_EVALUATE_OPTIONS, ...options };
  const actors = matchActors(gold.actors, file.nodes);
  const edges = matchEdges(gold.edges, file.edges, actors.goldByNodeKey);

  const matchedActors = actors.matches.filter((match) => !match.gold.optional);
  const requiredActors = gold.actors.filter((actor) => !actor.optional);
  const predictedActors = [...matchedActors.map((m) => m.node), ...actors.extra];
  const requiredEdges = gold.edges.filter((edge) => !edge.optional);
  const predictedEdges = [...edges.matches.map((m) => m.edge), ...edges.extra];
  const wrongDates = edges.matches.filter((m) => m.edge.attributes.date !== m.gold.date);

  const labels = new Map(file.nodes.map((n) => [n.key, n.attributes.label]));
  const labelOf = (key: string) => labels.get(key) ?? key;
  const byMentions = [...actors.extra].sort((a, b) => b.attributes.mentions - a.attributes.mentions);
  const byConfidence = [...edges.extra].sort(
    (a, b) => (b.attributes.confidence ?? 0) - (a.attributes.confidence ?? 0),
  );

  return {
    actors: {
      overall: prf(matchedActors.length, predictedActors.length, requiredActors.length),
      byKind: byCategory(
        ACTOR_KINDS,
        matchedActors.map((m) => [m.gold.kind, m.node.attributes.kind]),
        predictedActors.map((node) => node.attributes.kind),
        requiredActors.map((actor) => actor.kind),
      ),
      kindAgreement: share(
        matchedActors.filter((m) => m.gold.kind === m.node.attributes.kind).length,
        matchedActors.length,
      ),
    },
    edges: {
      overall: prf(edges.matches.length, predictedEdges.length, requiredEdges.length),
      byType: byCategory(
        RELATION_TYPES,
        edges.matches.map((m) => [m.gold.type, m.edge.attributes.type]),
        predictedEdges.map((edge) => edge.attributes.type),
        requiredEdges.map((edge) => edge.type),
      ),
      dateAccuracy: share(edges.matches.length - wrongDates.length, edges.matches.length),
    },
    missedActors: listing(actors.missed.map(describeGoldActor), limit),
    extraActors: listing(byMentions.map(describeNode), limit),
    missedEdges: listing(edges.missed.map(describeGoldEdge), limit),
    extraEdges: listing(
      byConfidence.map((edge) => describeEdge(edge, labelOf)),
      limit,
    ),
    wrongDates: listing(
      wrongDates.map((m) => `${describeGoldEdge(m.gold)}: predicted ${m.edge.attributes.date ?? "no date"}`),
      limit,
    ),
  };
}
