import type { VisibilityIndex } from "../data/visibility";
import type { ViewStateKey, ViewStore } from "../state/store";
import type { Refresher } from "./refresher";

const FILTER_KEYS: ViewStateKey[] = [
  "range",
  "showUndated",
  "edgeTypes",
  "actorKinds",
  "minDegree",
  "community",
];

/**
 * Keeps the visibility index in step with the store and tells sigma what to redraw: a time step
 * refreshes only the edges and actors it touched; other filters and focus changes refresh all,
 * without re-indexing positions. The graph's data is never written.
 */
export function mountVisibilitySync(deps: {
  refresher: Refresher;
  store: ViewStore;
  visibility: VisibilityIndex;
}): () => void {
  const { refresher, store, visibility } = deps;
  return store.subscribe((state, changed) => {
    const filtersChanged = FILTER_KEYS.some((key) => changed.has(key));
    if (filtersChanged) {
      const change = visibility.update(state);
      if (!change.full && !changed.has("selected") && !changed.has("isolated")) {
        refresher.some(change);
        return;
      }
    }
    if (filtersChanged || changed.has("selected") || changed.has("isolated")) refresher.all();
  });
}
