import type { ExplorerGraph } from "../data/build-graph";
import type { VisibilityIndex } from "../data/visibility";
import { el } from "../dom";
import { FILTER_KEYS, type ViewStore } from "../state/store";
import { FILTER_SPECS, keysOf } from "./registry";
import "./filters.css";

/**
 * The sidebar's filters, one control per filter of the registry, in its order. Each control shows
 * its filter's values when they change, and those with counts read "shown of total" for the
 * current window and filters whenever what is visible moves.
 */
export function mountFilters(
  container: HTMLElement,
  deps: { graph: ExplorerGraph; store: ViewStore; visibility: VisibilityIndex },
): () => void {
  const { graph, store, visibility } = deps;
  const mounted = FILTER_SPECS.map((filter) => ({
    keys: keysOf(filter),
    control: filter.control({
      graph,
      visibility,
      get: store.get,
      set: (patch) => store.set(patch),
    }),
  }));
  for (const { control } of mounted) control.element.classList.add("filter");
  const panel = el(
    "section",
    { className: "filters", attrs: { "aria-label": "Filters" } },
    ...mounted.map(({ control }) => control.element),
  );
  container.append(panel);
  const recount = () => mounted.forEach(({ control }) => control.recount?.());
  recount();
  // Only the controls whose keys changed: the store changes on every time step, and writing a
  // form control's value costs style work even when the value is the same.
  const unsubscribe = store.subscribe((next, changed) => {
    for (const { keys, control } of mounted) if (keys.some((key) => changed.has(key))) control.show(next);
    if (FILTER_KEYS.some((key) => changed.has(key))) recount();
  });
  return () => {
    unsubscribe();
    panel.remove();
  };
}
