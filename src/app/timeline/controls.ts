import { el } from "../dom";
import type { ViewState, ViewStateKey, ViewStore } from "../state/store";
import { formatRange } from "../time";

/**
 * The toolbar over the histogram: play, mode, speed, skipping quiet stretches, range readout,
 * clear, undated. Bound to the store.
 */

export const SPEEDS = [1, 3, 7, 14, 30, 60, 120, 365];

const option = (value: string, text: string) => el("option", { value }, text);

export interface Controls {
  root: HTMLElement;
  /** Called with the number of undated relations and whether any relation has a date. */
  setData(undated: number, hasDates: boolean): void;
  destroy(): void;
}

export function createControls(store: ViewStore): Controls {
  const play = el("button", { type: "button", className: "tl-play", textContent: "Play" });
  const mode = el(
    "select",
    { className: "tl-mode", title: "Playback mode", attrs: { "aria-label": "Playback mode" } },
    option("cumulative", "Cumulative"),
    option("window", "Moving window"),
  );
  const speed = el("select", {
    className: "tl-speed",
    title: "Playback speed",
    attrs: { "aria-label": "Playback speed" },
  });
  // Not a live region, as an output element is by default: it changes on every time step, and the
  // status bar reads the window out once the view rests.
  const label = el("output", {
    id: "range-label",
    className: "tl-range",
    attrs: { "aria-label": "Selected date range", "aria-live": "off" },
  });
  const skip = el("input", { type: "checkbox", className: "tl-skip-box" });
  const skipLabel = el(
    "label",
    { className: "tl-skip", title: "While playing, cross stretches with no relation in one step" },
    skip,
    "Skip quiet times",
  );
  const clear = el("button", { type: "button", className: "tl-clear", textContent: "Clear range" });
  const undated = el("input", { type: "checkbox", className: "tl-undated-box" });
  const undatedText = el("span", { textContent: "Undated relations" });
  const undatedLabel = el("label", { className: "tl-undated" }, undated, undatedText);
  const root = el(
    "div",
    { className: "tl-controls" },
    play,
    mode,
    speed,
    skipLabel,
    label,
    clear,
    undatedLabel,
  );

  let listedSpeed = NaN;
  /** Writes only the controls whose keys changed (all of them when `changed` is absent). */
  const render = (state: Readonly<ViewState>, changed?: ReadonlySet<ViewStateKey>) => {
    const touched = (key: ViewStateKey) => changed === undefined || changed.has(key);
    if (touched("playing")) {
      play.textContent = state.playing ? "Pause" : "Play";
      play.setAttribute("aria-pressed", String(state.playing));
    }
    if (touched("playMode")) mode.value = state.playMode;
    if (state.speed !== listedSpeed) {
      listedSpeed = state.speed;
      const speeds = SPEEDS.includes(state.speed) ? SPEEDS : [...SPEEDS, state.speed].sort((a, b) => a - b);
      speed.replaceChildren(...speeds.map((days) => option(String(days), `${days} days/s`)));
      speed.value = String(state.speed);
    }
    if (touched("range")) {
      label.textContent = formatRange(state.range);
      clear.disabled = state.range === null;
    }
    if (touched("showUndated")) undated.checked = state.showUndated;
    if (touched("skipQuiet")) skip.checked = state.skipQuiet;
  };

  const listeners: [HTMLElement, string, () => void][] = [
    [play, "click", () => store.set({ playing: !store.get().playing })],
    [mode, "change", () => store.set({ playMode: mode.value === "window" ? "window" : "cumulative" })],
    [speed, "change", () => store.set({ speed: Number(speed.value) })],
    [skip, "change", () => store.set({ skipQuiet: skip.checked })],
    [clear, "click", () => store.set({ range: null, playing: false })],
    [undated, "change", () => store.set({ showUndated: undated.checked })],
  ];
  for (const [target, type, listener] of listeners) target.addEventListener(type, listener);
  const unsubscribe = store.subscribe(render);
  render(store.get());

  return {
    root,
    setData(count, hasDates) {
      undatedText.textContent = `Undated relations (${count})`;
      play.disabled = !hasDates;
    },
    destroy() {
      unsubscribe();
      for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
      root.remove();
    },
  };
}
