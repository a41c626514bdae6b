import { el } from "../../dom";
import type { FilterSpec } from "../filter-spec";

export interface EgoState {
  /** 0: off; 1 or 2: only the actors this many steps from the ego actor. */
  ego: 0 | 1 | 2;
  /**
   * The ego actor: the selected actor, kept while a relation is selected, null while nothing is
   * (the filter then shows all). Derived, never in a link: `actor=` names it.
   */
  egoCentre: string | null;
}

const STEPS = ["Off", "1 step", "2 steps"] as const;
const stepsOf = (value: string | null): EgoState["ego"] | undefined =>
  value === "1" ? 1 : value === "2" ? 2 : undefined;

/**
 * The ego network: with an actor selected, only it and the actors one or two steps away, through
 * the relations that pass the other filters in the current time window.
 */
export const egoFilter: FilterSpec<EgoState> = {
  name: "ego",
  defaults: { ego: 0, egoCentre: null },
  url: {
    params: ["ego"],
    read(params) {
      const ego = stepsOf(params.get("ego"));
      return ego ? { ego } : {};
    },
    write({ ego }, params) {
      if (ego !== 0) params.set("ego", String(ego));
    },
  },
  visibility: {
    reach: ({ ego, egoCentre }) => (ego === 0 || egoCentre === null ? null : { from: egoCentre, steps: ego }),
  },
  derive({ ego, egoCentre, selected }) {
    if (ego === 0) return { egoCentre: null };
    if (selected?.type === "edge") return { egoCentre };
    return { egoCentre: selected?.key ?? null };
  },
  control({ get, set }) {
    const select = el(
      "select",
      { id: "ego" },
      ...STEPS.map((text, steps) => el("option", { value: String(steps), textContent: text })),
    );
    const hint = el("p", { className: "filter-hint", textContent: "Select an actor to see its neighbours." });
    const show = ({ ego, egoCentre }: EgoState) => {
      select.value = String(ego);
      hint.hidden = ego === 0 || egoCentre !== null;
    };
    show(get());
    select.addEventListener("change", () => set({ ego: stepsOf(select.value) ?? 0 }));
    return {
      element: el(
        "div",
        { className: "filter-ego" },
        el("label", { className: "field", htmlFor: "ego" }, "Ego network of the selected actor"),
        select,
        hint,
      ),
      show,
    };
  },
  caption({ ego, egoCentre }, { selectedLabel, selectedActor }) {
    if (ego === 0 || egoCentre === null) return null;
    const centre = selectedActor === egoCentre && selectedLabel ? selectedLabel : egoCentre;
    return `Ego network: ${centre} and the actors ${ego === 1 ? "one step" : "up to two steps"} away`;
  },
};
