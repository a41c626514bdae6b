import type { DrawnRelation, ExplorerGraph } from "./build-graph";

/** The graph's structure as integer arrays: edge endpoints and a compressed incidence list. */
export interface Topology {
  readonly nodeKeys: string[];
  readonly edgeKeys: string[];
  readonly nodeIndex: Map<string, number>;
  readonly edgeIndex: Map<string, number>;
  readonly source: Uint32Array;
  readonly target: Uint32Array;
  /** Whether the edge numbered `edge` is directed. */
  isDirected(edge: number): boolean;
  forEachIncident(node: number, callback: (edge: number) => void): void;
}

/**
 * One pass over the graph's relations: graphology hands each one's key, attributes, endpoints and
 * direction together, where asking for each by key costs a lookup apiece (seconds at 1M relations).
 * `onEdge` sees every relation's attributes with its place in the graph's own order. `numbering`,
 * asked once that pass is over, may renumber the relations: entry i is the graph-order place of
 * the relation numbered i. Flags kept per relation are then read in that order, side by side,
 * instead of at random over megabytes of memory.
 */
export function createTopology(
  graph: ExplorerGraph,
  onEdge?: (edge: number, attributes: DrawnRelation) => void,
  numbering?: () => Uint32Array,
): Topology {
  const nodeKeys = graph.nodes();
  const nodeIndex = new Map<string, number>();
  nodeKeys.forEach((key, n) => nodeIndex.set(key, n));
  const size = graph.size;
  const keysInGraphOrder = new Array<string>(size);
  const sourceInGraphOrder = new Uint32Array(size);
  const targetInGraphOrder = new Uint32Array(size);
  const directedInGraphOrder = new Uint8Array(size);
  let e = 0;
  graph.forEachEdge((key, attributes, sourceKey, targetKey, _sa, _ta, undirected) => {
    keysInGraphOrder[e] = key;
    sourceInGraphOrder[e] = nodeIndex.get(sourceKey)!;
    targetInGraphOrder[e] = nodeIndex.get(targetKey)!;
    directedInGraphOrder[e] = undirected ? 0 : 1;
    onEdge?.(e, attributes);
    e++;
  });
  const order = numbering?.();
  const edgeKeys = order ? Array.from(order, (g) => keysInGraphOrder[g]!) : keysInGraphOrder;
  const source = order ? order.map((g) => sourceInGraphOrder[g]!) : sourceInGraphOrder;
  const target = order ? order.map((g) => targetInGraphOrder[g]!) : targetInGraphOrder;
  const directed = order ? order.map((g) => directedInGraphOrder[g]!) : directedInGraphOrder;
  const edgeIndex = new Map<string, number>();
  edgeKeys.forEach((key, e) => edgeIndex.set(key, e));
  const offsets = new Uint32Array(nodeKeys.length + 1);
  for (let e = 0; e < size; e++) {
    offsets[source[e]! + 1]!++;
    offsets[target[e]! + 1]!++;
  }
  for (let n = 0; n < nodeKeys.length; n++) offsets[n + 1]! += offsets[n]!;
  const incident = new Uint32Array(2 * size);
  const fill = offsets.slice(0, nodeKeys.length);
  for (let e = 0; e < size; e++) {
    incident[fill[source[e]!]!++] = e;
    incident[fill[target[e]!]!++] = e;
  }
  return {
    nodeKeys,
    edgeKeys,
    nodeIndex,
    edgeIndex,
    source,
    target,
    isDirected: (edge) => directed[edge] === 1,
    forEachIncident(node, callback) {
      for (let i = offsets[node]!; i < offsets[node + 1]!; i++) callback(incident[i]!);
    },
  };
}
