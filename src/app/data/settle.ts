import type { Topology } from "./topology";
import type { VisibilityFlags as Flags } from "./visibility";

/**
 * What one update changed for drawing; `full` when every item may have changed (the first
 * update). `nodes` and `edges` are the keys sigma must process again: actors that were shown or
 * hidden, and relations whose drawing apart from the time window changed (those of such actors,
 * and those a type filter or the undated toggle shows or hides). Edges that only entered or left
 * the time window are not listed (the edge programs draw the window), nor actors that only became
 * active or idle (the node program reads `nodeActive`); `activityChanged` tells whether any did.
 */
export interface VisibilityChange {
  full: boolean;
  nodes: string[];
  edges: string[];
  activityChanged: boolean;
}

/**
 * Settle's scratch space, kept between updates so that one allocates nothing per item: per edge,
 * the generation that last visited it and the one that last listed it for redrawing; per actor,
 * the generation that last listed it for checking its activity.
 */
export interface SettleScratch {
  readonly stamp: Uint32Array;
  readonly redrawStamp: Uint32Array;
  readonly nodeStamp: Uint32Array;
  generation: number;
}

export function createSettleScratch(nodeCount: number, edgeCount: number): SettleScratch {
  return {
    stamp: new Uint32Array(edgeCount),
    redrawStamp: new Uint32Array(edgeCount),
    nodeStamp: new Uint32Array(nodeCount),
    generation: 0,
  };
}

/** What one update touched directly: actors whose passing degree moved, edges whose pass flag flipped. */
export interface Touched {
  /** May repeat an actor. */
  nodes: number[];
  edges: number[];
  /** Edges to redraw whatever happens to their actors (the undated ones when that toggle flips). */
  redraw: number[];
}

/**
 * Propagates changed pass flags (an edge entered or left the window) to the actors' shown flags
 * (minimum degree), then to the edges' shown flags, degrees, the actors' activity and the counts.
 * Visits only the touched edges and, when an actor appears or disappears, its incident edges.
 * Reports what sigma must process again: the actors that appeared or disappeared, their edges
 * (and `touched.redraw`).
 */
export function settle(
  flags: Flags,
  topology: Topology,
  touched: Touched,
  minDegree: number,
): VisibilityChange {
  const { source, target, nodeKeys, edgeKeys } = topology;
  const { nodeShown, shownDegree, nodeActive, edgePass, edgeShown, scratch } = flags;
  const { stamp, redrawStamp, nodeStamp } = scratch;
  const generation = ++scratch.generation;
  const edges: number[] = [];
  const redraw: number[] = [];
  const remembered: number[] = [];
  const nodes: string[] = [];
  const visit = (e: number) => {
    if (stamp[e] === generation) return;
    stamp[e] = generation;
    edges.push(e);
  };
  const visitAndRedraw = (e: number) => {
    visit(e);
    if (redrawStamp[e] === generation) return;
    redrawStamp[e] = generation;
    redraw.push(e);
  };
  const remember = (n: number) => {
    if (nodeStamp[n] === generation) return;
    nodeStamp[n] = generation;
    remembered.push(n);
  };
  for (const e of touched.edges) visit(e);
  for (const e of touched.redraw) visitAndRedraw(e);
  for (const n of touched.nodes) {
    remember(n);
    const shown = flags.nodeStatic[n] && flags.passDegree[n]! >= minDegree ? 1 : 0;
    if (shown === nodeShown[n]) continue;
    nodeShown[n] = shown;
    nodes.push(nodeKeys[n]!);
    topology.forEachIncident(n, visitAndRedraw);
  }
  for (const e of edges) {
    const s = source[e]!;
    const t = target[e]!;
    const shown = edgePass[e] && nodeShown[s] && nodeShown[t] ? 1 : 0;
    if (shown === edgeShown[e]) continue;
    edgeShown[e] = shown;
    const delta = shown ? 1 : -1;
    flags.edgeCount += delta;
    remember(s);
    remember(t);
    shownDegree[s]! += delta;
    shownDegree[t]! += delta;
  }
  let activityChanged = false;
  for (const n of remembered) {
    const active = nodeShown[n] && shownDegree[n] ? 1 : 0;
    if (active === nodeActive[n]) continue;
    nodeActive[n] = active;
    flags.actorCount += active ? 1 : -1;
    activityChanged = true;
  }
  if (activityChanged) flags.activityVersion++;
  return { full: false, nodes, edges: redraw.map((e) => edgeKeys[e]!), activityChanged };
}
