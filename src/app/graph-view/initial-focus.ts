import type Sigma from "sigma";
import type { ViewStore } from "../state/store";
import { centredOn } from "./camera";

/** How far inside the view's edges, in pixels, an actor's disc must be to count as in view. */
const MARGIN_PX = 24;

/**
 * A link that names an actor (`?actor=`) but no viewpoint (`?cam=`) opens with the actor in view,
 * whatever the window's size. The whole network usually is; where the actor's disc is not inside
 * the view, the camera is centred on it, at once and at the same zoom, so the first frame drawn is
 * already the view the link asked for. A later resize keeps the camera's centre.
 */
export function mountInitialFocus(renderer: Sigma, store: ViewStore): () => void {
  const { selected, camera } = store.get();
  if (camera || selected?.type !== "node") return () => undefined;
  const data = renderer.getNodeDisplayData(selected.key);
  if (!data) return () => undefined;
  // With the camera's state given, the matrix is computed now: before the first frame, sigma's own
  // is not yet set for the view's size.
  const { x, y } = renderer.framedGraphToViewport(data, { cameraState: renderer.getCamera().getState() });
  const { width, height } = renderer.getDimensions();
  const inView = x >= MARGIN_PX && x <= width - MARGIN_PX && y >= MARGIN_PX && y <= height - MARGIN_PX;
  const state = inView ? null : centredOn(renderer, selected.key);
  if (state) renderer.getCamera().setState({ x: state.x, y: state.y });
  return () => undefined;
}
