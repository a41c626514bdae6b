import Graph from "graphology";
import type { Attributes } from "graphology-types";

/**
 * The part of the graph the reader sees, as a graph of its own: visible actors, and visible
 * relations between two of them. Keys, attributes and order are kept; what the explorer adds
 * only to draw (parallel-edge curvature, the day number) is left out so the result is a network file again.
 */

export const DRAWING_ONLY_EDGE_ATTRIBUTES: readonly string[] = ["curvature", "day"];

function withoutDrawingAttributes(attributes: Attributes): Attributes {
  const copy = { ...attributes };
  for (const name of DRAWING_ONLY_EDGE_ATTRIBUTES) delete copy[name];
  return copy;
}

export function visibleSubgraph(
  graph: Graph,
  isNodeVisible: (key: string) => boolean,
  isEdgeVisible: (key: string) => boolean,
): Graph {
  const sub = new Graph({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops });
  sub.replaceAttributes({ ...graph.getAttributes() });
  graph.forEachNode((key, attributes) => {
    if (isNodeVisible(key)) sub.addNode(key, { ...attributes });
  });
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    if (!isEdgeVisible(key) || !sub.hasNode(source) || !sub.hasNode(target)) return;
    const copy = withoutDrawingAttributes(attributes);
    if (undirected) sub.addUndirectedEdgeWithKey(key, source, target, copy);
    else sub.addDirectedEdgeWithKey(key, source, target, copy);
  });
  return sub;
}
