import { el } from "../dom";
import type { BuildPhase } from "./build-messages";

/** A progress bar while dropped articles are read and extracted; returns its update and cleanup. */
export function mountBuildProgress(container: HTMLElement) {
  const bar = el("progress", { id: "build-progress", attrs: { "aria-label": "Building the network" } });
  const label = el("span", { className: "load-progress-label", textContent: "Reading the articles…" });
  const box = el("div", { className: "load-progress", attrs: { role: "status" } }, label, bar);
  container.append(box);
  return {
    update(phase: BuildPhase, done: number, total: number) {
      bar.max = Math.max(total, 1);
      bar.value = done;
      box.dataset.phase = phase;
      label.textContent =
        phase === "building the network"
          ? "Building the network…"
          : `${phase[0]!.toUpperCase()}${phase.slice(1)}: ${done.toLocaleString("en")} of ${total.toLocaleString("en")}`;
    },
    cleanup: () => box.remove(),
  };
}
