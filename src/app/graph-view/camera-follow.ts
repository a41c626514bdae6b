import type Sigma from "sigma";
import { PANEL_TOGGLED } from "../panels/side-panels";
import { holds, panelsCover, uncoveredArea } from "../panels/uncovered";
import type { CameraState, ViewStore } from "../state/store";
import { centredOn, type Point } from "./camera";
import { fittedTo } from "./camera-fit";

/** How far inside the free part of the view, in pixels, the selected actor's disc must be to stay put. */
const CLEAR_MARGIN_PX = 12;
/** The most a selection's framing zooms in at once: the reader keeps their bearings. */
const MAX_ZOOM_IN = 2;

/**
 * Where the camera goes after a change, so that what the reader asked for is in sight: with the
 * ego filter on, a new ego actor, or the filter turned on, refits the camera to the actors shown;
 * otherwise the selected actor and those it dealt with are framed in the part no panel covers:
 * always where panels lie over the graph (zooming in at most twofold), elsewhere only when the
 * view's edge hides one of them (zooming out only). It also runs when a panel opens over the
 * graph, and once at mount (at once, not animated), unless the link names a viewpoint (`cam=`).
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
  const inSight = (node: string) => {
    const position = renderer.getGraph().getNodeAttributes(node) as Point;
    const disc = {
      ...renderer.graphToViewport(position, { cameraState: camera.getState() }),
      radius: renderer.scaleSize(renderer.getNodeDisplayData(node)?.size ?? 0),
    };
    return holds(uncoveredArea(renderer.getContainer()), disc, CLEAR_MARGIN_PX);
  };
  const selectedNode = () => {
    const selected = store.get().selected;
    return selected?.type === "node" && renderer.getGraph().hasNode(selected.key) ? selected.key : null;
  };
  const neighbourhoodOf = (node: string) => [
    node,
    ...renderer.getGraph().neighbors(node).filter(isNodeVisible),
  ];
  const follow = (refit: boolean, animate: boolean) => {
    const move = (state: CameraState | null) => {
      if (!state) return;
      if (animate) void camera.animate(state, { duration: 400 });
      else camera.setState(state);
    };
    if (refit) return move(egoFit());
    const selected = selectedNode();
    if (selected === null || (animate && camera.isAnimated())) return;
    const neighbourhood = neighbourhoodOf(selected);
    // Where side panels lie over the graph, the band they leave is narrow: the selection's
    // neighbourhood is framed in it, closer if there is room, so that the panel listing those
    // actors never hides them and their labels find places.
    const overPanels = panelsCover(renderer.getContainer());
    if (!overPanels && neighbourhood.every(inSight)) return;
    const closest = overPanels ? camera.ratio / MAX_ZOOM_IN : camera.ratio;
    move(egoFit() ?? fittedTo(renderer, neighbourhood, closest) ?? centredOn(renderer, selected, false));
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
