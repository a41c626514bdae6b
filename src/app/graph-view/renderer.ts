import type Sigma from "sigma";
import { NodeCircleProgram, type EdgeProgramType } from "sigma/rendering";
import type Graph from "graphology";
import type { ExplorerGraph } from "../data/build-graph";
import { withActorActivity, type ActorActivity } from "./actor-activity-program";
import { withDrawableFlags } from "./edge-drawable-program";
import { edgeProgramClasses } from "./edge-programs";
import { programOf } from "./edge-program-names";
import { HeldSigma } from "./first-frame";
import type { ItemFlags } from "./flags-texture";
import { withEdgeFocus } from "./edge-focus-program";
import { FADED_EDGE, FADED_NODE } from "./palette";
import { createEdgeReducer, createNodeReducer, type ReducerContext } from "./reducers";
import { withBufferReuse } from "./buffer-reuse-program";
import { withPlacedLabels } from "./placed-labels-program";
import { exposePlacedLabels } from "./placed-label-boxes";
import { offerLargestLabelsFirst } from "./label-grid";
import { installPickingOnDemand, withPickingOnDemand } from "./picking-on-demand";
import { withTimeWindow, type TimeWindow } from "./time-window-program";
import { checkSigmaVersion } from "./sigma-internals";

export interface RendererOptions {
  /** Hide labels whose node is drawn smaller than this many pixels: zooming in reveals more. */
  labelRenderedSizeThreshold: number;
  /** How many labels per grid cell sigma may draw; lower is sparser. */
  labelDensity: number;
  labelGridCellSize: number;
}

export const DEFAULT_RENDERER_OPTIONS: RendererOptions = {
  labelRenderedSizeThreshold: 7,
  labelDensity: 2,
  labelGridCellSize: 100,
};

/** What the renderer's reducers and programs read to decide what to draw. */
export interface RendererInputs {
  context: ReducerContext;
  /** Tested by every edge program on the GPU. */
  timeWindow: TimeWindow;
  /** Per relation, whether the filters other than the time window let it be drawn (on the GPU). */
  drawable: ItemFlags;
  /**
   * Read by the node program on the GPU: idle actors are faded or left out, and while an item is
   * in focus, the others are faded (by the edge programs too).
   */
  activity: ActorActivity;
}

/**
 * The edge programs the graph's relations are drawn with, and "line" (sigma's default type): each
 * program is compiled and linked twice (drawing, picking) when the renderer starts, 5 to 10 ms a
 * pair in software WebGL, and a network without parallel or planned relations needs a third of
 * them. A renderer's set never changes: a relation's shape and status change only by corrections,
 * which mount a new one.
 */
function programsUsed(graph: ExplorerGraph, all: Record<string, EdgeProgramType>) {
  const used = new Set(["line"]);
  graph.forEachEdge((_edge, { curvature, status }, _source, _target, _s, _t, undirected) => {
    used.add(programOf(!undirected, curvature, status));
  });
  return Object.fromEntries(Object.entries(all).filter(([name]) => used.has(name)));
}

/**
 * Sigma over the explorer graph: the file's positions and sizes, drawing decided by the reducers,
 * except what the GPU decides: every edge program tests the time window and whether the other
 * filters let the relation be drawn, and the node program whether actors are active. Every program
 * sends the GPU only the items processed since the last render and draws its picking pass only
 * when the pointer asks, and labels that would overlap are left out. Nothing is drawn until
 * `drawFirstFrame`, once the page's layout is final.
 */
export function createRenderer(
  graph: ExplorerGraph,
  container: HTMLElement,
  { context, timeWindow, drawable, activity }: RendererInputs,
  options: Partial<RendererOptions> = {},
): Sigma {
  // Before any program patches sigma: a sigma other than the one patched fails here, by name.
  checkSigmaVersion();
  const settings = { ...DEFAULT_RENDERER_OPTIONS, ...options };
  const windowed = (program: EdgeProgramType) =>
    withBufferReuse(
      withEdgeFocus(
        withTimeWindow(withDrawableFlags(withPickingOnDemand(program), drawable), timeWindow),
        activity,
        FADED_EDGE,
      ),
    );
  const renderer = new HeldSigma(graph as unknown as Graph, container, {
    ...settings,
    renderEdgeLabels: false,
    enableEdgeEvents: true,
    labelFont: "system-ui, sans-serif",
    labelSize: 13,
    labelWeight: "500",
    defaultEdgeType: "line",
    minCameraRatio: 0.02,
    maxCameraRatio: 8,
    zIndex: false,
    nodeProgramClasses: {
      // Outermost, so that its label filter wraps the placed labels' drawing.
      circle: withActorActivity(
        withPlacedLabels(withBufferReuse(withPickingOnDemand(NodeCircleProgram))),
        activity,
        FADED_NODE,
      ),
    },
    edgeProgramClasses: programsUsed(graph, edgeProgramClasses(windowed)),
    nodeReducer: createNodeReducer(context),
    edgeReducer: createEdgeReducer(context),
  });
  installPickingOnDemand(renderer);
  offerLargestLabelsFirst(renderer);
  exposePlacedLabels();
  return renderer;
}
