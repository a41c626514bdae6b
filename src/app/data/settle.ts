import type { Topology } from "./topology";

/**
 * The keys whose drawing changed in one update; `full` when every item may have changed. Edges
 * that only entered or left the time window are not listed: the edge programs draw the window.
 */
export interface VisibilityChange {
  full: boolean;
  nodes: string[];
  edges: string[];
}

/** What one update touched directly: actors whose passing degree moved, edges whose pass flag flipped. */
export interface Touched {
  nodes: Set<number>;
  edges: number[];
  /** Edges to redraw whatever happens to their actors (the undated ones when that toggle flips). */
  redraw: number[];
}

/** The visibility index's flags and counters, as typed arrays indexed like the topology. */
export interface Flags {
  readonly nodeStatic: Uint8Array;
  readonly edgePass: Uint8Array;
  readonly passDegree: Uint32Array;
  readonly edgeShown: Uint8Array;
  readonly nodeShown: Uint8Array;
  readonly shownDegree: Uint32Array;
  /** Per edge: the generation that last visited it, to visit each edge once per update. */
  readonly stamp: Uint32Array;
  generation: number;
  actorCount: number;
  edgeCount: number;
}

/**
 * Propagates changed pass flags (an edge entered or left the window) to the actors' shown flags
 * (minimum degree), then to the edges' shown flags, degrees and counts. Visits only the touched
 * edges and, when an actor appears or disappears, its incident edges. Reports what to redraw: the
 * edges of actors that appeared or disappeared (and `touched.redraw`), and only the actors whose
 * look changed (shown, or active), not every endpoint.
 */
export function settle(
  flags: Flags,
  topology: Topology,
  touched: Touched,
  minDegree: number,
): VisibilityChange {
  const { source, target, nodeKeys, edgeKeys } = topology;
  const generation = ++flags.generation;
  const edges: number[] = [];
  const mark = (e: number) => {
    if (flags.stamp[e] === generation) return;
    flags.stamp[e] = generation;
    edges.push(e);
  };
  touched.edges.forEach(mark);
  touched.redraw.forEach(mark);
  const redraw = new Set(touched.redraw);
  // What an actor looked like before (bit 1: shown, bit 0: active), to redraw only those that changed.
  const drawnBefore = new Map<number, number>();
  const drawn = (n: number) =>
    (flags.nodeShown[n]! << 1) | (flags.nodeShown[n] && flags.shownDegree[n] ? 1 : 0);
  const remember = (n: number) => {
    if (!drawnBefore.has(n)) drawnBefore.set(n, drawn(n));
  };
  for (const n of touched.nodes) {
    remember(n);
    const shown = flags.nodeStatic[n] && flags.passDegree[n]! >= minDegree ? 1 : 0;
    if (shown === flags.nodeShown[n]) continue;
    flags.nodeShown[n] = shown;
    topology.forEachIncident(n, (e) => {
      mark(e);
      redraw.add(e);
    });
  }
  for (const e of edges) {
    const shown = flags.edgePass[e] && flags.nodeShown[source[e]!] && flags.nodeShown[target[e]!] ? 1 : 0;
    if (shown === flags.edgeShown[e]) continue;
    flags.edgeShown[e] = shown;
    const delta = shown ? 1 : -1;
    flags.edgeCount += delta;
    for (const n of [source[e]!, target[e]!]) {
      remember(n);
      flags.shownDegree[n]! += delta;
    }
  }
  const nodes: string[] = [];
  for (const [n, before] of drawnBefore) {
    const now = drawn(n);
    if (now === before) continue;
    if ((now & 1) !== (before & 1)) flags.actorCount += now & 1 ? 1 : -1;
    nodes.push(nodeKeys[n]!);
  }
  return { full: false, nodes, edges: Array.from(redraw, (e) => edgeKeys[e]!) };
}
