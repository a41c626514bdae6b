import { el } from "../dom";
import { swatch, type SwatchStyle } from "../swatch";

export interface ChecklistItem<T extends string> {
  value: T;
  label: string;
  /** How many items of this value the file has; the item reads "shown of total". */
  total: number;
  swatch: SwatchStyle;
  /** Said when the pointer rests on the item. */
  title?: string;
}

/** "2 of 11": how many are shown now, of how many in all. */
export const shownOf = (shown: number, total: number) =>
  `${shown.toLocaleString("en")} of ${total.toLocaleString("en")}`;

/** A fieldset of labelled checkboxes, each with a swatch and a "shown of total" count. */
export function checklist<T extends string>(
  legend: string,
  items: ChecklistItem<T>[],
  checked: readonly T[],
  onChange: (values: T[]) => void,
): {
  element: HTMLFieldSetElement;
  set(values: readonly T[]): void;
  setShown(shown: Record<T, number>): void;
} {
  const boxes = items.map((item) =>
    el("input", { type: "checkbox", value: item.value, checked: checked.includes(item.value) }),
  );
  const counts = items.map((item) =>
    el("span", { className: "count", textContent: shownOf(item.total, item.total) }),
  );
  const element = el(
    "fieldset",
    { className: "checklist" },
    el("legend", { textContent: legend }),
    ...items.map((item, i) =>
      el(
        "label",
        item.title ? { title: item.title } : {},
        boxes[i]!,
        swatch(item.swatch),
        item.label,
        counts[i]!,
      ),
    ),
  );
  element.addEventListener("change", () =>
    onChange(items.filter((_, i) => boxes[i]!.checked).map((item) => item.value)),
  );
  return {
    element,
    set(values) {
      items.forEach((item, i) => (boxes[i]!.checked = values.includes(item.value)));
    },
    setShown(shown) {
      items.forEach((item, i) => {
        const text = shownOf(shown[item.value], item.total);
        // Written only when it changes: this runs on every time step while the timeline plays.
        if (counts[i]!.textContent !== text) counts[i]!.textContent = text;
        counts[i]!.dataset.shown = String(shown[item.value]);
        counts[i]!.dataset.total = String(item.total);
      });
    },
  };
}
