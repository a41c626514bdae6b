import { el } from "../dom";
import "./look.css";

/** A labelled drop-down of one way of drawing (colour by, size by), in the legend. */
export function lookChoice<T extends string>(
  id: string,
  label: string,
  values: readonly T[],
  labels: Record<T, string>,
  value: T,
  onChange: (value: T) => void,
): { element: HTMLElement; set(value: T): void; setNote(text: string): void } {
  const select = el(
    "select",
    { id },
    ...values.map((option) => el("option", { value: option, textContent: labels[option] })),
  );
  select.value = value;
  select.addEventListener("change", () => onChange(select.value as T));
  // Says what is under way (a metric being computed), politely to a screen reader.
  const note = el("output", { className: "look-note", attrs: { for: id, "aria-live": "polite" } });
  return {
    element: el(
      "div",
      { className: "look-choice" },
      el("label", { htmlFor: id, textContent: label }),
      select,
      note,
    ),
    set: (next) => (select.value = next),
    setNote: (text) => (note.textContent = text),
  };
}
