import type Graph from "graphology";
import type Sigma from "sigma";
import type { NodeDisplayData } from "sigma/types";
import type { PackedNetwork } from "./data/packed-network";
import { buildGraph, type ExplorerGraph } from "./data/build-graph";
import { VisibilityIndex } from "./data/visibility";
import { slot } from "./dom";
import { mountDetails } from "./details/details";
import { mountFilters } from "./filters/filters";
import { mountCameraSync } from "./graph-view/camera";
import { mountCameraFollow } from "./graph-view/camera-follow";
import { mountInitialFocus } from "./graph-view/initial-focus";
import { createFocus } from "./graph-view/focus";
import { mountInteractions } from "./graph-view/interactions";
import { mountLayoutControls } from "./graph-view/layout-controls";
import { mountLegend } from "./graph-view/legend";
import { drawsIdle, type ActorActivity } from "./graph-view/actor-activity-program";
import { createRefresher } from "./graph-view/refresher";
import { rebuildLabelGrid } from "./graph-view/label-grid";
import { drawFirstFrame } from "./graph-view/first-frame";
import { createRenderer } from "./graph-view/renderer";
import { mountResizeWatch } from "./graph-view/resize";
import { mountVisibilitySync } from "./graph-view/sync";
import { createTimeWindow } from "./graph-view/time-window-program";
import { mountExport } from "./export";
import { timed } from "./load/phases";
import { createActorLook } from "./look/actor-look";
import { mountLookSync } from "./look/look-sync";
import { createMetricSource } from "./look/metric-source";
import { mountTimeline } from "./timeline";
import { mountSearch } from "./search/search";
import { mountCopyLink } from "./share/copy-link";
import { createViewStore, type ViewState, type ViewStore } from "./state/store";
import { mountUrlSync } from "./state/url";
import { mountStatus } from "./status/status";
import { mountSelectedFlag } from "./selected-flag";
import type { CorrectionActions } from "./details/correction-actions";

/** Test and benchmark hook: `window.__explorer` exposes the live renderer, graph and store. */
export interface ExplorerHandle {
  renderer: Sigma;
  graph: ExplorerGraph;
  store: ViewStore;
  visibility: VisibilityIndex;
  /** The export view's programmatic API, once mounted. */
  exportApi?: unknown;
}

/** What a caller adds to the explorer: where corrections go, and views of its own over the live graph. */
export interface ExplorerExtras {
  corrections?: CorrectionActions;
  views?(context: { graph: ExplorerGraph; store: ViewStore; visibility: VisibilityIndex }): Array<() => void>;
}

declare global {
  interface Window {
    __explorer?: ExplorerHandle;
  }
}

/** Builds the graph and mounts every view into the page skeleton; returns the cleanup of all. */
export function mountExplorer(
  network: PackedNetwork,
  initial: Partial<ViewState>,
  extras: ExplorerExtras = {},
): () => void {
  const graph = timed("build graph", buildGraph, network);
  const store = createViewStore(initial);
  const visibility = timed("visibility index", () => {
    const index = new VisibilityIndex(graph);
    index.update(store.get());
    return index;
  });
  const look = createActorLook(graph, visibility.topology, store.get().colourBy);
  document.body.dataset.sizedBy = look.sizedBy;
  const timeWindow = createTimeWindow(store.get().range);
  const focus = createFocus(graph, store, visibility);
  const activity: ActorActivity = {
    get flags() {
      return visibility.nodeActive;
    },
    get version() {
      return visibility.activityVersion;
    },
    hideIdle: () => store.get().isolated === "hide",
    focused: () => focus.current() !== null,
  };
  const renderer = timed("renderer", () =>
    createRenderer(graph, slot("graph"), {
      context: { visibility, state: store.get, highlight: focus.current, look },
      timeWindow,
      drawable: {
        get flags() {
          return visibility.edgeDrawable;
        },
        get version() {
          return visibility.drawableVersion;
        },
      },
      activity,
    }),
  );
  const isLabelLeftOut = (data: NodeDisplayData) => drawsIdle(activity, data);
  const refresher = createRefresher(renderer, isLabelLeftOut);
  const isEdgeVisible = (key: string) => visibility.isEdgeShown(key);
  const isNodeVisible = (key: string) =>
    visibility.isNodeActive(key) || (visibility.isNodeShown(key) && store.get().isolated === "fade");
  const asGraph = graph as unknown as Graph;
  const statusCounts = visibility.countByStatus();
  let pendingExport: unknown;
  const cleanups = timed("views", () => [
    mountVisibilitySync({ refresher, focus, store, visibility, timeWindow }),
    mountInteractions({ renderer, store, focus, refresher }),
    mountCameraSync({ renderer, store }),
    mountSelectedFlag(store),
    mountLayoutControls(slot("view-controls"), { renderer, graph, store }),
    mountLegend(slot("legend-slot"), { statusCounts, store, look }),
    mountLookSync({
      store,
      look,
      renderer,
      refresher,
      metrics: createMetricSource(visibility.topology),
    }),
    // Tests and the benchmark wait on it: the metric the discs are sized by now.
    look.onSized((metric) => (document.body.dataset.sizedBy = metric)),
    mountFilters(slot("filters-slot"), { graph, store, visibility }),
    mountSearch(slot("search-slot"), { graph, store, renderer }),
    mountCopyLink(slot("share-slot"), { store }),
    mountDetails(slot("details-slot"), { graph, store, isEdgeVisible, corrections: extras.corrections }),
    mountStatus(slot("status-slot"), { store, visibility }),
    mountTimeline(slot("timeline-slot"), { relations: visibility.datedRelations(), store }),
    mountExport(slot("export-slot"), {
      renderer,
      graph: asGraph,
      store,
      communities: look.communities,
      isEdgeVisible,
      isNodeVisible,
      isLabelLeftOut,
      onReady: (api) => {
        if (window.__explorer) window.__explorer.exportApi = api;
        else pendingExport = api;
      },
    }),
    mountUrlSync(store),
  ]);
  // Once the caller has mounted what it adds around the explorer (the review bar), in the same
  // task, the container has its final size: the first frame, drawn once, at that size; the resize
  // watch starts from it. The caller's views (the relations table, folded away until asked for)
  // mount after it, while the GPU draws it.
  let mounted = true;
  queueMicrotask(() => {
    if (!mounted) return;
    drawFirstFrame(
      renderer,
      () => rebuildLabelGrid(renderer, isLabelLeftOut),
      // At the final size, and after the details, which open over the graph on a narrow screen
      // when a link names an actor.
      () =>
        cleanups.push(
          mountInitialFocus(renderer, store),
          mountCameraFollow({ renderer, store, isNodeVisible }),
        ),
    );
    cleanups.push(mountResizeWatch(renderer, refresher));
    cleanups.push(
      ...timed("views after the first frame", () => extras.views?.({ graph, store, visibility }) ?? []),
    );
  });
  window.__explorer = { renderer, graph, store, visibility, exportApi: pendingExport };
  return () => {
    mounted = false;
    delete window.__explorer;
    for (const cleanup of cleanups.reverse()) cleanup();
    refresher.cancel();
    renderer.kill();
  };
}
