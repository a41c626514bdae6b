import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { packComponents } from "./pack-components";
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
/**
 * Above this many nodes the layout keeps the same amount of work (nodes x iterations), down to
 * MIN_ITERATIONS, and starts from the communities instead of random positions, which it then needs
 * fewer iterations to untangle. On the 10,000-article benchmark network (15,557 nodes), 80 iterations
 * from communities draw edges as short as 300 from random positions, in 13 s instead of 50 s.
 */
const FULL_LAYOUT_NODES = 2000;
const MIN_ITERATIONS = 80;

const iterationsFor = (order: number) =>
  order <= FULL_LAYOUT_NODES
    ? ITERATIONS
    : Math.max(MIN_ITERATIONS, Math.round((ITERATIONS * FULL_LAYOUT_NODES) / order));

/** Each community in a disc of its own, the discs on a sunflower spiral, the largest at the centre. */
function startFromCommunities(graph: Graph, communities: Record<string, number>, random: () => number): void {
  const members = new Map<number, string[]>();
  graph.forEachNode((key) => {
    const community = communities[key] ?? 0;
    const group = members.get(community);
    if (group) group.push(key);
    else members.set(community, [key]);
  });
  const golden = Math.PI * (3 - Math.sqrt(5));
  let placed = 0;
  [...members.values()]
    .sort((a, b) => b.length - a.length)
    .forEach((group, index) => {
      const distance = 10 * Math.sqrt(placed + group.length / 2);
      const [cx, cy] = [distance * Math.cos(index * golden), distance * Math.sin(index * golden)];
      const spread = 5 * Math.sqrt(group.length);
      for (const key of group) {
        const [angle, radius] = [random() * 2 * Math.PI, spread * Math.sqrt(random())];
        graph.mergeNodeAttributes(key, {
          x: cx + radius * Math.cos(angle),
          y: cy + radius * Math.sin(angle),
        });
      }
      placed += group.length;
    });
}
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
  if (graph.order > FULL_LAYOUT_NODES) startFromCommunities(graph, communities, seededRandom(seed + 2));
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > BARNES_HUT_ABOVE };
  forceAtlas2.assign(graph, { iterations: iterationsFor(graph.order), settings, getEdgeWeight: "weight" });
  packComponents(graph);
  const placements = new Map<string, Placement>();
  graph.forEachNode((key, attributes) =>
    placements.set(key, { x: round(attributes.x), y: round(attributes.y), community: communities[key] ?? 0 }),
  );
  return placements;
}
