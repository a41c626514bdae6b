import type { ExplorerGraph } from "./build-graph";

/** The graph's structure as integer arrays: edge endpoints and a compressed incidence list. */
export interface Topology {
  readonly nodeKeys: string[];
  readonly edgeKeys: string[];
  readonly nodeIndex: Map<string, number>;
  readonly edgeIndex: Map<string, number>;
  readonly source: Uint32Array;
  readonly target: Uint32Array;
  isDirected(edge: string): boolean;
  forEachIncident(node: number, callback: (edge: number) => void): void;
}

export function createTopology(graph: ExplorerGraph): Topology {
  const nodeKeys = graph.nodes();
  const edgeKeys = graph.edges();
  const nodeIndex = new Map(nodeKeys.map((key, i) => [key, i]));
  const edgeIndex = new Map(edgeKeys.map((key, i) => [key, i]));
  const source = new Uint32Array(edgeKeys.length);
  const target = new Uint32Array(edgeKeys.length);
  const directed = Uint8Array.from(edgeKeys, (key) => (graph.isDirected(key) ? 1 : 0));
  const offsets = new Uint32Array(nodeKeys.length + 1);
  edgeKeys.forEach((key, e) => {
    source[e] = nodeIndex.get(graph.source(key))!;
    target[e] = nodeIndex.get(graph.target(key))!;
    offsets[source[e]! + 1]!++;
    offsets[target[e]! + 1]!++;
  });
  for (let n = 0; n < nodeKeys.length; n++) offsets[n + 1]! += offsets[n]!;
  const incident = new Uint32Array(2 * edgeKeys.length);
  const fill = offsets.slice(0, nodeKeys.length);
  for (let e = 0; e < edgeKeys.length; e++) {
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
    isDirected: (edge) => directed[edgeIndex.get(edge) ?? -1] === 1,
    forEachIncident(node, callback) {
      for (let i = offsets[node]!; i < offsets[node + 1]!; i++) callback(incident[i]!);
    },
  };
}
