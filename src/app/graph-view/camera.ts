import type Sigma from "sigma";
import { debounce } from "../debounce";
import type { CameraState, ViewStore } from "../state/store";

const round = (value: number) => Math.round(value * 10_000) / 10_000;
const snapshot = (state: CameraState): CameraState => ({
  x: round(state.x),
  y: round(state.y),
  ratio: round(state.ratio),
  angle: round(state.angle),
});

/** Two-way binding of sigma's camera and `store.camera`, so links and the URL keep the viewpoint. */
export function mountCameraSync(deps: { renderer: Sigma; store: ViewStore }): () => void {
  const { renderer, store } = deps;
  const camera = renderer.getCamera();
  const initial = store.get().camera;
  if (initial) camera.setState(initial);
  const onUpdated = debounce(() => store.set({ camera: snapshot(camera.getState()) }), 150);
  camera.on("updated", onUpdated);
  const unsubscribe = store.subscribe((state, changed) => {
    if (!changed.has("camera")) return;
    const wanted = state.camera;
    const now = snapshot(camera.getState());
    if (!wanted) camera.animatedReset({ duration: 300 });
    else if (JSON.stringify(wanted) !== JSON.stringify(now)) camera.setState(wanted);
  });
  return () => {
    onUpdated.cancel();
    camera.removeListener("updated", onUpdated);
    unsubscribe();
  };
}

/**
 * The camera state centred on an actor, zoomed in enough to read its neighbourhood, or null when
 * there is no such actor. The position is taken from the graph and framed through sigma's
 * normalisation (display data may be mid-refresh).
 */
export function centredOn(renderer: Sigma, node: string): CameraState | null {
  const graph = renderer.getGraph();
  if (!graph.hasNode(node)) return null;
  const { x, y } = graph.getNodeAttributes(node) as { x: number; y: number };
  const camera = renderer.getCamera();
  // Both conversions from the same camera state: sigma's cached matrix may lag a pending render.
  const cameraState = camera.getState();
  const framed = renderer.viewportToFramedGraph(renderer.graphToViewport({ x, y }, { cameraState }), {
    cameraState,
  });
  return { ...cameraState, ...framed, ratio: Math.min(camera.ratio, 0.5) };
}

/** Moves the camera to `centredOn` the actor, animated. */
export function centreOn(renderer: Sigma, node: string): Promise<void> {
  const state = centredOn(renderer, node);
  return state ? renderer.getCamera().animate(state, { duration: 400 }) : Promise.resolve();
}
