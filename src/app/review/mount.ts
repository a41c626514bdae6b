import { mountExplorer } from "../app";
import type { PackedNetwork } from "../data/packed-network";
import { el, slot } from "../dom";
import type { ViewState, ViewStore } from "../state/store";
import { loadHistory, saveHistory } from "./persist";
import { DEFAULT_TABLE_QUERY } from "./query";
import { mountRelationsTable, type TableMemory } from "./relations-table";
import { mountReviewBar } from "./review-bar";
import { createReviewSession } from "./session";

/**
 * The explorer with review: the network as corrected, the relations table, and the corrections
 * kept in IndexedDB under the network's name. A correction replays the list and mounts the
 * explorer again on the result, keeping the view (filters, window, camera, selection) and the
 * table's query, so that every view and export shows the corrected network.
 */
export function mountReview(network: PackedNetwork, initial: Partial<ViewState>, name: string): () => void {
  const session = createReviewSession(network);
  const memory: TableMemory = { query: DEFAULT_TABLE_QUERY, scrollTop: 0, actor: null };
  const tableSlot = el("div", { className: "relations-slot", id: "relations-slot" });
  slot("graph").after(tableSlot);
  let store: ViewStore | null = null;
  let unmountExplorer = () => undefined as void;
  const mount = (state: Partial<ViewState>) => {
    unmountExplorer();
    unmountExplorer = mountExplorer(session.view().network, state, {
      corrections: { record: session.record },
      views: (context) => {
        store = context.store;
        return [mountRelationsTable(tableSlot, { ...context, memory })];
      },
    });
  };
  mount(initial);
  const unmountBar = mountReviewBar(slot("status-slot"), session);
  let loaded = false;
  const unsubscribe = session.subscribe(() => {
    mount({ ...(store?.get() ?? initial), playing: false });
    if (loaded) void saveHistory(name, session.history());
  });
  let alive = true;
  void loadHistory(name).then((history) => {
    if (!alive) return;
    if (history.entries.length > 0) session.replace(history);
    loaded = true;
    document.body.dataset.corrections = "loaded";
  });
  return () => {
    alive = false;
    delete document.body.dataset.corrections;
    unsubscribe();
    unmountBar();
    unmountExplorer();
    tableSlot.remove();
  };
}
