import { el } from "../../dom";
import type { FilterSpec } from "../filter-spec";

export interface IsolatedState {
  /** What happens to actors left with no visible relation. */
  isolated: "fade" | "hide";
}

/**
 * Actors left without a shown relation are faded or hidden. Nothing is filtered out by it: the
 * node program draws idle actors one way or the other, so it has no visibility hook.
 */
export const isolatedFilter: FilterSpec<IsolatedState> = {
  name: "isolated",
  defaults: { isolated: "fade" },
  url: {
    params: ["isolated"],
    read: (params) => (params.get("isolated") === "hide" ? { isolated: "hide" } : {}),
    write({ isolated }, params) {
      if (isolated !== "fade") params.set("isolated", isolated);
    },
  },
  control({ get, set }) {
    const select = el(
      "select",
      { id: "isolated" },
      el("option", { value: "fade", textContent: "Fade" }),
      el("option", { value: "hide", textContent: "Hide" }),
    );
    select.value = get().isolated;
    select.addEventListener("change", () => set({ isolated: select.value === "hide" ? "hide" : "fade" }));
    return {
      element: el(
        "div",
        {},
        el("label", { className: "field", htmlFor: "isolated" }, "Actors without visible relations"),
        select,
      ),
      show: ({ isolated }) => (select.value = isolated),
    };
  },
  caption: ({ isolated }) => (isolated === "hide" ? "Actors without a shown relation: hidden" : null),
};
