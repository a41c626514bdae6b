import type { VisibilityIndex } from "../data/visibility";
import { FILTER_KEYS, type ViewStore } from "../state/store";
import { el } from "../dom";
import { formatRange } from "../time";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Always on screen: the time window and how many actors and relations are visible. The numbers
 * are also in data-actors / data-edges for scripts and tests.
 */
export function mountStatus(
  container: HTMLElement,
  deps: { store: ViewStore; visibility: VisibilityIndex },
): () => void {
  const { store, visibility } = deps;
  const range = el("span", { id: "visible-range" });
  const counts = el("span", { id: "visible-counts", attrs: { role: "status", "aria-live": "polite" } });
  const render = () => {
    const state = store.get();
    const extent = visibility.time.extent;
    const window = state.range ?? extent;
    const dates = formatRange(window, "No dated relations");
    range.textContent = `${state.range ? "" : "All dates: "}${dates}${state.showUndated ? " (+ undated)" : ""}`;
    range.dataset.from = window ? String(window[0]) : "";
    range.dataset.to = window ? String(window[1]) : "";
    counts.textContent = `${plural(visibility.actorCount, "actor", "actors")} · ${plural(visibility.edgeCount, "relation", "relations")}`;
    counts.dataset.actors = String(visibility.actorCount);
    counts.dataset.edges = String(visibility.edgeCount);
  };
  render();
  const bar = el("div", { className: "status" }, range, counts);
  container.append(bar);
  // Camera moves, selections and playback change nothing here.
  const unsubscribe = store.subscribe((_state, changed) => {
    if (FILTER_KEYS.some((key) => changed.has(key))) render();
  });
  return () => {
    unsubscribe();
    bar.remove();
  };
}
