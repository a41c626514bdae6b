import { el } from "../dom";

export interface ChecklistItem<T extends string> {
  value: T;
  label: string;
  count: number;
  color: string;
}

/** A fieldset of labelled checkboxes, each with a colour swatch and a count. */
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
        {},
        boxes[i]!,
        el("span", {
          className: "swatch swatch-dot",
          attrs: { "aria-hidden": "true", style: `--swatch: ${item.color}` },
        }),
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
