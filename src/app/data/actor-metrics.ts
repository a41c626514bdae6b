import Graph from "graphology";
import betweenness from "graphology-metrics/centrality/betweenness";
import pagerank from "graphology-metrics/centrality/pagerank";
import type { SizeMetric } from "../state/store";
import type { Topology } from "./topology";

/** A metric computed from the file; "relations" is the file's own size and needs no computing. */
export type ComputedMetric = Exclude<SizeMetric, "relations">;

/**
 * The network as the metrics see it: one undirected link per pair of actors that have any
 * relation, weighted by how many they have (as Gephi merges parallel edges). Actors are numbered
 * as in the topology. Plain arrays, so that it can be sent to a worker.
 */
export interface ActorLinks {
  actorCount: number;
  source: Uint32Array;
  target: Uint32Array;
  weight: Float64Array;
}

export function linksOf(topology: Topology): ActorLinks {
  const actorCount = topology.nodeKeys.length;
  const indexOfPair = new Map<number, number>();
  const source: number[] = [];
  const target: number[] = [];
  const weight: number[] = [];
  for (let e = 0; e < topology.edgeKeys.length; e++) {
    const a = Math.min(topology.source[e]!, topology.target[e]!);
    const b = Math.max(topology.source[e]!, topology.target[e]!);
    if (a === b) continue;
    const pair = a * actorCount + b;
    const link = indexOfPair.get(pair);
    if (link !== undefined) weight[link]!++;
    else {
      indexOfPair.set(pair, source.length);
      source.push(a);
      target.push(b);
      weight.push(1);
    }
  }
  return {
    actorCount,
    source: Uint32Array.from(source),
    target: Uint32Array.from(target),
    weight: Float64Array.from(weight),
  };
}

function graphOf(links: ActorLinks): Graph {
  const graph = new Graph({ type: "undirected", multi: false });
  for (let n = 0; n < links.actorCount; n++) graph.addNode(n);
  links.source.forEach((a, i) => graph.addEdge(a, links.target[i]!, { weight: links.weight[i]! }));
  return graph;
}

/**
 * Per actor (in the topology's numbering), its value of the metric, with graphology-metrics:
 * degree is the number of other actors it has a relation with; PageRank follows the links,
 * weighted by their relations; betweenness counts shortest paths, ignoring weights.
 */
export function computeMetric(metric: ComputedMetric, links: ActorLinks): Float64Array {
  const graph = graphOf(links);
  const values = new Float64Array(links.actorCount);
  const byNode =
    metric === "degree"
      ? Object.fromEntries(graph.mapNodes((node) => [node, graph.degree(node)]))
      : metric === "pagerank"
        ? pagerank(graph, { getEdgeWeight: "weight" })
        : betweenness(graph, { getEdgeWeight: null });
  for (const [node, value] of Object.entries(byNode)) values[Number(node)] = value;
  return values;
}
