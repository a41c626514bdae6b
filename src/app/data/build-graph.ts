import Graph from "graphology";
import { isoToDay } from "../time";
import { parallelCurvatures } from "./parallel-edges";
import type { ActorAttributes, ActorNetworkFile, GraphAttributes, RelationAttributes } from "../../schema";

/** What the explorer adds to a relation once, at load: how to draw it apart from its parallel edges. */
export interface DrawnRelation extends RelationAttributes {
  /** 0 for a lone edge (drawn straight), otherwise the bend of its curve. */
  curvature: number;
  /** The date as a day number, for the edge programs' time window; null when undated. */
  day: number | null;
}

export type ExplorerGraph = Graph<ActorAttributes, DrawnRelation, GraphAttributes>;

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
  const curvatures = parallelCurvatures(file.edges);
  file.edges.forEach((edge, e) => {
    const attributes: DrawnRelation = {
      ...edge.attributes,
      curvature: curvatures[e]!,
      day: isoToDay(edge.attributes.date),
    };
    if (edge.undirected) graph.addUndirectedEdgeWithKey(edge.key, edge.source, edge.target, attributes);
    else graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, attributes);
  });
  return graph;
}
