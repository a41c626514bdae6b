import type { ExplorerGraph } from "../data/build-graph";
import type { VisibilityIndex } from "../data/visibility";

/**
 * What the pointer or the selection brings forward: one actor and its neighbours, or one relation
 * and its two actors. Null when nothing is highlighted.
 */
export interface Highlight {
  nodes: Set<string>;
  edges: Set<string>;
}

/** What an actor's highlight reads of the visibility index: the structure, and the relations shown. */
export type ShownRelations = Pick<VisibilityIndex, "topology" | "edgeShown">;

/**
 * An actor, the actors that a relation shown now links to it, and all its relations: those not
 * shown are not drawn anyway, so they need not follow the window. `relations`, when the caller
 * has them from the same actor's previous highlight, are kept as they are (a hub has thousands).
 */
export function highlightOfNode(
  shown: ShownRelations,
  node: string,
  relations: Set<string> = relationsOf(shown, node),
): Highlight {
  const { topology, edgeShown } = shown;
  const { nodeKeys, source, target } = topology;
  const n = topology.nodeIndex.get(node);
  const nodes = new Set<string>([node]);
  if (n !== undefined)
    topology.forEachIncident(n, (e) => {
      if (edgeShown[e] === 1) nodes.add(nodeKeys[source[e] === n ? target[e]! : source[e]!]!);
    });
  return { nodes, edges: relations };
}

function relationsOf({ topology }: ShownRelations, node: string): Set<string> {
  const edges = new Set<string>();
  const n = topology.nodeIndex.get(node);
  if (n !== undefined) topology.forEachIncident(n, (e) => edges.add(topology.edgeKeys[e]!));
  return edges;
}

export function highlightOfEdge(graph: ExplorerGraph, edge: string): Highlight {
  return { nodes: new Set(graph.extremities(edge)), edges: new Set([edge]) };
}

/**
 * The items whose look a move from one highlight to another changes. The reducers read a highlight
 * only by asking whether an item is in it, so an item in both, or in neither, keeps its look: only
 * those in one of them are reported (none when the highlight is the same object).
 */
export function highlightChange(
  before: Highlight | null,
  after: Highlight | null,
): { nodes: string[]; edges: string[] } {
  if (before === after) return { nodes: [], edges: [] };
  return {
    nodes: inOneOnly(before?.nodes, after?.nodes),
    edges: inOneOnly(before?.edges, after?.edges),
  };
}

function inOneOnly(a: Set<string> | undefined, b: Set<string> | undefined): string[] {
  if (a === b) return [];
  const only: string[] = [];
  a?.forEach((key) => {
    if (!b?.has(key)) only.push(key);
  });
  b?.forEach((key) => {
    if (!a?.has(key)) only.push(key);
  });
  return only;
}
