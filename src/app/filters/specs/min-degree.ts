import { el } from "../../dom";
import type { FilterSpec } from "../filter-spec";
import { finite } from "../url-lists";

export interface MinDegreeState {
  minDegree: number;
}

/** Actors with fewer passing relations than this are left out (in the current window). */
export const minDegreeFilter: FilterSpec<MinDegreeState> = {
  name: "min-degree",
  defaults: { minDegree: 0 },
  url: {
    params: ["mindeg"],
    read(params) {
      const minDegree = finite(params.get("mindeg"));
      return minDegree !== undefined && minDegree >= 0 ? { minDegree: Math.floor(minDegree) } : {};
    },
    write({ minDegree }, params) {
      if (minDegree !== 0) params.set("mindeg", String(minDegree));
    },
  },
  visibility: { minDegree: ({ minDegree }) => minDegree },
  control({ get, set }) {
    const input = el("input", { type: "number", id: "min-degree", min: "0", step: "1" });
    input.value = String(get().minDegree);
    input.addEventListener("change", () =>
      set({ minDegree: Math.max(0, Math.floor(Number(input.value) || 0)) }),
    );
    return {
      element: el(
        "div",
        {},
        el("label", { className: "field", htmlFor: "min-degree" }, "Minimum relations per actor"),
        input,
      ),
      show: ({ minDegree }) => (input.value = String(minDegree)),
    };
  },
  caption: ({ minDegree }) => (minDegree > 0 ? `Minimum degree: ${minDegree}` : null),
};
