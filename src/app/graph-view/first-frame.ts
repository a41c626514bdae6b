import Sigma from "sigma";
import { checkSigmaVersion, type SigmaRendering } from "./sigma-internals";

/**
 * Sigma whose constructor indexes the graph, as sigma's does, but draws nothing until
 * `drawFirstFrame`. The views mounted after the renderer (toolbar, timeline, status bar) shrink
 * its container, so sigma's own first frame was drawn for a size the page never showed, then drawn
 * again at the final size when the resize watch saw it: a whole frame more before the page showed
 * anything (0.2 s at 10k relations in software WebGL, 2.8 s at 100k).
 */
export class HeldSigma extends Sigma {}
const drawing = new WeakSet<object>();
const sigmaRender = (Sigma.prototype as unknown as SigmaRendering).render;
(HeldSigma.prototype as unknown as SigmaRendering).render = function (this: SigmaRendering) {
  if (drawing.has(this)) return sigmaRender.call(this);
  // What sigma's first render does before drawing: the view's size, the graph's extent and the
  // label grid, which the views mounting next read (positions in the view, the initial focus).
  this.resize();
  if (this.needToProcess) this.process();
  this.needToProcess = false;
  return this;
};

/**
 * Draws a renderer's first frame, at its container's size now; `onResized` runs first when that
 * differs from the size the graph was indexed at (the label grid depends on it), then
 * `beforeDrawing`, which may move the camera for the first view.
 */
export function drawFirstFrame(renderer: Sigma, onResized: () => void, beforeDrawing: () => void): void {
  checkSigmaVersion();
  drawing.add(renderer);
  const { width, height } = renderer.getDimensions();
  renderer.resize();
  const now = renderer.getDimensions();
  if (now.width !== width || now.height !== height) onResized();
  // The camera's first view ("?actor=" in view, clear of the panels) is taken at the final size.
  beforeDrawing();
  (renderer as unknown as SigmaRendering).render();
  // Sent to the GPU now, so that it draws while the page mounts what the frame does not need.
  for (const canvas of Object.values(renderer.getCanvases()))
    (canvas.getContext("webgl2") ?? canvas.getContext("webgl"))?.flush();
}
