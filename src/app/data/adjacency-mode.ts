import type Graph from "graphology";

/** The part of graphology's node records this module reaches into; checked before use. */
interface NodeRecord {
  in?: object;
  out?: object;
  undirected?: object;
}

const ADJACENCY_FIELDS = ["in", "out", "undirected"] as const;

/**
 * Graphology keeps each actor's neighbours in plain objects keyed by the neighbour's key, so every
 * actor's object grows its own chain of hidden classes in V8, one per neighbour added: millions of
 * them at 1M relations, which made adding the relations the slowest part of the load. Adding a
 * property and deleting it puts an object in dictionary mode, a hash table from the start. What
 * graphology does with the objects is unchanged. Does nothing when its records are not as expected.
 */
export function useHashedAdjacency(graph: Graph): void {
  const nodes = (graph as unknown as { _nodes?: unknown })._nodes;
  if (!(nodes instanceof Map)) return;
  for (const record of nodes.values() as IterableIterator<NodeRecord>)
    for (const field of ADJACENCY_FIELDS) {
      const adjacency = record[field] as Record<string, unknown> | undefined;
      if (typeof adjacency !== "object" || adjacency === null || Object.keys(adjacency).length > 0) continue;
      adjacency.__first = null;
      adjacency.__second = null;
      // Deleting a property other than the last one added is what leaves fast mode.
      delete adjacency.__first;
      delete adjacency.__second;
    }
}
