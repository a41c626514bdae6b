import type { ActorCorrection, ActorRef } from "./format";
import type { WorkingNetwork } from "./working-network";

/** Why an entry was not applied (or only in part), or null when it was. */
export type Outcome = string | null;

const notFound = (ref: ActorRef) => `no actor "${ref.label}" (key ${ref.key}) in the network`;
const union = (...lists: string[][]) => [...new Set(lists.flat())];

/**
 * Merges actors into one, which keeps its key, name, kind and role (or the first role found), and
 * gains every alias, mention and article; relations between the merged actors would loop, and go.
 */
function merge(net: WorkingNetwork, intoRef: ActorRef, refs: ActorRef[]): Outcome {
  const into = net.findActor(intoRef);
  if (into === null) return notFound(intoRef);
  const missing = refs.filter((ref) => net.findActor(ref) === null);
  const others = [...new Set(refs.map((ref) => net.findActor(ref)))].filter(
    (key): key is string => key !== null && key !== into,
  );
  if (others.length === 0) return missing.length ? missing.map(notFound).join("; ") : "nothing to merge";
  const target = net.editActor(into);
  for (const key of others) {
    const { attributes: other } = net.actors.get(key)!;
    target.aliases = union(target.aliases, [other.label], other.aliases);
    target.mentions += other.mentions;
    target.articles = union(target.articles, other.articles);
    target.role ??= other.role;
    for (const name of [other.label, ...other.aliases]) net.nameActor(name, into);
    for (const i of net.relationsOf(key)) {
      const relation = net.editRelation(i, null);
      if (relation.source === key) relation.source = into;
      if (relation.target === key) relation.target = into;
      if (relation.source === relation.target) net.removeRelation(i);
    }
    net.actors.delete(key);
    net.mergedInto.set(key, into);
  }
  target.aliases = target.aliases.filter((alias) => alias !== target.label);
  return missing.length ? `${missing.map(notFound).join("; ")}; merged the others` : null;
}

export function applyActorCorrection(net: WorkingNetwork, c: ActorCorrection): Outcome {
  if (c.op === "merge-actors") return merge(net, c.into, c.actors);
  const key = net.findActor(c.actor);
  if (key === null) return notFound(c.actor);
  switch (c.op) {
    case "rename-actor": {
      const actor = net.editActor(key);
      actor.aliases = union(actor.aliases, [actor.label]).filter((alias) => alias !== c.label);
      actor.label = c.label;
      net.nameActor(c.label, key);
      return null;
    }
    case "set-actor-kind":
      net.editActor(key).kind = c.kind;
      return null;
    case "set-actor-role":
      net.editActor(key).role = c.role;
      return null;
    case "remove-actor":
      for (const i of net.relationsOf(key)) net.removeRelation(i);
      net.actors.delete(key);
      net.removedActors.add(key);
      return null;
  }
}
