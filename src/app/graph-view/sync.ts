import type { VisibilityIndex } from "../data/visibility";
import { FILTER_KEYS, type ViewStore } from "../state/store";
import type { Refresher } from "./refresher";
import type { TimeWindow } from "./time-window-program";

/**
 * Keeps the visibility index and the edge programs' time window in step with the store, and tells
 * sigma what to redraw: a time step moves the window and refreshes only the actors whose look
 * changed (and the relations of actors that appeared or disappeared), and rebuilds the label grid
 * once the steps pause; other filters and focus changes refresh all. The graph's data is never
 * written.
 */
export function mountVisibilitySync(deps: {
  refresher: Refresher;
  store: ViewStore;
  visibility: VisibilityIndex;
  timeWindow: TimeWindow;
}): () => void {
  const { refresher, store, visibility, timeWindow } = deps;
  return store.subscribe((state, changed) => {
    const filtersChanged = FILTER_KEYS.some((key) => changed.has(key));
    if (filtersChanged) {
      timeWindow.set(state.range);
      const change = visibility.update(state);
      if (!change.full && !changed.has("selected") && !changed.has("isolated")) {
        refresher.some(change);
        if (change.nodes.length > 0) refresher.relabel();
        return;
      }
    }
    if (filtersChanged || changed.has("selected") || changed.has("isolated")) refresher.all();
  });
}
