import type { ActorNetworkFile } from "../../schema";
import { relationAttributes, type PackedNetwork } from "../data/packed-network";

/** The network file again from its packed columns, so the corrections core can replay on it. */
export function unpackNetwork(packed: PackedNetwork): ActorNetworkFile {
  const { relations, nodes } = packed;
  const edges = new Array<ActorNetworkFile["edges"][number]>(relations.count);
  for (let e = 0; e < relations.count; e++)
    edges[e] = {
      key: relations.keys[e]!,
      source: nodes[relations.source[e]!]!.key,
      target: nodes[relations.target[e]!]!.key,
      undirected: relations.undirected[e] === 1,
      attributes: relationAttributes(relations, e),
    };
  return {
    options: { type: "mixed", multi: true, allowSelfLoops: false },
    attributes: packed.attributes,
    nodes,
    edges,
  };
}
