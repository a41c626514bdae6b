import { el } from "../dom";

const MB = 1024 * 1024;
const megabytes = (bytes: number) => (bytes / MB).toFixed(1);

/** A progress bar while a network file arrives and is parsed; returns its update and cleanup. */
export function mountLoadProgress(container: HTMLElement, name: string) {
  const bar = el("progress", { id: "load-progress", attrs: { "aria-label": `Loading ${name}` } });
  const label = el("span", { className: "load-progress-label", textContent: `Loading ${name}…` });
  const box = el("div", { className: "load-progress", attrs: { role: "status" } }, label, bar);
  container.append(box);
  return {
    update(loaded: number, total: number | null) {
      if (total) {
        bar.max = total;
        bar.value = loaded;
      }
      label.textContent = `Loading ${name}: ${megabytes(loaded)}${total ? ` of ${megabytes(total)}` : ""} MB`;
    },
    cleanup: () => box.remove(),
  };
}
