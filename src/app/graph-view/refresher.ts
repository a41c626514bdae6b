import type Sigma from "sigma";
import type { NodeDisplayData } from "sigma/types";
import { throttle } from "../throttle";
import { rebuildLabelGrid } from "./label-grid";

/**
 * The one place that asks sigma to redraw. A full refresh clears sigma's program indices until
 * the next render, so a partial refresh (skipIndexation) must not run in between: while a full
 * one is pending, partial ones are folded into it. Several requests in a frame cost one render.
 *
 * Sigma picks which labels to draw from a grid built only when it re-indexes, so after time steps
 * the grid still holds actors that went idle (whose labels the node program leaves out) and lacks
 * those that became active; LABEL_GRID_DELAY_MS after a step, the grid is rebuilt without the idle
 * ones. Throttled, not debounced: while the timeline plays, steps never pause, and a grid rebuilt
 * only at rest left a moving window with no label at all. So is the grid sigma builds when it re-indexes, so that a view reached
 * by steps and one re-indexed at once label the same actors.
 */
export interface Refresher {
  /** Re-run the reducers on every item and re-index them (sigma's full refresh). */
  all(): void;
  /** Re-run the reducers on these items only, then redraw (a time step, a filter or focus change). */
  some(items: { nodes: string[]; edges: string[] }): void;
  /** Rebuild the label grid LABEL_GRID_DELAY_MS after a call, at most once per delay (after filters moved). */
  relabel(): void;
  /** Rebuild the label grid now and redraw (the view's size changed). */
  relabelNow(): void;
  cancel(): void;
}

export const LABEL_GRID_DELAY_MS = 250;

export function createRefresher(renderer: Sigma, unlabelled: (data: NodeDisplayData) => boolean): Refresher {
  let frame = 0;
  // Within the render that re-indexed, before its labels are drawn.
  renderer.on("afterProcess", () => rebuildLabelGrid(renderer, unlabelled));

  const relabelNow = () => {
    // A pending full refresh re-indexes anyway. Without the grid's internals, a partial refresh
    // without skipIndexation re-indexes (no reducer runs).
    if (frame) return;
    if (rebuildLabelGrid(renderer, unlabelled)) renderer.scheduleRender();
    else renderer.refresh({ partialGraph: { nodes: [], edges: [] }, schedule: true });
  };
  const relabelLater = throttle(relabelNow, LABEL_GRID_DELAY_MS);

  return {
    all() {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        renderer.refresh({ skipIndexation: true });
      });
    },
    some({ nodes, edges }) {
      if (frame) return;
      // An actor hidden or shown needs no processing of its relations: the edge programs read
      // whether both actors are shown from the drawable flags (see edge-drawable-program).
      renderer.refresh({ partialGraph: { nodes, edges }, skipIndexation: true, schedule: true });
    },
    relabel: relabelLater,
    relabelNow,
    cancel() {
      relabelLater.cancel();
      cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
