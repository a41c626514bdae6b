import type { SerializedActor } from "../schema";
import type { GoldActor } from "./gold";
import { normalizeName } from "./normalize";

export interface ActorMatch {
  gold: GoldActor;
  node: SerializedActor;
}

export interface ActorMatching {
  /** One-to-one pairs, optional gold actors included. */
  matches: ActorMatch[];
  /** The gold actor each matched node stands for, by node key. */
  goldByNodeKey: Map<string, GoldActor>;
  /** Required gold actors that no node matched. */
  missed: GoldActor[];
  /** Nodes that matched no gold actor. */
  extra: SerializedActor[];
}

const goldNames = (actor: GoldActor) => new Set([actor.label, ...actor.aliases].map(normalizeName));

/**
 * Pairs predicted nodes with gold actors, one to one. A node matches when its label or one of its
 * aliases equals the gold label or one of the gold aliases. Passes, in order, so that the closest
 * pairs are made first: node label = gold label, node label = any gold name, node alias = any gold name.
 */
export function matchActors(gold: GoldActor[], nodes: SerializedActor[]): ActorMatching {
  const names = gold.map(goldNames);
  const labels = gold.map((actor) => normalizeName(actor.label));
  const taken = new Set<number>();
  const goldByNodeKey = new Map<string, GoldActor>();
  const matches: ActorMatch[] = [];

  const passes: ((node: SerializedActor, index: number) => boolean)[] = [
    (node, index) => labels[index] === normalizeName(node.attributes.label),
    (node, index) => names[index]!.has(normalizeName(node.attributes.label)),
    (node, index) => node.attributes.aliases.some((alias) => names[index]!.has(normalizeName(alias))),
  ];
  for (const fits of passes)
    for (const node of nodes) {
      if (goldByNodeKey.has(node.key)) continue;
      const index = gold.findIndex((_, candidate) => !taken.has(candidate) && fits(node, candidate));
      if (index < 0) continue;
      taken.add(index);
      goldByNodeKey.set(node.key, gold[index]!);
      matches.push({ gold: gold[index]!, node });
    }

  return {
    matches,
    goldByNodeKey,
    missed: gold.filter((actor, index) => !actor.optional && !taken.has(index)),
    extra: nodes.filter((node) => !goldByNodeKey.has(node.key)),
  };
}
