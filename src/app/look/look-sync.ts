import type Sigma from "sigma";
import type { Refresher } from "../graph-view/refresher";
import type { ViewStore } from "../state/store";
import type { LookControl } from "./actor-look";
import type { createMetricSource } from "./metric-source";
import { sizesOf } from "./metric-sizes";

/**
 * Keeps the actors' colours and sizes in step with the store. A new colour redraws every actor;
 * a new size waits for its metric (computed once, in a worker), then re-indexes, since sizes
 * decide which labels sigma draws first.
 */
export function mountLookSync(deps: {
  store: ViewStore;
  look: LookControl;
  renderer: Sigma;
  refresher: Refresher;
  metrics: ReturnType<typeof createMetricSource>;
}): () => void {
  const { store, look, renderer, refresher, metrics } = deps;
  let stopped = false;
  const applySizes = () => {
    const metric = store.get().sizeBy;
    if (metric === "relations") {
      look.setSizes(null, metric);
      renderer.refresh();
      return;
    }
    metrics(metric).then(
      (values) => {
        // Only the metric still chosen: another may have been picked while this one was computed.
        if (stopped || store.get().sizeBy !== metric) return;
        look.setSizes(sizesOf(values), metric);
        renderer.refresh();
      },
      (error: unknown) => console.error(error),
    );
  };
  look.setColourMode(store.get().colourBy);
  if (store.get().sizeBy !== "relations") applySizes();
  const unsubscribe = store.subscribe((state, changed) => {
    if (changed.has("colourBy")) {
      look.setColourMode(state.colourBy);
      refresher.all();
    }
    if (changed.has("sizeBy")) applySizes();
  });
  return () => {
    stopped = true;
    unsubscribe();
  };
}
