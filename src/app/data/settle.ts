import type { Topology } from "./topology";
import type { VisibilityFlags as Flags } from "./visibility";

/**
 * What one move of the window changed beyond the flags it updated: the keys of the actors that
 * were shown or hidden (sigma processes them again), and the relations whose drawability may have
 * changed, which the index tests again (all that the move visited, those of such actors among
 * them). `activityChanged`: whether any actor became active or idle.
 */
export interface StepChange {
  nodes: string[];
  edges: number[];
  activityChanged: boolean;
}

/**
 * Settle's scratch space, kept between updates so that one allocates nothing per item: per edge,
 * the generation that last visited it; per actor, the generation that last listed it for checking
 * its activity.
 */
export interface SettleScratch {
  readonly stamp: Uint32Array;
  readonly nodeStamp: Uint32Array;
  generation: number;
}

export function createSettleScratch(nodeCount: number, edgeCount: number): SettleScratch {
  return {
    stamp: new Uint32Array(edgeCount),
    nodeStamp: new Uint32Array(nodeCount),
    generation: 0,
  };
}

/** What one step touched directly: actors whose passing degree moved, edges whose pass flag flipped. */
export interface Touched {
  /** May repeat an actor. */
  nodes: number[];
  edges: number[];
}

/**
 * Propagates changed pass flags (an edge entered or left the window) to the actors' shown flags
 * (minimum degree), then to the edges' shown flags, degrees, the actors' activity and the counts.
 * Visits only the touched edges and, when an actor appears or disappears, its incident edges.
 * Reports the actors that appeared or disappeared, and the visited edges as the ones whose
 * drawability may have changed.
 */
export function settle(flags: Flags, topology: Topology, touched: Touched, minDegree: number): StepChange {
  const { source, target, nodeKeys } = topology;
  const { nodeShown, shownDegree, nodeActive, edgePass, edgeShown, scratch } = flags;
  const { stamp, nodeStamp } = scratch;
  const generation = ++scratch.generation;
  const edges: number[] = [];
  const remembered: number[] = [];
  const nodes: string[] = [];
  const visit = (e: number) => {
    if (stamp[e] === generation) return;
    stamp[e] = generation;
    edges.push(e);
  };
  const remember = (n: number) => {
    if (nodeStamp[n] === generation) return;
    nodeStamp[n] = generation;
    remembered.push(n);
  };
  for (const e of touched.edges) visit(e);
  for (const n of touched.nodes) {
    remember(n);
    const shown = flags.nodeStatic[n] && flags.passDegree[n]! >= minDegree ? 1 : 0;
    if (shown === nodeShown[n]) continue;
    nodeShown[n] = shown;
    nodes.push(nodeKeys[n]!);
    topology.forEachIncident(n, visit);
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
  return { nodes, edges, activityChanged };
}
