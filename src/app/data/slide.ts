import type { StepChange } from "./settle";
import type { Topology } from "./topology";
import type { VisibilityFlags as Flags } from "./visibility";

/** Where the edges' pass flags are to be tested again after the window moved. */
export interface SlideInput {
  /** Ranges of edge indices [first, end): the stretches that entered or left the window. */
  stretches: readonly (readonly [number, number])[];
  /** The new window, as edge indices [from, to) (edges are numbered by time order). */
  window: readonly [number, number];
  /** Edges from this index on are undated. */
  datedCount: number;
  showUndated: boolean;
}

/** Whether edge `e` passes now: its static filters, and the window (dated) or the undated toggle. */
function passes(e: number, edgeStatic: Uint8Array, input: SlideInput, from: number, to: number): boolean {
  return edgeStatic[e] === 1 && (e < input.datedCount ? e >= from && e < to : input.showUndated);
}

/**
 * Tests again the pass flag of every edge in the stretches; for each one that flips, updates the
 * flag and its two actors' pass degrees, then tells `onFlip` (delta 1: it now passes, -1: it no
 * longer does). The general propagation (settle) starts with this.
 */
export function flipPasses(
  flags: Pick<Flags, "edgeStatic" | "edgePass" | "passDegree">,
  topology: Topology,
  input: SlideInput,
  onFlip: (e: number, delta: 1 | -1) => void,
): void {
  const { edgeStatic, edgePass, passDegree } = flags;
  const { source, target } = topology;
  const [from, to] = input.window;
  for (const [first, end] of input.stretches)
    for (let e = first; e < end; e++) {
      const pass = passes(e, edgeStatic, input, from, to);
      if (pass === (edgePass[e] === 1)) continue;
      const delta = pass ? 1 : -1;
      edgePass[e] = pass ? 1 : 0;
      passDegree[source[e]!]! += delta;
      passDegree[target[e]!]! += delta;
      onFlip(e, delta);
    }
}

/**
 * Moves the window when no minimum degree is set: then whether an actor is shown does not depend
 * on the window, so an edge whose pass flag flips is shown or hidden at once, and only its two
 * actors' degrees and activity change. Every time step takes this path, so it is one loop over
 * the stretches with no callback and nothing allocated per edge (a callback per flip, as
 * flipPasses takes, made a step at 100k relations about a fifth slower). No edge's drawability
 * changes.
 */
export function slideWithoutFloor(flags: Flags, topology: Topology, input: SlideInput): StepChange {
  const { edgeStatic, edgePass, passDegree, edgeShown, nodeShown, shownDegree, nodeActive } = flags;
  const { source, target } = topology;
  const [from, to] = input.window;
  let actorDelta = 0;
  let edgeDelta = 0;
  let activityChanged = false;
  for (const [first, end] of input.stretches)
    for (let e = first; e < end; e++) {
      const pass = passes(e, edgeStatic, input, from, to);
      if (pass === (edgePass[e] === 1)) continue;
      const flag = pass ? 1 : 0;
      const delta = pass ? 1 : -1;
      const s = source[e]!;
      const t = target[e]!;
      edgePass[e] = flag;
      passDegree[s]! += delta;
      passDegree[t]! += delta;
      if (nodeShown[s] === 0 || nodeShown[t] === 0) continue;
      edgeShown[e] = flag;
      edgeDelta += delta;
      // An actor becomes active with its first shown edge and idle when it loses its last.
      shownDegree[s]! += delta;
      if (shownDegree[s] === flag) {
        nodeActive[s] = flag;
        actorDelta += delta;
        activityChanged = true;
      }
      shownDegree[t]! += delta;
      if (shownDegree[t] === flag) {
        nodeActive[t] = flag;
        actorDelta += delta;
        activityChanged = true;
      }
    }
  flags.edgeCount += edgeDelta;
  flags.actorCount += actorDelta;
  if (activityChanged) flags.activityVersion++;
  return { nodes: [], edges: [], activityChanged };
}
