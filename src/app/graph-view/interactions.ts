import type Sigma from "sigma";
import type { ViewStore } from "../state/store";
import type { Focus } from "./focus";
import { lookUpOnlyWhenNeeded } from "./pointer-lookups";
import type { Refresher } from "./refresher";
import { rendererInternals } from "./sigma-internals";

/**
 * Pointer behaviour: hovering brings an actor's neighbourhood forward, clicking selects. What is
 * under the pointer is looked up at most once a frame, and not during a drag nor while playing.
 */
export function mountInteractions(deps: {
  renderer: Sigma;
  store: ViewStore;
  focus: Focus;
  refresher: Refresher;
}): () => void {
  const { renderer, store, focus } = deps;
  const container = renderer.getContainer();
  const hover = (selection: Parameters<Focus["hover"]>[0]) => {
    focus.hover(selection);
    container.style.cursor = selection ? "pointer" : "";
    // The programs fade the rest: only the old and the new neighbourhood are processed again.
    deps.refresher.some(focus.refocus());
  };
  renderer.on("enterNode", ({ node }) => hover({ type: "node", key: node }));
  renderer.on("leaveNode", () => hover(null));
  renderer.on("enterEdge", ({ edge }) => hover({ type: "edge", key: edge }));
  renderer.on("leaveEdge", () => hover(null));
  renderer.on("clickNode", ({ node }) => store.set({ selected: { type: "node", key: node } }));
  renderer.on("clickEdge", ({ edge }) => store.set({ selected: { type: "edge", key: edge } }));
  renderer.on("clickStage", () => store.set({ selected: null }));
  renderer.on("leaveStage", () => {
    if (forgetHovered(renderer)) deps.refresher.some({ nodes: [], edges: [] });
  });
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape" && store.get().selected) store.set({ selected: null });
  };
  container.addEventListener("keydown", onKey);
  // While the timeline plays, the picture moves under a still pointer: nothing is hovered.
  const stopLookups = lookUpOnlyWhenNeeded(renderer, () => store.get().playing);
  return () => {
    stopLookups();
    container.removeEventListener("keydown", onKey);
    for (const type of [
      "enterNode",
      "leaveNode",
      "enterEdge",
      "leaveEdge",
      "clickNode",
      "clickEdge",
      "clickStage",
      "leaveStage",
    ] as const)
      renderer.removeAllListeners(type);
  };
}

/**
 * When the pointer leaves the view straight from a disc or a relation, sigma (3.0) emits the leave
 * event but keeps the item as hovered (sigma.js#1327): the disc's hover box stays drawn, and a
 * pointer coming back onto the same relation gets no enter event. Resets both; returns whether
 * there was any to reset (the view is then to be redrawn).
 */
function forgetHovered(renderer: Sigma): boolean {
  const internals = rendererInternals(renderer);
  if (internals.hoveredNode === null && internals.hoveredEdge === null) return false;
  internals.hoveredNode = null;
  internals.hoveredEdge = null;
  return true;
}
