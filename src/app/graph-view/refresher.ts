import type Sigma from "sigma";

/**
 * The one place that asks sigma to redraw. A full refresh clears sigma's program indices until
 * the next render, so a partial refresh (skipIndexation) must not run in between: while a full
 * one is pending, partial ones are folded into it. Several requests in a frame cost one render.
 */
export interface Refresher {
  /** Re-run the reducers on every item (focus or filter changes); positions are not re-indexed. */
  all(): void;
  /** Re-run the reducers on these items only (a time step). */
  some(items: { nodes: string[]; edges: string[] }): void;
  cancel(): void;
}

export function createRefresher(renderer: Sigma): Refresher {
  let frame = 0;
  return {
    all() {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        renderer.refresh({ skipIndexation: true });
      });
    },
    some(items) {
      if (frame || (items.nodes.length === 0 && items.edges.length === 0)) return;
      renderer.refresh({ partialGraph: items, skipIndexation: true, schedule: true });
    },
    cancel() {
      cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
