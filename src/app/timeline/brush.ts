import * as d3 from "d3";
import type { DayNumber } from "../state/store";
import { MS_PER_DAY, clamp, dayToDate } from "../time";
import type { DayScale, Frame } from "./histogram";

/**
 * A d3 brush that speaks in whole days. Only gestures are reported (events with a source event),
 * so moving the brush from the store never echoes back into the store.
 */

type Range = [DayNumber, DayNumber];

export interface RangeBrush {
  /** Re-fits the brush to a new scale and size, keeping the shown range. */
  resize(x: DayScale, extent: Range, frame: Frame): void;
  /** Shows a range without reporting it. */
  show(range: Range | null): void;
}

export type BrushInput = (range: Range | null, final: boolean) => void;

const dayAt = (x: DayScale, px: number): number => x.invert(px).getTime() / MS_PER_DAY;

/** Pixels -> inclusive days, snapped to day boundaries and kept inside the extent. */
export function snapToDays(x: DayScale, [x0, x1]: [number, number], extent: Range): Range {
  const start = clamp(Math.round(dayAt(x, x0)), extent[0], extent[1]);
  const end = clamp(Math.round(dayAt(x, x1)) - 1, start, extent[1]);
  return [start, end];
}

export function createRangeBrush(
  layer: d3.Selection<SVGGElement, unknown, null, undefined>,
  onInput: BrushInput,
): RangeBrush {
  let x: DayScale | null = null;
  let extent: Range = [0, 0];
  let shown: Range | null = null;
  const brush = d3.brushX<unknown>();
  const pixels = ([start, end]: Range): [number, number] => [x!(dayToDate(start)), x!(dayToDate(end + 1))];
  const show = (range: Range | null) => {
    shown = range;
    if (x) layer.call(brush.move, range ? pixels(range) : null);
  };

  brush.on("brush end", (event: d3.D3BrushEvent<unknown>) => {
    if (!event.sourceEvent || !x) return;
    const final = event.type === "end";
    const selection = event.selection as [number, number] | null;
    if (!selection) {
      shown = null;
      if (final) onInput(null, true);
      return;
    }
    shown = snapToDays(x, selection, extent);
    onInput(shown, final);
    if (final) layer.call(brush.move, pixels(shown));
  });

  return {
    resize(scale, newExtent, frame) {
      x = scale;
      extent = newExtent;
      const [left, right] = scale.range() as [number, number];
      brush.extent([
        [left, frame.margin.top],
        [right, frame.height - frame.margin.bottom],
      ]);
      layer.call(brush);
      show(shown);
    },
    show,
  };
}
