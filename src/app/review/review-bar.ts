import {
  appliedCorrections,
  canRedo,
  canUndo,
  correctionsFile,
  describeCorrection,
  describeSkipped,
  historyOf,
  parseCorrections,
} from "../../corrections";
import { count } from "../count";
import { el } from "../dom";
import { downloadBlob } from "../export/download";
import type { ReviewSession } from "./session";
import { tableToggle } from "./table-toggle";

/**
 * In the status bar: the relations table's toggle, how many corrections are applied, undo and redo (also Ctrl+Z, Ctrl+Shift+Z
 * and Ctrl+Y outside text boxes), export and import of the corrections file, and what was skipped.
 */
export function mountReviewBar(container: HTMLElement, session: ReviewSession): () => void {
  const tally = el("span", { id: "corrections-count" });
  // Arrows with names for screen readers: the bar shares one line with the counts under the graph.
  const undo = el("button", {
    type: "button",
    id: "undo-correction",
    textContent: "↶",
    attrs: { "aria-label": "Undo" },
    onclick: session.undo,
  });
  const redo = el("button", {
    type: "button",
    id: "redo-correction",
    textContent: "↷",
    attrs: { "aria-label": "Redo" },
    onclick: session.redo,
  });
  const exporter = el("button", {
    type: "button",
    id: "export-corrections",
    textContent: "Export corrections",
    onclick: () => {
      const file = correctionsFile(appliedCorrections(session.history()));
      downloadBlob(
        new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: "application/json" }),
        "corrections.json",
      );
    },
  });
  const picker = el("input", {
    type: "file",
    id: "import-corrections",
    accept: ".json,application/json",
    className: "visually-hidden",
  });
  const importer = el("label", {
    htmlFor: "import-corrections",
    className: "button",
    textContent: "Import corrections",
  });
  const notes = el("ul", { className: "review-notes", id: "review-notes", attrs: { "aria-live": "polite" } });
  picker.addEventListener("change", async () => {
    const file = picker.files?.[0];
    picker.value = "";
    if (!file) return;
    const parsed = parseCorrections(await file.text(), file.name);
    if (parsed.ok) session.replace(historyOf(parsed.corrections));
    else
      notes.replaceChildren(
        ...parsed.errors.map((error) => el("li", { className: "error", textContent: error })),
      );
  });
  const render = () => {
    const history = session.history();
    const { applied, skipped } = session.view();
    tally.textContent = count(applied, "correction");
    tally.dataset.count = String(applied);
    undo.disabled = !canUndo(history);
    redo.disabled = !canRedo(history);
    const last = history.entries[history.cursor - 1];
    const next = history.entries[history.cursor];
    undo.title = last ? `Undo: ${describeCorrection(last)}` : "Nothing to undo";
    redo.title = next ? `Redo: ${describeCorrection(next)}` : "Nothing to redo";
    notes.replaceChildren(
      ...skipped.map((s) => el("li", { className: "notice", textContent: `Skipped ${describeSkipped(s)}` })),
    );
  };
  const onKey = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    if (!(event.ctrlKey || event.metaKey) || target?.closest("input, textarea, select")) return;
    const key = event.key.toLowerCase();
    if (key === "z" && !event.shiftKey) session.undo();
    else if ((key === "z" && event.shiftKey) || key === "y") session.redo();
    else return;
    event.preventDefault();
  };
  // The count opens the file actions: export and import of the corrections.
  const menu = el(
    "details",
    { className: "toolbar-menu review-menu" },
    el("summary", { className: "button" }, tally),
    el("div", { className: "toolbar-menu-panel" }, exporter, importer, picker),
  );
  menu.addEventListener("click", (event) => {
    if ((event.target as HTMLElement).closest("button")) menu.open = false;
  });
  const bar = el("div", { className: "review-bar" }, tableToggle(), undo, redo, menu, notes);
  container.append(bar);
  render();
  document.addEventListener("keydown", onKey);
  const unsubscribe = session.subscribe(render);
  return () => {
    unsubscribe();
    document.removeEventListener("keydown", onKey);
    bar.remove();
  };
}
