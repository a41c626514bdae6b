import type Sigma from "sigma";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";
import type Graph from "graphology";
import type { ExplorerGraph } from "../data/build-graph";
import type { ViewStore } from "../state/store";
import { el } from "../dom";
import { panelsCover } from "../panels/uncovered";
import { fittedTo } from "./camera-fit";

const LAYOUT_SECONDS = 6;

/**
 * Reset view (fitted to the part of the graph no side panel covers), and ForceAtlas2 re-run in
 * graphology's web worker (stops by itself after a few seconds); the file's own layout can be
 * restored at any time.
 */
export function mountLayoutControls(
  container: HTMLElement,
  deps: { renderer: Sigma; graph: ExplorerGraph; store: ViewStore },
): () => void {
  const { renderer, graph, store } = deps;
  const original = new Map(graph.mapNodes((key, { x, y }) => [key, { x, y }] as const));
  const layout = new FA2Layout(graph as unknown as Graph, {
    settings: { ...inferSettings(graph as unknown as Graph), barnesHutOptimize: graph.order > 300 },
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const reset = el("button", { type: "button", textContent: "Reset view", title: "Fit the whole network" });
  const run = el("button", { type: "button", textContent: "Run layout", attrs: { "aria-pressed": "false" } });
  const restore = el("button", { type: "button", textContent: "Restore layout" });
  const setRunning = (running: boolean) => {
    run.textContent = running ? "Stop layout" : "Run layout";
    run.setAttribute("aria-pressed", String(running));
  };
  const stop = () => {
    clearTimeout(timer);
    if (layout.isRunning()) layout.stop();
    setRunning(false);
  };
  reset.addEventListener("click", () => {
    // With a side panel open over the graph, the whole network is fitted to the part it leaves.
    const fitted = panelsCover(renderer.getContainer()) ? fittedTo(renderer, graph.nodes()) : null;
    // The camera's own sync writes the fitted state to the link once the move ends.
    if (fitted) return void renderer.getCamera().animate(fitted, { duration: 300 });
    renderer.getCamera().animatedReset({ duration: 300 });
    store.set({ camera: null });
  });
  run.addEventListener("click", () => {
    if (layout.isRunning()) return stop();
    layout.start();
    setRunning(true);
    timer = setTimeout(stop, LAYOUT_SECONDS * 1000);
  });
  restore.addEventListener("click", () => {
    stop();
    graph.updateEachNodeAttributes((key, attributes) => ({ ...attributes, ...original.get(key) }));
  });
  container.append(reset, run, restore);
  return () => {
    stop();
    layout.kill();
    container.replaceChildren();
  };
}
