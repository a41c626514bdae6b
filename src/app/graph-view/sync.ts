import type { VisibilityIndex } from "../data/visibility";
import { FILTER_KEYS, type ViewStore } from "../state/store";
import type { Focus } from "./focus";
import type { Refresher } from "./refresher";
import type { TimeWindow } from "./time-window-program";

/**
 * Keeps the visibility index and the edge programs' time window in step with the store, and tells
 * sigma what to redraw: a time step moves the window (drawn by the edge programs) and the actors'
 * activity (drawn by the node program); a filter change moves the relations' drawable flags
 * (drawn by the edge programs); either refreshes only the actors that appeared or disappeared,
 * those that entered or left the focused actor's neighbours, and the selection when it became
 * active or idle, and rebuilds the label grid once the changes pause; a new selection refreshes
 * the old and new focus; a new way of showing idle actors redraws; a filter change that comes
 * with a new selection refreshes all. The graph's data is never written.
 */
export function mountVisibilitySync(deps: {
  refresher: Refresher;
  focus: Focus;
  store: ViewStore;
  visibility: VisibilityIndex;
  timeWindow: TimeWindow;
}): () => void {
  const { refresher, focus, store, visibility, timeWindow } = deps;
  return store.subscribe((state, changed) => {
    const filtersChanged = FILTER_KEYS.some((key) => changed.has(key));
    if (filtersChanged) {
      timeWindow.set(state.range);
      const selected = state.selected?.type === "node" ? state.selected.key : null;
      const selectedWasActive = selected !== null && visibility.isNodeActive(selected);
      const change = visibility.update(state);
      if (!change.full && !changed.has("selected")) {
        // The selection's look is the reducer's, active or not: it is processed again on a flip.
        const selectedFlipped = selected !== null && visibility.isNodeActive(selected) !== selectedWasActive;
        // The focused actor's neighbours are those of the relations shown: the actors that entered
        // or left them are processed again. Its relations stay in focus, shown or not, so no
        // relation is processed again: the edge programs read the window and the drawable flags.
        const refocused = focus.refocus();
        const nodes = new Set([...change.nodes, ...refocused.nodes]);
        if (selectedFlipped) nodes.add(selected);
        refresher.some({ nodes: [...nodes], edges: refocused.edges });
        if (change.nodes.length > 0 || change.activityChanged) refresher.relabel();
        return;
      }
    }
    if (filtersChanged) {
      focus.refocus();
      refresher.all();
    } else if (changed.has("selected")) refresher.some(focus.refocus());
    // The node program fades or leaves out idle actors as it draws them: a redraw is enough.
    else if (changed.has("isolated")) refresher.some({ nodes: [], edges: [] });
  });
}
