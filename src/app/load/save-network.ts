import { el } from "../dom";
import { downloadBlob } from "../export/download";

/**
 * "Save network": the file the articles were built into, as `newsnet preprocess` would write it,
 * to open again later (Open file…) or to serve.
 */
export function saveNetworkButton(file: Blob): HTMLButtonElement {
  const button = el("button", {
    type: "button",
    id: "save-network",
    className: "button",
    textContent: "Save network",
  });
  button.addEventListener("click", () => downloadBlob(file, "graph.json"));
  return button;
}
