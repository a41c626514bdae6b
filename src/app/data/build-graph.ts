import Graph from "graphology";
import { isoToDay } from "../time";
import { useHashedAdjacency } from "./adjacency-mode";
import { relationAttributes, type PackedNetwork } from "./packed-network";
import { parallelCurvatures } from "./parallel-edges";
import type { ActorAttributes, GraphAttributes, RelationAttributes } from "../../schema";

/** What the explorer adds to a relation once, at load: how to draw it apart from its parallel edges. */
export interface DrawnRelation extends RelationAttributes {
  /** 0 for a lone edge (drawn straight), otherwise the bend of its curve. */
  curvature: number;
  /** The date as a day number, for the edge programs' time window; null when undated. */
  day: number | null;
}

export type ExplorerGraph = Graph<ActorAttributes, DrawnRelation, GraphAttributes>;

/**
 * The validated network as a graphology multigraph. Positions missing from the file are placed on
 * a circle so the view never opens empty. Relations share their repeated texts (one copy of a
 * sentence for all its relations), as they arrive packed.
 */
export function buildGraph(network: PackedNetwork): ExplorerGraph {
  const graph: ExplorerGraph = new Graph({ type: "mixed", multi: true, allowSelfLoops: false });
  graph.replaceAttributes(network.attributes);
  const count = Math.max(1, network.nodes.length);
  network.nodes.forEach(({ key, attributes }, i) => {
    const angle = (2 * Math.PI * i) / count;
    graph.addNode(key, {
      ...attributes,
      x: attributes.x ?? 100 * Math.cos(angle),
      y: attributes.y ?? 100 * Math.sin(angle),
    });
  });
  useHashedAdjacency(graph as unknown as Graph);
  const { relations } = network;
  const actorKeys = network.nodes.map(({ key }) => key);
  const curvatures = parallelCurvatures({ ...relations, actorCount: actorKeys.length });
  // Each distinct date is parsed once.
  const dayOfText = new Map<number, number | null>();
  const dates = relations.textColumns.date;
  for (let e = 0; e < relations.count; e++) {
    const attributes = relationAttributes(relations, e);
    let day = dayOfText.get(dates[e]!);
    if (day === undefined) dayOfText.set(dates[e]!, (day = isoToDay(attributes.date)));
    const drawn: DrawnRelation = Object.assign(attributes, { curvature: curvatures[e]!, day });
    const key = relations.keys[e]!;
    const source = actorKeys[relations.source[e]!]!;
    const target = actorKeys[relations.target[e]!]!;
    if (relations.undirected[e]) graph.addUndirectedEdgeWithKey(key, source, target, drawn);
    else graph.addDirectedEdgeWithKey(key, source, target, drawn);
  }
  return graph;
}
