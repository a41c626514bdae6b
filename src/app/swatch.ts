import { el } from "./dom";

/** A dot for an actor kind, a line for a relation kind (dashed as a relation status says). */
export interface SwatchStyle {
  color: string;
  mark: "dot" | "line";
  /** A dash and the gap after it, in CSS pixels, for a dashed line. */
  dash?: readonly [number, number] | null;
}

/** The small mark beside a name in the legend, the filters and the details, drawn with CSS. */
export function swatch({ color, mark, dash }: SwatchStyle): HTMLSpanElement {
  const style = [`--swatch: ${color}`];
  if (dash) style.push(`--dash: ${dash[0]}px`, `--dash-period: ${dash[0] + dash[1]}px`);
  return el("span", {
    className: `swatch swatch-${mark}${dash ? " swatch-dashed" : ""}`,
    attrs: { "aria-hidden": "true", style: style.join("; ") },
  });
}
