import type Sigma from "sigma";
import type { ExplorerGraph } from "../data/build-graph";
import type { ViewStore } from "../state/store";
import { el } from "../dom";
import { centreOn } from "../graph-view/camera";
import { buildSearchIndex, suggest, type Suggestion } from "./match";

/** An accessible combobox over actor labels and aliases; choosing one selects and centres it. */
export function mountSearch(
  container: HTMLElement,
  deps: { graph: ExplorerGraph; store: ViewStore; renderer: Sigma },
): () => void {
  const index = buildSearchIndex(deps.graph);
  const input = el("input", {
    type: "search",
    id: "search",
    placeholder: "Find an actor…",
    autocomplete: "off",
    attrs: {
      role: "combobox",
      "aria-expanded": "false",
      "aria-controls": "search-suggestions",
      "aria-autocomplete": "list",
    },
  });
  const list = el("ul", {
    id: "search-suggestions",
    className: "suggestions",
    attrs: { role: "listbox", "aria-label": "Matching actors" },
  });
  list.hidden = true;
  // Said when a query finds no actor, so that an empty list does not look like a search not run.
  const none = el("p", {
    id: "search-none",
    className: "suggestions search-none",
    attrs: { role: "status" },
  });
  none.hidden = true;
  let suggestions: Suggestion[] = [];
  let active = -1;
  /** Whether the text in the box was typed since the last choice or Escape. */
  let searched = false;
  const render = () => {
    list.replaceChildren(
      ...suggestions.map((s, i) =>
        el(
          "li",
          {
            id: `search-option-${i}`,
            attrs: { role: "option", "aria-selected": String(i === active) },
            dataset: { key: s.key },
          },
          s.label,
          s.via ? el("span", { className: "via", textContent: ` (${s.via})` }) : null,
        ),
      ),
    );
    list.hidden = suggestions.length === 0;
    const query = input.value.trim();
    none.hidden = !(list.hidden && query !== "" && document.activeElement === input && searched);
    none.textContent = none.hidden ? "" : `No actor matches “${query}”`;
    input.setAttribute("aria-expanded", String(!list.hidden));
    if (active >= 0) input.setAttribute("aria-activedescendant", `search-option-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };
  const choose = (suggestion: Suggestion | undefined) => {
    if (!suggestion) return;
    input.value = suggestion.label;
    searched = false;
    suggestions = [];
    active = -1;
    render();
    deps.store.set({ selected: { type: "node", key: suggestion.key } });
    void centreOn(deps.renderer, suggestion.key);
  };
  input.addEventListener("input", () => {
    searched = true;
    suggestions = suggest(index, input.value);
    active = suggestions.length ? 0 : -1;
    render();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      if (suggestions.length) active = (active + step + suggestions.length) % suggestions.length;
      render();
    } else if (event.key === "Enter") {
      event.preventDefault();
      choose(suggestions[Math.max(0, active)]);
    } else if (event.key === "Escape") {
      suggestions = [];
      searched = false;
      render();
    }
  });
  list.addEventListener("mousedown", (event) => {
    const item = (event.target as HTMLElement).closest("li");
    if (!item) return;
    event.preventDefault();
    choose(suggestions[[...list.children].indexOf(item)]);
  });
  const wrapper = el(
    "div",
    { className: "search" },
    el("label", { htmlFor: "search", className: "visually-hidden", textContent: "Search actors" }),
    input,
    list,
    none,
  );
  container.append(wrapper);
  return () => wrapper.remove();
}
