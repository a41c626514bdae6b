import Sigma from "sigma";
import { EdgeArrowProgram, EdgeRectangleProgram } from "sigma/rendering";
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import type Graph from "graphology";
import type { ExplorerGraph } from "../data/build-graph";
import { createEdgeReducer, createNodeReducer, type ReducerContext } from "./reducers";

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

/** Sigma over the explorer graph: the file's positions and sizes, drawing decided by the reducers. */
export function createRenderer(
  graph: ExplorerGraph,
  container: HTMLElement,
  context: ReducerContext,
  options: Partial<RendererOptions> = {},
): Sigma {
  const settings = { ...DEFAULT_RENDERER_OPTIONS, ...options };
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
    edgeProgramClasses: {
      line: EdgeRectangleProgram,
      arrow: EdgeArrowProgram,
      curved: EdgeCurveProgram,
      curvedArrow: EdgeCurvedArrowProgram,
    },
    nodeReducer: createNodeReducer(context),
    edgeReducer: createEdgeReducer(context),
  });
}
