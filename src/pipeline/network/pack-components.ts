import type Graph from "graphology";
import { connectedComponents } from "graphology-components";

/** Space between the largest component and the others, as a share of the largest one's radius. */
const GAP = 0.1;
/** Components per ring around the largest: golden-angle steps keep that many well apart. */
const PER_RING = 8;

interface Extent {
  cx: number;
  cy: number;
  radius: number;
}

function extentOf(graph: Graph, nodes: readonly string[]): Extent {
  let [cx, cy] = [0, 0];
  for (const node of nodes) {
    cx += graph.getNodeAttribute(node, "x") as number;
    cy += graph.getNodeAttribute(node, "y") as number;
  }
  [cx, cy] = [cx / nodes.length, cy / nodes.length];
  let radius = 0;
  for (const node of nodes) {
    const dx = (graph.getNodeAttribute(node, "x") as number) - cx;
    const dy = (graph.getNodeAttribute(node, "y") as number) - cy;
    radius = Math.max(radius, Math.hypot(dx, dy));
  }
  return { cx, cy, radius };
}

/**
 * Brings every connected component but the largest close around it, as they came out of the
 * layout, on rings just outside its radius. ForceAtlas2 pushes parts that no relation
 * holds far out (a pair, an actor with no relation), and a view fitted to them draws the network
 * that matters small.
 */
export function packComponents(graph: Graph): void {
  if (graph.order === 0) return;
  const components = connectedComponents(graph).sort((a, b) => b.length - a.length);
  const main = extentOf(graph, components[0] ?? []);
  const unit = Math.max(main.radius, 1);
  const golden = Math.PI * (3 - Math.sqrt(5));
  components.slice(1).forEach((nodes, index) => {
    const own = extentOf(graph, nodes);
    const ring = Math.floor(index / PER_RING);
    const distance = unit * (1 + GAP * (1 + ring)) + own.radius;
    const angle = index * golden;
    const [dx, dy] = [
      main.cx + distance * Math.cos(angle) - own.cx,
      main.cy + distance * Math.sin(angle) - own.cy,
    ];
    for (const node of nodes)
      graph.updateNodeAttributes(node, (attributes) => ({
        ...attributes,
        x: (attributes.x as number) + dx,
        y: (attributes.y as number) + dy,
      }));
  });
}
