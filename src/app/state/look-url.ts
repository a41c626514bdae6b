import {
  COLOUR_MODES,
  DEFAULT_VIEW_STATE,
  SIZE_METRICS,
  type ColourMode,
  type SizeMetric,
  type ViewState,
} from "./store";

/** How a link says how actors are drawn: `colour=community`, `size=pagerank`; the defaults say nothing. */

const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  (allowed as readonly (string | null)[]).includes(value) ? (value as T) : undefined;

export function readLook(params: URLSearchParams): Partial<Pick<ViewState, "colourBy" | "sizeBy">> {
  const colourBy = oneOf<ColourMode>(params.get("colour"), COLOUR_MODES);
  const sizeBy = oneOf<SizeMetric>(params.get("size"), SIZE_METRICS);
  return { ...(colourBy && { colourBy }), ...(sizeBy && { sizeBy }) };
}

export function writeLook({ colourBy, sizeBy }: Readonly<ViewState>, params: URLSearchParams): void {
  if (colourBy !== DEFAULT_VIEW_STATE.colourBy) params.set("colour", colourBy);
  if (sizeBy !== DEFAULT_VIEW_STATE.sizeBy) params.set("size", sizeBy);
}
