import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { seededRandom } from "./random";

export interface Placement {
  x: number;
  y: number;
  community: number;
}

const ITERATIONS = 300;
/**
 * Barnes-Hut approximates the repulsion of far nodes by their cell's centre: O(n log n) per iteration
 * instead of O(n^2). It costs more than it saves on small graphs; measured on benchmark networks
 * (`npm run bench`), it is faster from about 600 nodes (1,100 nodes: 1.7 s instead of 4.2 s).
 */
const BARNES_HUT_ABOVE = 600;
const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * Communities and positions from a simple weighted projection of the network (parallel relations
 * add weight), both seeded so that the same input always opens on the same picture.
 */
export function placeActors(
  keys: readonly string[],
  links: ReadonlyArray<readonly [string, string]>,
  seed: number,
): Map<string, Placement> {
  const graph = new Graph({ type: "undirected" });
  const random = seededRandom(seed);
  for (const key of keys) graph.addNode(key, { x: random() * 100 - 50, y: random() * 100 - 50 });
  for (const [source, target] of links) {
    if (source === target) continue;
    if (graph.hasEdge(source, target))
      graph.updateEdgeAttribute(source, target, "weight", (w: number) => w + 1);
    else graph.addEdge(source, target, { weight: 1 });
  }
  const communities = louvain(graph, { rng: seededRandom(seed + 1), getEdgeWeight: "weight" });
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > BARNES_HUT_ABOVE };
  forceAtlas2.assign(graph, { iterations: ITERATIONS, settings, getEdgeWeight: "weight" });
  const placements = new Map<string, Placement>();
  graph.forEachNode((key, attributes) =>
    placements.set(key, { x: round(attributes.x), y: round(attributes.y), community: communities[key] ?? 0 }),
  );
  return placements;
}
