import Graph from "graphology";
import { isoToDay } from "../time";
import { useHashedAdjacency } from "./adjacency-mode";
import { createIntern } from "./intern";
import { parallelCurvatures } from "./parallel-edges";
import type { ActorAttributes, ActorNetworkFile, GraphAttributes, RelationAttributes } from "../../schema";

/** What the explorer adds to a relation once, at load: how to draw it apart from its parallel edges. */
export interface DrawnRelation extends RelationAttributes {
  /** 0 for a lone edge (drawn straight), otherwise the bend of its curve. */
  curvature: number;
  /** The date as a day number, for the edge programs' time window; null when undated. */
  day: number | null;
}

/** The relation fields whose values repeat across relations (a sentence often holds several). */
const REPEATED_FIELDS = [
  "type",
  "subtype",
  "date",
  "datePrecision",
  "dateSource",
  "article",
  "sentence",
  "quote",
] as const satisfies readonly (keyof RelationAttributes)[];

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
  useHashedAdjacency(graph as unknown as Graph);
  const curvatures = parallelCurvatures(file.edges);
  const intern = createIntern();
  file.edges.forEach((edge, e) => {
    const attributes: DrawnRelation = {
      ...edge.attributes,
      curvature: curvatures[e]!,
      day: isoToDay(edge.attributes.date),
    };
    for (const field of REPEATED_FIELDS) {
      const value = attributes[field];
      if (typeof value === "string") (attributes[field] as string) = intern(value);
    }
    if (edge.undirected) graph.addUndirectedEdgeWithKey(edge.key, edge.source, edge.target, attributes);
    else graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, attributes);
  });
  return graph;
}
