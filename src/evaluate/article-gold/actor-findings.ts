import type { ScoredNode } from "./graph";
import type { ActorMapping } from "./match-actors";
import { normalizeLabel } from "./normalize";
import type { Registry } from "./registry";

/** What the node-to-actor mapping shows: misses, nodes for no one, junk, wrong kinds, split actors. */
export interface ActorFindings {
  /** Names of the required gold actors. */
  required: string[];
  /** Those that no node stands for. */
  missed: string[];
  /** Nodes that stand for no gold actor. */
  unmapped: ScoredNode[];
  /** Nodes labelled with a string the gold lists as no actor. */
  junk: ScoredNode[];
  /** "label: node kind≠gold kind", for nodes that stand for one actor only. */
  kindErrors: string[];
  /** Gold actors that several nodes stand for, each of them for that actor alone. */
  duplicates: { name: string; nodes: ScoredNode[] }[];
}

export function findActorFaults(
  registry: Registry,
  nodes: ScoredNode[],
  mapping: ActorMapping,
): ActorFindings {
  const { actorsOfNode, nodesOfActor } = mapping;
  // A node that stands for several actors ("Biden and Harris") says nothing about either one's kind or split.
  const alone = (node: ScoredNode) => actorsOfNode.get(node.key)!.length === 1;
  const actors = [...registry.actors.values()];
  const required = actors.filter((actor) => actor.required).map((actor) => actor.name);

  return {
    required,
    missed: required.filter((name) => nodesOfActor.get(name)!.length === 0),
    unmapped: nodes.filter((node) => actorsOfNode.get(node.key)!.length === 0),
    junk: nodes.filter((node) => registry.notActors.has(normalizeLabel(node.label))),
    kindErrors: actors.flatMap((actor) =>
      nodesOfActor
        .get(actor.name)!
        .filter((node) => node.kind !== null && node.kind !== actor.kind && alone(node))
        .map((node) => `${node.label}: ${node.kind}≠${actor.kind}`),
    ),
    duplicates: actors
      .map((actor) => ({ name: actor.name, nodes: nodesOfActor.get(actor.name)! }))
      .filter(({ nodes: split }) => split.filter(alone).length > 1),
  };
}
