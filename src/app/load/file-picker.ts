import { el } from "../dom";

/** "Open file" button plus drag-and-drop of a network file anywhere on the page. */
export function mountFilePicker(container: HTMLElement, onFile: (file: File) => void): () => void {
  const input = el("input", {
    type: "file",
    id: "open-file",
    accept: ".json,application/json",
    className: "visually-hidden",
  });
  const label = el("label", { htmlFor: "open-file", className: "button", textContent: "Open file…" });
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file) onFile(file);
    input.value = "";
  });
  const onDragOver = (event: DragEvent) => {
    if (event.dataTransfer?.types.includes("Files")) event.preventDefault();
  };
  const onDrop = (event: DragEvent) => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    onFile(file);
  };
  document.addEventListener("dragover", onDragOver);
  document.addEventListener("drop", onDrop);
  container.append(input, label);
  return () => {
    document.removeEventListener("dragover", onDragOver);
    document.removeEventListener("drop", onDrop);
    input.remove();
    label.remove();
  };
}
