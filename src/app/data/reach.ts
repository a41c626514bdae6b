import type { Topology } from "./topology";

/**
 * The actors within `steps` relations of `from`, through the relations whose flag is 1 (those
 * that pass the filters in the time window): a breadth-first walk over the incidence list, which
 * visits only the neighbourhood. 1 per actor reached, else 0.
 */
export function reachWithin(
  topology: Topology,
  passes: Uint8Array,
  from: number,
  steps: number,
  reached: Uint8Array,
): Uint8Array {
  reached.fill(0);
  reached[from] = 1;
  let frontier = [from];
  for (let step = 0; step < steps && frontier.length > 0; step++) {
    const next: number[] = [];
    for (const node of frontier)
      topology.forEachIncident(node, (e) => {
        if (passes[e] !== 1) return;
        const other = topology.source[e] === node ? topology.target[e]! : topology.source[e]!;
        if (reached[other] === 1) return;
        reached[other] = 1;
        next.push(other);
      });
    frontier = next;
  }
  return reached;
}
