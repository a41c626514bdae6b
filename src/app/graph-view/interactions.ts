import type Sigma from "sigma";
import type { ViewStore } from "../state/store";
import type { Focus } from "./focus";
import type { Refresher } from "./refresher";

/** Pointer behaviour: hovering brings an actor's neighbourhood forward, clicking selects. */
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
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape" && store.get().selected) store.set({ selected: null });
  };
  container.addEventListener("keydown", onKey);
  return () => {
    container.removeEventListener("keydown", onKey);
    for (const type of [
      "enterNode",
      "leaveNode",
      "enterEdge",
      "leaveEdge",
      "clickNode",
      "clickEdge",
      "clickStage",
    ] as const)
      renderer.removeAllListeners(type);
  };
}
