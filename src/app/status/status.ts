import type { VisibilityIndex } from "../data/visibility";
import { debounce } from "../debounce";
import { FILTER_KEYS, type ViewStore } from "../state/store";
import { el } from "../dom";
import { formatRange } from "../time";
import { shownOf } from "../filters/checklist";

/**
 * How long the view must rest before a screen reader is told the new window and counts. The
 * visible readout changes on every time step; as a live region it would queue one announcement
 * per frame while the timeline plays or the brush is dragged.
 */
export const ANNOUNCE_AFTER_MS = 1000;

/**
 * Always on screen: the time window and how many actors and relations are visible, of how many the
 * file has (the totals the CLI's summary prints). The numbers are also in data-actors / data-edges
 * and data-total-actors / data-total-edges for scripts and tests. A hidden live region reads them out
 * once the view rests, and not while the timeline plays.
 */
export function mountStatus(
  container: HTMLElement,
  deps: { store: ViewStore; visibility: VisibilityIndex },
): () => void {
  const { store, visibility } = deps;
  const range = el("span", { id: "visible-range" });
  const counts = el("span", { id: "visible-counts" });
  const announcer = el("span", {
    id: "status-announcer",
    className: "visually-hidden",
    attrs: { role: "status" },
  });
  // "(+ undated)" only where some relation has no date; the relations never change.
  const hasUndated = visibility.datedRelations().undated > 0;
  const totals = visibility.totals;
  counts.dataset.totalActors = String(totals.actors);
  counts.dataset.totalEdges = String(totals.edges);
  // "42 of 46 actors": the noun agrees with the total.
  const ofTotal = (shown: number, total: number, noun: string) =>
    `${shownOf(shown, total)} ${total === 1 ? noun : `${noun}s`}`;
  const render = () => {
    const state = store.get();
    const extent = visibility.time.extent;
    const window = state.range ?? extent;
    const dates = formatRange(window, "No dated relations");
    const withUndated = state.showUndated && hasUndated;
    range.textContent = `${state.range ? "" : "All dates: "}${dates}${withUndated ? " (+ undated)" : ""}`;
    range.dataset.from = window ? String(window[0]) : "";
    range.dataset.to = window ? String(window[1]) : "";
    counts.textContent =
      `${ofTotal(visibility.actorCount, totals.actors, "actor")} · ` +
      `${ofTotal(visibility.edgeCount, totals.edges, "relation")}`;
    counts.dataset.actors = String(visibility.actorCount);
    counts.dataset.edges = String(visibility.edgeCount);
  };
  const announceSoon = debounce(() => {
    if (!store.get().playing) announcer.textContent = `${range.textContent}: ${counts.textContent}`;
  }, ANNOUNCE_AFTER_MS);
  render();
  const bar = el("div", { className: "status" }, range, counts, announcer);
  container.append(bar);
  // Camera moves and selections change nothing here.
  const unsubscribe = store.subscribe((state, changed) => {
    if (FILTER_KEYS.some((key) => changed.has(key))) {
      render();
      announceSoon();
    } else if (changed.has("playing") && !state.playing) announceSoon();
  });
  return () => {
    announceSoon.cancel();
    unsubscribe();
    bar.remove();
  };
}
