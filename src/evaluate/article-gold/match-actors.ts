import type { ScoredNode } from "./graph";
import { labelWords, normalizeLabel } from "./normalize";
import type { RegisteredActor } from "./registry";

export interface ActorMapping {
  /** The gold actors each node stands for, by node key: none, one, or several ("Putin and Xi"). */
  actorsOfNode: Map<string, RegisteredActor[]>;
  /** The nodes that stand for each gold actor, by canonical name, in the graph's order. */
  nodesOfActor: Map<string, ScoredNode[]>;
}

/** A node with its label and aliases normalised once. */
interface NodeForms {
  node: ScoredNode;
  label: string;
  words: Set<string>;
  aliases: string[];
}

/**
 * Whether a node stands for a gold actor: its label is one of the actor's names; or a name of two
 * words or more lies within the label ("Russian President Vladimir Putin"); or the node's own aliases
 * hold the actor's canonical name. Many to many: a node may stand for several actors and an actor
 * for several nodes.
 */
function standsFor(node: NodeForms, actor: RegisteredActor): boolean {
  if (actor.names.has(node.label)) return true;
  for (const name of actor.names) {
    const words = name.split(" ");
    if (words.length >= 2 && words.every((word) => node.words.has(word))) return true;
  }
  return node.aliases.includes(normalizeLabel(actor.name));
}

export function mapActors(actors: Iterable<RegisteredActor>, nodes: ScoredNode[]): ActorMapping {
  const gold = [...actors];
  const actorsOfNode = new Map<string, RegisteredActor[]>();
  const nodesOfActor = new Map<string, ScoredNode[]>(gold.map((actor) => [actor.name, []]));
  for (const node of nodes) {
    const forms: NodeForms = {
      node,
      label: normalizeLabel(node.label),
      words: new Set(labelWords(node.label)),
      aliases: node.aliases.map(normalizeLabel),
    };
    const hits = gold.filter((actor) => standsFor(forms, actor));
    actorsOfNode.set(node.key, hits);
    for (const actor of hits) nodesOfActor.get(actor.name)!.push(node);
  }
  return { actorsOfNode, nodesOfActor };
}
