import type Sigma from "sigma";
import { uncoveredArea } from "../panels/uncovered";
import type { CameraState } from "../state/store";
import { freeCentre, placing, type Point } from "./camera";

/** Room kept above and below the actors a fit frames, in pixels, besides their discs. */
const FIT_PADDING_PX = 24;
/** The most of the free width, on each side, kept for labels that lie beside their discs. */
const FIT_LABEL_SHARE = 0.22;
/** The closest a fit zooms in: a lone actor or two close ones are not blown up. */
const FIT_MIN_RATIO = 0.1;

let measuring: CanvasRenderingContext2D | null = null;
/** The widest of these actors' labels, in pixels, in the renderer's label font. */
function widestLabel(renderer: Sigma, nodes: readonly string[]): number {
  measuring ??= document.createElement("canvas").getContext("2d");
  if (!measuring) return 0;
  const { labelWeight, labelSize, labelFont } = renderer.getSettings();
  measuring.font = `${labelWeight} ${labelSize}px ${labelFont}`;
  const graph = renderer.getGraph();
  return Math.max(
    0,
    ...nodes.map((node) => measuring!.measureText(String(graph.getNodeAttribute(node, "label") ?? "")).width),
  );
}

/**
 * The camera state that frames these actors in the part of the view no side panel covers, with
 * room for their discs, and beside them for their labels (up to a share of the width), or null
 * when there are none; never closer than the ratio `closest`. The angle is kept.
 */
export function fittedTo(renderer: Sigma, nodes: readonly string[], closest = 0): CameraState | null {
  const graph = renderer.getGraph();
  const shown = nodes.filter((node) => graph.hasNode(node));
  if (shown.length === 0) return null;
  const cameraState = renderer.getCamera().getState();
  const onScreen = shown.map((node) =>
    renderer.graphToViewport(graph.getNodeAttributes(node) as Point, { cameraState }),
  );
  const xs = onScreen.map((p) => p.x);
  const ys = onScreen.map((p) => p.y);
  const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const centre = renderer.viewportToFramedGraph(
    { x: (left + right) / 2, y: (top + bottom) / 2 },
    { cameraState },
  );
  const free = uncoveredArea(renderer.getContainer());
  const disc = Math.max(
    ...shown.map((node) => renderer.scaleSize(renderer.getNodeDisplayData(node)?.size ?? 0)),
  );
  const across = disc + Math.min(widestLabel(renderer, shown), free.width * FIT_LABEL_SHARE);
  const down = disc + FIT_PADDING_PX;
  // At ratio r the actors' box is (r0 / r) times its size now: the ratio that makes it just fit.
  const scale = Math.max(
    (right - left) / Math.max(1, free.width - 2 * across),
    (bottom - top) / Math.max(1, free.height - 2 * down),
  );
  const ratio = Math.max(FIT_MIN_RATIO, cameraState.ratio * scale, closest);
  return placing(renderer, centre, freeCentre(renderer), { ...cameraState, ratio });
}
