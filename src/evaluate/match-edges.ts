import type { SerializedRelation } from "../schema";
import type { GoldActor, GoldEdge } from "./gold";

export interface EdgeMatch {
  gold: GoldEdge;
  edge: SerializedRelation;
}

export interface EdgeMatching {
  /** Pairs with required gold edges. */
  matches: EdgeMatch[];
  /** Pairs with optional gold edges: neither rewarded nor penalised. */
  optionalMatches: EdgeMatch[];
  /** Required gold edges that no predicted edge matched. */
  missed: GoldEdge[];
  /** Predicted edges that matched no gold edge. */
  extra: SerializedRelation[];
}

/** Whether a predicted edge reports the same relation as a gold edge: type, article and endpoints. */
function sameRelation(gold: GoldEdge, edge: SerializedRelation, actorOf: Map<string, GoldActor>): boolean {
  if (gold.type !== edge.attributes.type || gold.article !== edge.attributes.article) return false;
  const source = actorOf.get(edge.source)?.label;
  const target = actorOf.get(edge.target)?.label;
  if (source === undefined || target === undefined) return false;
  if (source === gold.source && target === gold.target) return true;
  return gold.type === "call" && source === gold.target && target === gold.source;
}

/**
 * Pairs predicted edges with gold edges, one to one and greedily in file order. Required gold edges
 * are served first, and within them pairs that also agree on the date, so that the date accuracy
 * is not spoilt by an unlucky order; optional gold edges take what is left.
 */
export function matchEdges(
  gold: GoldEdge[],
  edges: SerializedRelation[],
  actorOf: Map<string, GoldActor>,
): EdgeMatching {
  const used = new Set<number>();
  const paired = new Set<GoldEdge>();
  const pairUp = (candidates: GoldEdge[], sameDate: boolean): EdgeMatch[] => {
    const found: EdgeMatch[] = [];
    for (const goldEdge of candidates) {
      if (paired.has(goldEdge)) continue;
      const index = edges.findIndex(
        (edge, i) =>
          !used.has(i) &&
          sameRelation(goldEdge, edge, actorOf) &&
          (!sameDate || edge.attributes.date === goldEdge.date),
      );
      if (index < 0) continue;
      used.add(index);
      paired.add(goldEdge);
      found.push({ gold: goldEdge, edge: edges[index]! });
    }
    return found;
  };

  const required = gold.filter((edge) => !edge.optional);
  const matches = [...pairUp(required, true), ...pairUp(required, false)];
  const optionalMatches = pairUp(
    gold.filter((edge) => edge.optional),
    false,
  );
  return {
    matches: matches.sort((a, b) => required.indexOf(a.gold) - required.indexOf(b.gold)),
    optionalMatches,
    missed: required.filter((edge) => !paired.has(edge)),
    extra: edges.filter((_, index) => !used.has(index)),
  };
}
