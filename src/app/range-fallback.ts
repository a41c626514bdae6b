import type { ViewStore } from "./state/store";
import type { VisibilityIndex } from "./data/visibility";
import { dayToIso, isoToDay } from "./time";
import { el } from "./dom";

/**
 * A plain time-window control (two dates and the undated toggle), shown only while the timeline
 * view (src/app/timeline) is not part of the build.
 */
export function mountRangeFallback(
  container: HTMLElement,
  deps: { store: ViewStore; visibility: VisibilityIndex },
): () => void {
  const { store } = deps;
  const extent = deps.visibility.time.extent;
  const bounds = extent ? { min: dayToIso(extent[0]), max: dayToIso(extent[1]) } : {};
  const from = el("input", { type: "date", id: "range-from", ...bounds });
  const to = el("input", { type: "date", id: "range-to", ...bounds });
  const undated = el("input", { type: "checkbox", id: "show-undated" });
  const render = () => {
    const { range, showUndated } = store.get();
    const window = range ?? extent;
    from.value = window ? dayToIso(window[0]) : "";
    to.value = window ? dayToIso(window[1]) : "";
    undated.checked = showUndated;
  };
  const apply = () => {
    const a = isoToDay(from.value);
    const b = isoToDay(to.value);
    if (a !== null && b !== null && a <= b) store.set({ range: [a, b] });
  };
  from.addEventListener("change", apply);
  to.addEventListener("change", apply);
  undated.addEventListener("change", () => store.set({ showUndated: undated.checked }));
  const all = el("button", {
    type: "button",
    textContent: "All dates",
    onclick: () => store.set({ range: null }),
  });
  const form = el(
    "fieldset",
    { className: "range-fallback" },
    el("legend", { textContent: "Time window" }),
    el("label", { htmlFor: "range-from", textContent: "From" }),
    from,
    el("label", { htmlFor: "range-to", textContent: "To" }),
    to,
    all,
    el("label", {}, undated, " Show undated relations"),
  );
  render();
  container.append(form);
  const unsubscribe = store.subscribe(render);
  return () => {
    unsubscribe();
    form.remove();
  };
}
