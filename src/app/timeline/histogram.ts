import * as d3 from "d3";
import { RELATION_KIND_OF, RELATION_TYPES, type RelationType } from "../../schema";
import type { DayNumber } from "../state/store";
import { dayToDate, dayToIso } from "../time";
import type { Bin, BinUnit } from "./bins";
import { count } from "../count";

/** The stacked bars and the date axis: draws what it is given, owns no state. */

export interface Frame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export type DayScale = d3.ScaleTime<number, number>;

/** Day d covers [x(d), x(d + 1)): the domain ends the day after the last one. */
export function dayScale(extent: readonly [DayNumber, DayNumber], frame: Frame): DayScale {
  return d3
    .scaleUtc()
    .domain([dayToDate(extent[0]), dayToDate(extent[1] + 1)])
    .range([frame.margin.left, Math.max(frame.margin.left + 1, frame.width - frame.margin.right)]);
}

const UNIT_NAMES: Record<BinUnit, string> = { day: "day", week: "week of", month: "month of" };

export function drawBars(
  layer: d3.Selection<SVGGElement, unknown, null, undefined>,
  bins: readonly Bin[],
  x: DayScale,
  frame: Frame,
  unit: BinUnit,
  activeTypes: readonly RelationType[],
): void {
  const bottom = frame.height - frame.margin.bottom;
  const max = d3.max(bins, (bin) => bin.total) ?? 0;
  const y = d3
    .scaleLinear()
    .domain([0, Math.max(1, max)])
    .range([bottom, frame.margin.top]);
  const series = d3
    .stack<Bin, RelationType>()
    .keys(RELATION_TYPES)
    .value((bin, type) => bin.counts[type])(bins as Bin[]);
  layer
    .selectAll<SVGGElement, d3.Series<Bin, RelationType>>("g.tl-series")
    .data(series, (s) => s.key)
    .join("g")
    .attr("class", "tl-series")
    .attr("fill", (s) => RELATION_KIND_OF[s.key].color)
    .attr("fill-opacity", (s) => (activeTypes.includes(s.key) ? 1 : 0.25))
    .selectAll<SVGRectElement, d3.SeriesPoint<Bin>>("rect")
    .data((s) => s.filter((point) => point[1] > point[0]))
    .join((enter) => enter.append("rect").call((rect) => rect.append("title")))
    .attr("x", (p) => x(dayToDate(p.data.start)) + 0.5)
    .attr("width", (p) => Math.max(1, x(dayToDate(p.data.end)) - x(dayToDate(p.data.start)) - 1))
    .attr("y", (p) => y(p[1]))
    .attr("height", (p) => Math.max(0, y(p[0]) - y(p[1])))
    .select("title")
    .text((p) => `${UNIT_NAMES[unit]} ${dayToIso(p.data.start)}: ${count(p.data.total, "dated relation")}`);
}

export function drawAxis(
  layer: d3.Selection<SVGGElement, unknown, null, undefined>,
  x: DayScale,
  frame: Frame,
): void {
  const span = x.range()[1]! - x.range()[0]!;
  layer.attr("transform", `translate(0,${frame.height - frame.margin.bottom})`).call(
    d3
      .axisBottom(x)
      .ticks(Math.max(2, Math.floor(span / 90)))
      .tickSizeOuter(0),
  );
}
