import type Sigma from "sigma";
import { PANEL_TOGGLED } from "../panels/side-panels";
import { holds, uncoveredArea } from "../panels/uncovered";
import type { CameraState, ViewStore } from "../state/store";
import { centredOn, type Point } from "./camera";
import { fittedTo } from "./camera-fit";

/** How far inside the free part of the view, in pixels, the selected actor's disc must be to stay put. */
const CLEAR_MARGIN_PX = 12;

/**
 * Where the camera goes after a change, so that what the reader asked for is in sight: with the
 * ego filter on, a new ego actor, or the filter turned on, refits the camera to the actors shown;
 * otherwise, a selected actor that a side panel covers, or that lies outside the view, is centred
 * in the part no panel covers, at the same zoom. It also runs when a panel opens over the graph,
 * and once at mount (at once, not animated), unless the link names a viewpoint (`cam=`).
 * A move already under way (search centres its choice itself) is left to finish.
 */
export function mountCameraFollow(deps: {
  renderer: Sigma;
  store: ViewStore;
  isNodeVisible: (key: string) => boolean;
}): () => void {
  const { renderer, store, isNodeVisible } = deps;
  const camera = renderer.getCamera();
  const egoFit = () => {
    const { ego, egoCentre } = store.get();
    if (ego === 0 || egoCentre === null) return null;
    return fittedTo(renderer, renderer.getGraph().filterNodes(isNodeVisible));
  };
  const selectedCovered = () => {
    const selected = store.get().selected;
    if (selected?.type !== "node" || !renderer.getGraph().hasNode(selected.key)) return null;
    const cameraState = camera.getState();
    const position = renderer.getGraph().getNodeAttributes(selected.key) as Point;
    const data = renderer.getNodeDisplayData(selected.key);
    const disc = {
      ...renderer.graphToViewport(position, { cameraState }),
      radius: renderer.scaleSize(data?.size ?? 0),
    };
    return holds(uncoveredArea(renderer.getContainer()), disc, CLEAR_MARGIN_PX) ? null : selected.key;
  };
  const follow = (refit: boolean, animate: boolean) => {
    const move = (state: CameraState | null) => {
      if (!state) return;
      if (animate) void camera.animate(state, { duration: 400 });
      else camera.setState(state);
    };
    if (refit) return move(egoFit());
    const covered = selectedCovered();
    if (covered === null || (animate && camera.isAnimated())) return;
    move(egoFit() ?? centredOn(renderer, covered, false));
  };
  let frame = 0;
  let refitDue = false;
  const soon = (refit: boolean) => {
    refitDue ||= refit;
    cancelAnimationFrame(frame);
    // After the change has been drawn and the panels have opened.
    frame = requestAnimationFrame(() => {
      const refit = refitDue;
      refitDue = false;
      follow(refit, true);
    });
  };
  const unsubscribe = store.subscribe((state, changed) => {
    const egoMoved = changed.has("ego") || changed.has("egoCentre");
    if (egoMoved && state.ego !== 0 && state.egoCentre !== null) soon(true);
    else if (changed.has("selected")) soon(false);
  });
  const onPanel = () => soon(false);
  document.body.addEventListener(PANEL_TOGGLED, onPanel);
  if (!store.get().camera) follow(egoFit() !== null, false);
  return () => {
    cancelAnimationFrame(frame);
    unsubscribe();
    document.body.removeEventListener(PANEL_TOGGLED, onPanel);
  };
}
