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

/**
 * Tests again the pass flag of every edge in the stretches; for each one that flips, updates the
 * flag and its two actors' pass degrees, then tells `onFlip` (delta 1: it now passes, -1: it no
 * longer does). Both ways of moving the window start with this.
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
  const { datedCount, showUndated } = input;
  for (const [first, end] of input.stretches)
    for (let e = first; e < end; e++) {
      const pass = edgeStatic[e] === 1 && (e < datedCount ? e >= from && e < to : showUndated);
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
 * actors' degrees and activity change. One pass over the stretches, nothing allocated per edge:
 * the general propagation (settle) is not needed, and no edge's drawability changes.
 */
export function slideWithoutFloor(flags: Flags, topology: Topology, input: SlideInput): StepChange {
  const { edgeShown, nodeShown, shownDegree, nodeActive } = flags;
  const { source, target } = topology;
  let actorDelta = 0;
  let edgeDelta = 0;
  let activityChanged = false;
  // An actor becomes active with its first shown edge and idle when it loses its last.
  const shiftDegree = (n: number, delta: number) => {
    shownDegree[n]! += delta;
    if (shownDegree[n] !== (delta > 0 ? 1 : 0)) return;
    nodeActive[n] = delta > 0 ? 1 : 0;
    actorDelta += delta;
    activityChanged = true;
  };
  flipPasses(flags, topology, input, (e, delta) => {
    const s = source[e]!;
    const t = target[e]!;
    if (nodeShown[s] === 0 || nodeShown[t] === 0) return;
    edgeShown[e] = delta > 0 ? 1 : 0;
    edgeDelta += delta;
    shiftDegree(s, delta);
    shiftDegree(t, delta);
  });
  flags.edgeCount += edgeDelta;
  flags.actorCount += actorDelta;
  if (activityChanged) flags.activityVersion++;
  return { nodes: [], edges: [], activityChanged };
}
