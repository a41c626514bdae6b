import type { Attributes } from "graphology-types";
import { RELATION_KIND_OF, type ActorAttributes } from "../../schema";
import type { DrawnRelation } from "../data/build-graph";
import type { VisibilityIndex } from "../data/visibility";
import type { ViewState } from "../state/store";
import { FIXED_LOOK, type ActivityDisplayData } from "./actor-activity-program";
import type { DrawableDisplayData } from "./edge-drawable-program";
import type { FocusDisplayData } from "./edge-focus-program";
import type { Highlight } from "./highlight";
import type { LabelOrderDisplayData } from "./label-order";
import { programOf } from "./edge-program-names";
import { FADED_EDGE, FADED_NODE } from "./palette";
import { ACTOR_KIND_COLORS } from "../theme";
import type { ActorLook } from "../look/actor-look";

export interface ReducerContext {
  visibility: VisibilityIndex;
  state(): Readonly<ViewState>;
  /** The hovered item's neighbourhood, else the selection's, else null. */
  highlight(): Highlight | null;
  /** Colour by kind or community, size by a metric; without it, kind colours and the file's sizes. */
  look?: ActorLook;
}

/**
 * An actor's look. What the GPU can decide is left to the node program (see
 * actor-activity-program): whether the actor is active or idle, and whether it is faded because
 * another item is in focus. The display data carries the actor's index for that, so neither a time
 * step nor a change of focus calls the reducer on every actor. The reducer decides the rest:
 * filtered out, the selection, and the actors of the focus, brought forward.
 */
export function createNodeReducer(context: ReducerContext) {
  return (key: string, data: Attributes): Partial<ActivityDisplayData & LabelOrderDisplayData> => {
    const attributes = data as ActorAttributes & { x: number; y: number };
    const { visibility } = context;
    // Only what sigma draws: sigma keeps this object per actor, so the rest of the record stays out.
    const display: Partial<ActivityDisplayData & LabelOrderDisplayData> = {
      x: attributes.x,
      y: attributes.y,
      label: attributes.label,
      size: context.look ? context.look.size(key, attributes) : (attributes.size ?? 4),
      color: context.look
        ? context.look.colour(attributes)
        : (ACTOR_KIND_COLORS[attributes.kind] ?? FADED_NODE),
      activity: FIXED_LOOK,
    };
    const selected = context.state().selected;
    if (selected?.type === "node" && selected.key === key && !visibility.isNodeActive(key))
      // The selection stays findable even when the filters leave it out: greyed, but labelled.
      return { ...display, color: FADED_NODE, highlighted: true, forceLabel: true, labelFirst: true };
    if (!visibility.isNodeShown(key)) return { ...display, hidden: true };
    // Inside the focus, an actor is drawn forward whether or not it is active.
    if (context.highlight()?.nodes.has(key))
      return { ...display, highlighted: true, forceLabel: true, labelFirst: selected?.key === key };
    return { ...display, activity: visibility.topology.nodeIndex.get(key) ?? FIXED_LOOK };
  };
}

/**
 * A relation's look. Whether it is drawn at all is left to the edge programs: the time window,
 * and the other filters through its drawable flag, whose index the display data carries (see
 * edge-drawable-program); so is the fading of relations outside the focus (edge-focus-program).
 * No time step calls this reducer, nor a filter change alone; a change of focus calls it on the
 * relations that enter or leave the focus.
 */
export function createEdgeReducer(context: ReducerContext) {
  return (key: string, data: Attributes): Partial<FocusDisplayData & DrawableDisplayData> => {
    const attributes = data as DrawnRelation;
    const { topology } = context.visibility;
    const index = topology.edgeIndex.get(key);
    // Only what the edge programs read: sigma keeps this object per relation (a million of them
    // at the largest sizes), so the evidence (sentence, article, quote) stays out of it.
    const display: Partial<FocusDisplayData & DrawableDisplayData> &
      Pick<DrawnRelation, "curvature" | "day"> = {
      curvature: attributes.curvature,
      day: attributes.day,
      type: programOf(
        index !== undefined && topology.isDirected(index),
        attributes.curvature,
        attributes.status,
      ),
      color: RELATION_KIND_OF[attributes.type]?.color ?? FADED_EDGE,
      size: 1.5,
      label: null,
      drawIndex: index,
    };
    if (context.highlight()?.edges.has(key)) return { ...display, size: 3, inFocus: true };
    return display;
  };
}
