import { el } from "../dom";
import { swatch, type SwatchStyle } from "../swatch";

export interface ChecklistItem<T extends string> {
  value: T;
  label: string;
  count: number;
  swatch: SwatchStyle;
  /** Said when the pointer rests on the item. */
  title?: string;
}

/** A fieldset of labelled checkboxes, each with a swatch and a count. */
export function checklist<T extends string>(
  legend: string,
  items: ChecklistItem<T>[],
  checked: readonly T[],
  onChange: (values: T[]) => void,
): { element: HTMLFieldSetElement; set(values: readonly T[]): void } {
  const boxes = items.map((item) =>
    el("input", { type: "checkbox", value: item.value, checked: checked.includes(item.value) }),
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
        el("span", { className: "count", textContent: String(item.count) }),
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
  };
}
