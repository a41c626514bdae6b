import { el } from "../dom";

/**
 * The button that shows or hides the relations table under the graph. Hidden at first, so that the
 * graph keeps the page; open, the table takes the lower part of it. The choice lives on the page's
 * body, which outlasts the explorer's remounts after each correction.
 */
export function tableToggle(): HTMLButtonElement {
  const button = el("button", {
    type: "button",
    id: "relations-toggle",
    textContent: "Relations table",
    attrs: { "aria-controls": "relations-slot" },
  });
  const render = () => button.setAttribute("aria-pressed", String(document.body.dataset.table === "open"));
  button.addEventListener("click", () => {
    if (document.body.dataset.table === "open") delete document.body.dataset.table;
    else document.body.dataset.table = "open";
    render();
    // The graph's container changed size: let the renderer and the table measure again.
    window.dispatchEvent(new Event("resize"));
  });
  render();
  return button;
}
