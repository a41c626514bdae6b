/**
 * The two side panels, filters (with the legend) and details, which a person can fold away: on a
 * wide screen they are columns beside the graph and open at first; from 901 to 1279 px they lie
 * over the graph, closed until their icon is pressed, and the details open by themselves when
 * something is selected. Escape or a panel's close button folds it. The state is
 * `body[data-filters-panel]` and `body[data-details-panel]` ("open" or "closed"); styles.css
 * draws it. Below 901 px the panels stack under the graph and cannot be folded.
 */
export const PANELS = ["filters", "details"] as const;
export type Panel = (typeof PANELS)[number];

/** Where the panels lie over the graph rather than beside it; styles.css uses the same widths. */
export const OVERLAY_MEDIA = "(min-width: 901px) and (max-width: 1279px)";

/** Sent by the details panel when it shows a new selection, so that a folded panel opens. */
export const SELECTION_SHOWN = "selection-shown";

/** Sent on `document.body` when a panel opens or folds, so that views can make room (camera.ts). */
export const PANEL_TOGGLED = "panel-toggled";

const attribute = (panel: Panel) => (panel === "filters" ? "filtersPanel" : "detailsPanel");
const isOpen = (panel: Panel) => document.body.dataset[attribute(panel)] === "open";
const panelOf = (element: Element | null): Panel | null => {
  const name = element?.closest<HTMLElement>("[data-panel]")?.dataset.panel;
  return PANELS.find((panel) => panel === name) ?? null;
};

function setOpen(panel: Panel, open: boolean): void {
  const was = isOpen(panel);
  document.body.dataset[attribute(panel)] = open ? "open" : "closed";
  for (const opener of document.querySelectorAll(`.panel-open[data-panel="${panel}"]`))
    opener.setAttribute("aria-expanded", String(open));
  if (was !== open) document.body.dispatchEvent(new Event(PANEL_TOGGLED));
}

/** Wires the panels' icons and close buttons (in index.html); returns the cleanup. */
export function mountSidePanels(details: HTMLElement): () => void {
  const overlay = matchMedia(OVERLAY_MEDIA);
  // Which overlay opened last: Escape folds that one first.
  let opened: Panel[] = [];
  const open = (panel: Panel, open: boolean) => {
    setOpen(panel, open);
    opened = [...opened.filter((other) => other !== panel), ...(open ? [panel] : [])];
  };
  const reset = () => {
    for (const panel of PANELS) open(panel, !overlay.matches);
    if (overlay.matches && document.body.dataset.selected !== undefined) open("details", true);
  };
  const onClick = (event: MouseEvent) => {
    const button = (event.target as Element | null)?.closest("button.panel-open, button.panel-close");
    const panel = panelOf(button ?? null);
    if (!button || !panel) return;
    const opening = button.classList.contains("panel-open");
    open(panel, opening);
    // Focus follows: into the panel opened, back to the icon of the one closed.
    const next = document.querySelector<HTMLElement>(
      `${opening ? ".panel-close" : ".panel-open"}[data-panel="${panel}"]`,
    );
    requestAnimationFrame(() => next?.focus());
  };
  const onKey = (event: KeyboardEvent) => {
    const last = opened.at(-1);
    if (event.key !== "Escape" || event.defaultPrevented || !overlay.matches || !last || !isOpen(last))
      return;
    // A dialog over the page (the article reader) takes its own Escape.
    if ((event.target as Element | null)?.closest("dialog, [role=dialog]")) return;
    open(last, false);
    document.querySelector<HTMLElement>(`.panel-open[data-panel="${last}"]`)?.focus();
  };
  const onSelection = () => {
    if (overlay.matches) open("details", true);
  };
  reset();
  document.addEventListener("click", onClick);
  document.addEventListener("keydown", onKey);
  details.addEventListener(SELECTION_SHOWN, onSelection);
  overlay.addEventListener("change", reset);
  return () => {
    document.removeEventListener("click", onClick);
    document.removeEventListener("keydown", onKey);
    details.removeEventListener(SELECTION_SHOWN, onSelection);
    overlay.removeEventListener("change", reset);
  };
}
