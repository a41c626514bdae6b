import type { Attributes } from "graphology-types";
import type { EdgeDisplayData } from "sigma/types";
import type { ActorAttributes } from "../../schema";
import type { DrawnRelation } from "../data/build-graph";
import type { VisibilityIndex } from "../data/visibility";
import type { ViewState } from "../state/store";
import { FIXED_LOOK, type ActivityDisplayData } from "./actor-activity-program";
import type { Highlight } from "./highlight";
import { FADED_EDGE, FADED_NODE } from "./palette";
import { ACTOR_KIND_COLORS, EDGE_TYPE_COLORS } from "../theme";

export interface ReducerContext {
  visibility: VisibilityIndex;
  state(): Readonly<ViewState>;
  /** The hovered item's neighbourhood, else the selection's, else null. */
  highlight(): Highlight | null;
}

/** The sigma program that draws a relation: curves apart for parallel edges, arrows when directed. */
export function programOf(directed: boolean, curvature: number): string {
  if (curvature !== 0) return directed ? "curvedArrow" : "curved";
  return directed ? "arrow" : "line";
}

/**
 * An actor's look. Whether it is active or idle is left to the node program where it can be (see
 * actor-activity-program): the display data carries the actor's index, and a time step that only
 * makes actors active or idle needs no reducer call. The reducer decides the rest: filtered out,
 * the selection, and the hovered or selected neighbourhood.
 */
export function createNodeReducer(context: ReducerContext) {
  return (key: string, data: Attributes): Partial<ActivityDisplayData> => {
    const attributes = data as ActorAttributes & { x: number; y: number };
    const { visibility } = context;
    // Only what sigma draws: sigma keeps this object per actor, so the rest of the record stays out.
    const display: Partial<ActivityDisplayData> = {
      x: attributes.x,
      y: attributes.y,
      label: attributes.label,
      size: attributes.size ?? 4,
      color: ACTOR_KIND_COLORS[attributes.kind] ?? FADED_NODE,
      activity: FIXED_LOOK,
    };
    const selected = context.state().selected;
    if (selected?.type === "node" && selected.key === key && !visibility.isNodeActive(key))
      // The selection stays findable even when the filters leave it out: greyed, but labelled.
      return { ...display, color: FADED_NODE, highlighted: true, forceLabel: true };
    if (!visibility.isNodeShown(key)) return { ...display, hidden: true };
    const highlight = context.highlight();
    // Inside the highlight, an actor is drawn forward whether or not it is active.
    if (highlight?.nodes.has(key)) return { ...display, highlighted: true, forceLabel: true };
    const activity = visibility.topology.nodeIndex.get(key) ?? FIXED_LOOK;
    if (highlight) return { ...display, color: FADED_NODE, label: null, activity };
    return { ...display, activity };
  };
}

export function createEdgeReducer(context: ReducerContext) {
  return (key: string, data: Attributes): Partial<EdgeDisplayData> => {
    const attributes = data as DrawnRelation;
    const directed = context.visibility.topology.isDirected(key);
    // Only what the edge programs read: sigma keeps this object per relation (a million of them
    // at the largest sizes), so the evidence (sentence, article, quote) stays out of it.
    const display: Partial<EdgeDisplayData> & Pick<DrawnRelation, "curvature" | "day"> = {
      curvature: attributes.curvature,
      day: attributes.day,
      type: programOf(directed, attributes.curvature),
      color: EDGE_TYPE_COLORS[attributes.type] ?? FADED_EDGE,
      size: 1.5,
      label: null,
    };
    // The time window is not tested here: the edge programs draw it (see time-window-program).
    if (!context.visibility.isEdgeDrawable(key)) return { ...display, hidden: true };
    const highlight = context.highlight();
    if (!highlight) return display;
    if (!highlight.edges.has(key)) return { ...display, color: FADED_EDGE };
    return { ...display, size: 3 };
  };
}
