import Graph from "graphology";
import { indexParallelEdgesIndex, DEFAULT_EDGE_CURVATURE } from "@sigma/edge-curve";
import { isoToDay } from "../time";
import type { ActorAttributes, ActorNetworkFile, GraphAttributes, RelationAttributes } from "../../schema";

/** What the explorer adds to a relation once, at load: how to draw it apart from its parallel edges. */
export interface DrawnRelation extends RelationAttributes {
  parallelIndex?: number | null;
  parallelMinIndex?: number | null;
  parallelMaxIndex?: number | null;
  /** 0 for a lone edge (drawn straight), otherwise the bend of its curve. */
  curvature: number;
  /** The date as a day number, for the edge programs' time window; null when undated. */
  day: number | null;
}

export type ExplorerGraph = Graph<ActorAttributes, DrawnRelation, GraphAttributes>;

/** Curvature that keeps n parallel edges apart without letting the outer ones balloon (sigma storybook). */
function curvatureOf(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -curvatureOf(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

/**
 * The validated file as a graphology multigraph. Positions missing from the file are placed on a
 * circle so the view never opens empty; the file itself is not changed.
 */
export function buildGraph(file: ActorNetworkFile): ExplorerGraph {
  const graph: ExplorerGraph = new Graph({ type: "mixed", multi: true, allowSelfLoops: false });
  graph.replaceAttributes(file.attributes);
  const count = Math.max(1, file.nodes.length);
  file.nodes.forEach(({ key, attributes }, i) => {
    const angle = (2 * Math.PI * i) / count;
    graph.addNode(key, {
      ...attributes,
      x: attributes.x ?? 100 * Math.cos(angle),
      y: attributes.y ?? 100 * Math.sin(angle),
    });
  });
  for (const edge of file.edges) {
    const attributes: DrawnRelation = {
      ...edge.attributes,
      curvature: 0,
      day: isoToDay(edge.attributes.date),
    };
    if (edge.undirected) graph.addUndirectedEdgeWithKey(edge.key, edge.source, edge.target, attributes);
    else graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, attributes);
  }
  indexParallelEdgesIndex(graph as unknown as Graph);
  graph.forEachEdge((edge, { parallelIndex, parallelMaxIndex }) => {
    if (typeof parallelIndex === "number" && typeof parallelMaxIndex === "number")
      graph.setEdgeAttribute(edge, "curvature", curvatureOf(parallelIndex, parallelMaxIndex));
  });
  return graph;
}
