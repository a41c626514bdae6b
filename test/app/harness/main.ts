import Sigma from "sigma";
import { mountExport, type ExportApi } from "../../../src/app/export";
import { createViewStore, type ViewStore } from "../../../src/app/state/store";
import { ACTOR_KIND_COLORS, EDGE_TYPE_COLORS } from "../../../src/app/theme";
import { isoToDay } from "../../../src/app/time";
import { mountTimeline } from "../../../src/app/timeline";
import { collectRelations } from "../../../src/app/timeline/bins";
import type { ActorKind, RelationType } from "../../../src/schema";
import { syntheticNetwork } from "./network";

/** A stand-in for the explorer page: a sigma view, the timeline and the export buttons. */
const graph = syntheticNetwork();
const store = createViewStore();
const isEdgeVisible = (key: string): boolean => {
  const { range, showUndated, edgeTypes } = store.get();
  const day = isoToDay(graph.getEdgeAttribute(key, "date") as string | null);
  if (!edgeTypes.includes(graph.getEdgeAttribute(key, "type") as RelationType)) return false;
  if (day === null) return showUndated;
  return !range || (day >= range[0] && day <= range[1]);
};
const renderer = new Sigma(graph, document.getElementById("graph")!, {
  nodeReducer: (_key, data) => ({ ...data, color: ACTOR_KIND_COLORS[data.kind as ActorKind] }),
  // The relation's "type" would name a sigma edge program: draw every relation as a line.
  edgeReducer: (key, data) => ({
    ...data,
    type: "line",
    color: EDGE_TYPE_COLORS[data.type as RelationType],
    hidden: !isEdgeVisible(key),
  }),
});
store.subscribe(() => renderer.refresh({ skipIndexation: true }));

let exportApi: ExportApi | null = null;
const cleanups = [
  mountTimeline(document.getElementById("timeline")!, { relations: collectRelations(graph), store }),
  mountExport(document.getElementById("export")!, {
    renderer,
    graph,
    store,
    isEdgeVisible,
    isNodeVisible: () => true,
    onReady: (api) => (exportApi = api),
  }),
];

declare global {
  interface Window {
    harness: { store: ViewStore; exportApi: () => ExportApi | null; unmount(): void };
  }
}
window.harness = { store, exportApi: () => exportApi, unmount: () => cleanups.forEach((c) => c()) };
