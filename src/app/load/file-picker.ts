import { el } from "../dom";
import { ARTICLE_EXTENSIONS } from "../../sources/extensions";
import type { DroppedFile } from "./build-messages";
import { chosenFiles, droppedFiles, isNetworkFile } from "./dropped-files";

export interface PickerHandlers {
  /** A network file to open in place of the one on screen. */
  onNetworkFile: (file: File) => void;
  /** Articles to add (files of any format, and the files of folders). */
  onArticles: (files: DroppedFile[]) => void;
}

/** A hidden file input and the label that opens it, styled as a button. */
function chooser(
  id: string,
  text: string,
  props: Partial<Pick<HTMLInputElement, "accept" | "multiple" | "webkitdirectory">>,
  onChoose: (files: FileList) => void,
) {
  const input = el("input", { type: "file", id, className: "visually-hidden", ...props });
  const label = el("label", { htmlFor: id, className: "button", textContent: text });
  input.addEventListener("change", () => {
    if (input.files?.length) onChoose(input.files);
    input.value = "";
  });
  return [input, label] as const;
}

/**
 * "Articles…": a menu of two choosers, files or a folder, so that the toolbar keeps to one line
 * (the graph's height is the rest of the page's).
 */
function articlesMenu(onArticles: PickerHandlers["onArticles"]): HTMLElement {
  const menu = el("details", { className: "toolbar-menu articles-menu" });
  const choose = (files: FileList) => {
    menu.open = false;
    onArticles(chosenFiles(files));
  };
  menu.append(
    el("summary", { className: "button", textContent: "Articles…" }),
    el(
      "div",
      { className: "toolbar-menu-panel" },
      ...chooser(
        "add-articles",
        "Add files…",
        { multiple: true, accept: ARTICLE_EXTENSIONS.join(",") },
        choose,
      ),
      ...chooser("add-folder", "Add a folder…", { webkitdirectory: true }, choose),
      el("p", { textContent: `or drop them on the page: ${ARTICLE_EXTENSIONS.join(" ")}` }),
    ),
  );
  return menu;
}

/**
 * "Open file…" for a network file, "Articles…" to add files or a folder of articles, and dropping
 * either anywhere on the page: one `.json` file is a network, anything else articles.
 */
export function mountFilePicker(container: HTMLElement, handlers: PickerHandlers): () => void {
  const elements = [
    ...chooser("open-file", "Open file…", { accept: ".json,application/json" }, (files) =>
      handlers.onNetworkFile(files[0]!),
    ),
    articlesMenu(handlers.onArticles),
  ];
  const onDragOver = (event: DragEvent) => {
    if (event.dataTransfer?.types.includes("Files")) event.preventDefault();
  };
  const onDrop = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes("Files")) return;
    event.preventDefault();
    // Taken now: the browser empties the drop's items once this handler returns.
    void droppedFiles(event.dataTransfer).then((files) => {
      if (files.length === 0) return;
      if (isNetworkFile(files)) handlers.onNetworkFile(files[0]!.file);
      else handlers.onArticles(files);
    });
  };
  document.addEventListener("dragover", onDragOver);
  document.addEventListener("drop", onDrop);
  container.append(...elements);
  return () => {
    document.removeEventListener("dragover", onDragOver);
    document.removeEventListener("drop", onDrop);
    for (const element of elements) element.remove();
  };
}
