import type Sigma from "sigma";
import { debounce } from "../debounce";
import { uncoveredArea } from "../panels/uncovered";
import type { CameraState, ViewStore } from "../state/store";

const round = (value: number) => Math.round(value * 10_000) / 10_000;
const snapshot = (state: CameraState): CameraState => ({
  x: round(state.x),
  y: round(state.y),
  ratio: round(state.ratio),
  angle: round(state.angle),
});

/** How long the camera must rest before the store (and so the URL) takes its state. */
const SETTLE_MS = 150;

/**
 * Two-way binding of sigma's camera and `store.camera`, so links and the URL keep the viewpoint.
 * The store takes the camera once it settles: not while a pointer is down on the graph, whose drag
 * steps can come further apart than the debounce when frames are slow (each then wrote the URL,
 * about 8 ms a step), but SETTLE_MS after the pointer is released and the camera last moved.
 */
export function mountCameraSync(deps: { renderer: Sigma; store: ViewStore }): () => void {
  const { renderer, store } = deps;
  const camera = renderer.getCamera();
  const initial = store.get().camera;
  if (initial) camera.setState(initial);
  let dragging = false;
  let movedWhileDown = false;
  const settle = debounce(() => store.set({ camera: snapshot(camera.getState()) }), SETTLE_MS);
  const onUpdated = () => {
    if (dragging) movedWhileDown = true;
    else settle();
  };
  camera.on("updated", onUpdated);
  const container = renderer.getContainer();
  const onDown = () => (dragging = true);
  const onUp = () => {
    if (!dragging) return;
    dragging = false;
    if (movedWhileDown) settle();
    movedWhileDown = false;
  };
  container.addEventListener("pointerdown", onDown);
  window.addEventListener("pointerup", onUp);
  window.addEventListener("pointercancel", onUp);
  const unsubscribe = store.subscribe((state, changed) => {
    if (!changed.has("camera")) return;
    const wanted = state.camera;
    const now = snapshot(camera.getState());
    if (!wanted) camera.animatedReset({ duration: 300 });
    else if (JSON.stringify(wanted) !== JSON.stringify(now)) camera.setState(wanted);
  });
  return () => {
    settle.cancel();
    camera.removeListener("updated", onUpdated);
    container.removeEventListener("pointerdown", onDown);
    window.removeEventListener("pointerup", onUp);
    window.removeEventListener("pointercancel", onUp);
    unsubscribe();
  };
}

export type Point = { x: number; y: number };

/** An actor's position in sigma's framed graph (what the camera's x and y are in), or null. */
function framedPosition(renderer: Sigma, node: string, cameraState: CameraState): Point | null {
  const graph = renderer.getGraph();
  if (!graph.hasNode(node)) return null;
  const { x, y } = graph.getNodeAttributes(node) as Point;
  // Both conversions from the same camera state: sigma's cached matrix may lag a pending render.
  return renderer.viewportToFramedGraph(renderer.graphToViewport({ x, y }, { cameraState }), { cameraState });
}

/** The camera state, at `base`'s zoom and angle, that shows the framed point `point` at the viewport point `at`. */
export function placing(renderer: Sigma, point: Point, at: Point, base: CameraState): CameraState {
  const cameraState = { ...base, x: point.x, y: point.y };
  // Moving the camera moves what every viewport point shows by as much.
  const seen = renderer.viewportToFramedGraph(at, { cameraState });
  return { ...cameraState, x: 2 * point.x - seen.x, y: 2 * point.y - seen.y };
}

/** The middle of the part of the view no side panel covers. */
export function freeCentre(renderer: Sigma): Point {
  const free = uncoveredArea(renderer.getContainer());
  return { x: free.x + free.width / 2, y: free.y + free.height / 2 };
}

/**
 * The camera state centred on an actor in the part of the view that no side panel covers, zoomed
 * in enough to read its neighbourhood (`zoom: false` keeps the zoom), or null when there is no
 * such actor. The position is taken from the graph (display data may be mid-refresh).
 */
export function centredOn(renderer: Sigma, node: string, zoom = true): CameraState | null {
  const camera = renderer.getCamera();
  const point = framedPosition(renderer, node, camera.getState());
  if (!point) return null;
  const ratio = zoom ? Math.min(camera.ratio, 0.5) : camera.ratio;
  return placing(renderer, point, freeCentre(renderer), { ...camera.getState(), ratio });
}

/** Moves the camera to `centredOn` the actor, animated. */
export function centreOn(renderer: Sigma, node: string): Promise<void> {
  const state = centredOn(renderer, node);
  return state ? renderer.getCamera().animate(state, { duration: 400 }) : Promise.resolve();
}
