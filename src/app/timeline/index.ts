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
import "./timeline.css";

type Range = [DayNumber, DayNumber];

const MARGIN = { top: 8, right: 12, bottom: 22, left: 12 };
const HEIGHT = 96;

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

  const svg = d3.select(chart).append("svg").attr("class", "tl-svg").attr("height", HEIGHT);
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
    const frame: Frame = { width, height: HEIGHT, margin: MARGIN };
    svg.attr("width", width).attr("viewBox", `0 0 ${width} ${HEIGHT}`);
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
  const resizeObserver = new ResizeObserver(() => render());
  resizeObserver.observe(chart);
  const stopPlayer = createPlayer(store, () => extent);
  render();
  brush.show(store.get().range);
  describe(store.get().range);

  return () => {
    stopPlayer();
    unsubscribe();
    resizeObserver.disconnect();
    brushNode.removeEventListener("keydown", onKey);
    brushLayer.on(".brush", null);
    controls.destroy();
    chart.remove();
    el.classList.remove("tl");
  };
}
