import type Sigma from "sigma";
import type { HiddenActors } from "./hidden-actors";
import { rebuildLabelGrid } from "./label-grid";

/**
 * The one place that asks sigma to redraw. A full refresh clears sigma's program indices until
 * the next render, so a partial refresh (skipIndexation) must not run in between: while a full
 * one is pending, partial ones are folded into it. Several requests in a frame cost one render.
 *
 * Sigma picks which labels to draw from a grid built only when it re-indexes, so after partial
 * refreshes the grid still holds actors that lost their label; once the steps pause for
 * LABEL_GRID_DELAY_MS, the grid is rebuilt and the labels are up to date.
 */
export interface Refresher {
  /** Re-run the reducers on every item (focus or filter changes); positions are not re-indexed. */
  all(): void;
  /** Re-run the reducers on these items only, then redraw (a time step: the window may have moved). */
  some(items: { nodes: string[]; edges: string[] }): void;
  /** Rebuild the label grid once no call has come for LABEL_GRID_DELAY_MS (after filters moved). */
  relabel(): void;
  cancel(): void;
}

export const LABEL_GRID_DELAY_MS = 250;

export function createRefresher(renderer: Sigma, hiddenActors: HiddenActors): Refresher {
  let frame = 0;
  let labelTimer: ReturnType<typeof setTimeout> | undefined;

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
      const flipped = hiddenActors.flippedDuring(() =>
        renderer.refresh({ partialGraph: { nodes, edges }, skipIndexation: true, schedule: true }),
      );
      // Sigma blanks an edge whose actor is hidden when it processes the edge, and only then: the
      // edges of an actor that was hidden or shown are processed again.
      if (flipped.length === 0) return;
      const graph = renderer.getGraph();
      const incident = flipped.flatMap((node) => graph.edges(node));
      renderer.refresh({ partialGraph: { edges: incident }, skipIndexation: true, schedule: true });
    },
    relabel() {
      clearTimeout(labelTimer);
      labelTimer = setTimeout(() => {
        // A pending full refresh re-indexes anyway. Without the grid's internals, a partial
        // refresh without skipIndexation re-indexes (no reducer runs).
        if (frame) return;
        if (rebuildLabelGrid(renderer)) renderer.scheduleRender();
        else renderer.refresh({ partialGraph: { nodes: [], edges: [] }, schedule: true });
      }, LABEL_GRID_DELAY_MS);
    },
    cancel() {
      clearTimeout(labelTimer);
      cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
