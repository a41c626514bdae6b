import type Sigma from "sigma";
import type { Refresher } from "./refresher";
import { rendererInternals } from "./sigma-internals";

/**
 * Keeps the view sized to its container: sigma follows only the window, while panels mounting or
 * a grid that stacks resize the container too. Of what sigma builds, only the grid it picks labels
 * from depends on the size, so a resize rebuilds that grid and redraws. Sigma's own window
 * listener re-indexes every actor and relation instead (4.4 s at a million relations), and so did
 * this watch at load, on the observer's first report of a size sigma already had: that listener
 * is detached, and a report of an unchanged size does nothing.
 */
export function mountResizeWatch(renderer: Sigma, refresher: Refresher): () => void {
  const container = renderer.getContainer();
  const sigmaListener = rendererInternals(renderer).activeListeners.handleResize;
  if (sigmaListener) window.removeEventListener("resize", sigmaListener as () => void);
  let size = renderer.getDimensions();
  let frame = 0;
  const observer = new ResizeObserver(() => {
    const { offsetWidth: width, offsetHeight: height } = container;
    if (width === size.width && height === size.height) return;
    size = { width, height };
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      renderer.resize();
      refresher.relabelNow();
    });
  });
  observer.observe(container);
  return () => {
    cancelAnimationFrame(frame);
    observer.disconnect();
  };
}
