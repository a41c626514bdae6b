import type { ExplorerGraph } from "../data/build-graph";

/**
 * What the pointer or the selection brings forward: one actor and its neighbours, or one relation
 * and its two actors. Null when nothing is highlighted.
 */
export interface Highlight {
  nodes: Set<string>;
  edges: Set<string>;
}

export function highlightOfNode(graph: ExplorerGraph, node: string): Highlight {
  const nodes = new Set<string>([node]);
  const edges = new Set<string>();
  graph.forEachEdge(node, (edge, _attributes, source, target) => {
    edges.add(edge);
    nodes.add(source);
    nodes.add(target);
  });
  return { nodes, edges };
}

export function highlightOfEdge(graph: ExplorerGraph, edge: string): Highlight {
  return { nodes: new Set(graph.extremities(edge)), edges: new Set([edge]) };
}
