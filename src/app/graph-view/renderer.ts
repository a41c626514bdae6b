import Sigma from "sigma";
import {
  createEdgeCompoundProgram,
  EdgeArrowHeadProgram,
  EdgeClampedProgram,
  EdgeRectangleProgram,
  NodeCircleProgram,
} from "sigma/rendering";
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import type Graph from "graphology";
import type { ExplorerGraph } from "../data/build-graph";
import type { HiddenActors } from "./hidden-actors";
import { createEdgeReducer, createNodeReducer, type ReducerContext } from "./reducers";
import { withBufferReuse } from "./buffer-reuse-program";
import { withPlacedLabels } from "./placed-labels-program";
import { withTimeWindow, type TimeWindow } from "./time-window-program";

export interface RendererOptions {
  /** Hide labels whose node is drawn smaller than this many pixels: zooming in reveals more. */
  labelRenderedSizeThreshold: number;
  /** How many labels per grid cell sigma may draw; lower is sparser. */
  labelDensity: number;
  labelGridCellSize: number;
}

export const DEFAULT_RENDERER_OPTIONS: RendererOptions = {
  labelRenderedSizeThreshold: 7,
  labelDensity: 0.4,
  labelGridCellSize: 120,
};

/**
 * Sigma over the explorer graph: the file's positions and sizes, drawing decided by the reducers,
 * except the time window, which every edge program tests on the GPU against `timeWindow`. Every
 * program sends the GPU only the items processed since the last render, and labels that would
 * overlap are left out.
 */
export function createRenderer(
  graph: ExplorerGraph,
  container: HTMLElement,
  context: ReducerContext,
  timeWindow: TimeWindow,
  hiddenActors: HiddenActors,
  options: Partial<RendererOptions> = {},
): Sigma {
  const settings = { ...DEFAULT_RENDERER_OPTIONS, ...options };
  const windowed = (program: Parameters<typeof withTimeWindow>[0]) =>
    withBufferReuse(withTimeWindow(program, timeWindow));
  return new Sigma(graph as unknown as Graph, container, {
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
    nodeProgramClasses: { circle: withPlacedLabels(withBufferReuse(NodeCircleProgram)) },
    edgeProgramClasses: {
      line: windowed(EdgeRectangleProgram),
      // Sigma's arrow is this same pair (a line stopping short of the node, and a head).
      arrow: createEdgeCompoundProgram([windowed(EdgeClampedProgram), windowed(EdgeArrowHeadProgram)]),
      curved: windowed(EdgeCurveProgram),
      curvedArrow: windowed(EdgeCurvedArrowProgram),
    },
    nodeReducer: hiddenActors.watch(createNodeReducer(context)),
    edgeReducer: createEdgeReducer(context),
  });
}
