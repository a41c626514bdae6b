import * as d3 from "d3";
import type { DayNumber, ViewStore } from "../state/store";
import { formatRange } from "../time";
import type { DatedRelations } from "../data/time-order";
import { buildBins, chooseUnit, extentOf, UNIT_DAYS } from "./bins";
import { createRangeBrush } from "./brush";
import { createControls } from "./controls";
import { dayScale, drawAxis, drawBars, type Frame } from "./histogram";
import { rangeForKey } from "./keys";
import { createPlayer } from "./player";
import { shownDays } from "./shown-days";
import "./timeline.css";

type Range = [DayNumber, DayNumber];

const MARGIN = { top: 8, right: 12, bottom: 22, left: 12 };
/** The histogram's height: shorter on a short window, where the network needs the room more. */
const chartHeight = () => (window.innerHeight < 760 ? 64 : 96);

/**
 * The timeline under the graph: histogram of dated relations, a day-snapping brush, playback.
 * `relations` come from the explorer's time index, or from `collectRelations` over a graph.
 */
export function mountTimeline(
  el: HTMLElement,
  deps: { relations: DatedRelations; store: ViewStore },
): () => void {
  const { relations, store } = deps;
  const extent = extentOf(relations.days);
  const unit = chooseUnit(extent ? extent[1] - extent[0] + 1 : 0);
  const bins = extent ? buildBins(relations, extent, unit) : [];

  el.classList.add("tl");
  const controls = createControls(store);
  controls.setData(relations.undated, extent !== null);
  const chart = document.createElement("div");
  chart.className = "tl-chart";
  el.append(controls.root, chart);
  if (!extent) chart.textContent = "No relation has a date.";

  const svg = d3.select(chart).append("svg").attr("class", "tl-svg").attr("height", chartHeight());
  svg.append("title").text("Dated relations per " + unit);
  const bars = svg.append("g").attr("class", "tl-bars");
  const axis = svg.append("g").attr("class", "tl-axis").attr("aria-hidden", "true");
  const brushLayer = svg.append("g").attr("class", "tl-brush");

  let written: Range | null = null;
  // Every gesture writes the store at once (the graph follows the drag); the brush snaps on release.
  const brush = createRangeBrush(brushLayer, (range) => {
    written = range;
    store.set({ range, playing: false });
  });
  const describe = (range: Range | null) => {
    if (!extent) return;
    const shown = range ?? extent;
    brushLayer.attr("aria-valuenow", shown[0]).attr("aria-valuetext", formatRange(range));
  };
  if (extent) {
    brushLayer
      .attr("tabindex", 0)
      .attr("role", "slider")
      .attr("aria-label", "Date range: arrows move, Shift+arrows resize, Home/End jump")
      .attr("aria-valuemin", extent[0])
      .attr("aria-valuemax", extent[1]);
  }

  const render = () => {
    const width = chart.clientWidth;
    if (!extent || width <= 0) return;
    // Read on every render: the chart follows the window's height as a page opened at that size would.
    const height = chartHeight();
    const frame: Frame = { width, height, margin: MARGIN };
    svg.attr("width", width).attr("height", height).attr("viewBox", `0 0 ${width} ${height}`);
    const x = dayScale(extent, frame);
    drawBars(bars, bins, x, frame, unit, store.get().edgeTypes);
    drawAxis(axis, x, frame);
    brush.resize(x, extent, frame);
  };

  const onKey = (event: KeyboardEvent) => {
    if (!extent) return;
    const next = rangeForKey(event.key, event.shiftKey, store.get().range, extent, UNIT_DAYS[unit]);
    if (!next) return;
    event.preventDefault();
    store.set({ range: next, playing: false });
  };
  const brushNode = brushLayer.node()!;
  brushNode.addEventListener("keydown", onKey);

  const unsubscribe = store.subscribe((state, changed) => {
    if (changed.has("range")) {
      if (state.range !== written) brush.show(state.range);
      written = null;
      describe(state.range);
    }
    if (changed.has("edgeTypes")) render();
  });
  // Its first notice, after the page's next layout, draws the chart: measuring it now would
  // force a layout of the page while the explorer is still mounting.
  const resizeObserver = new ResizeObserver(() => render());
  resizeObserver.observe(chart);
  // A window made shorter, not narrower, leaves the chart's width as it was.
  window.addEventListener("resize", render);
  const stopPlayer = createPlayer(
    store,
    () => extent,
    undefined,
    () => shownDays(relations, store.get().edgeTypes),
  );
  brush.show(store.get().range);
  describe(store.get().range);

  return () => {
    stopPlayer();
    unsubscribe();
    resizeObserver.disconnect();
    window.removeEventListener("resize", render);
    brushNode.removeEventListener("keydown", onKey);
    brushLayer.on(".brush", null);
    controls.destroy();
    chart.remove();
    el.classList.remove("tl");
  };
}
