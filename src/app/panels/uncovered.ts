import { PANELS, type Panel } from "./side-panels";

/** A box in the graph container's pixels, as sigma's viewport coordinates are. */
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Each panel's element in index.html. */
const PANEL_IDS: Record<Panel, string> = { filters: "filters-panel", details: "details-slot" };

/** Narrower than this, what the overlays leave is no place to show anything: the whole view is used. */
const MIN_FREE_PX = 160;

/**
 * The part of the graph that no open side panel covers: below 1280 px the panels lie over the
 * graph (side-panels.ts), the filters from its left edge, the details from its right, so the free
 * part is the band between them. Where the panels are columns beside the graph, or stacked under
 * it, nothing is covered and this is the whole view.
 */
export function uncoveredArea(container: HTMLElement): Area {
  const graph = container.getBoundingClientRect();
  let [left, right] = [graph.left, graph.right];
  for (const panel of PANELS) {
    const box = document.getElementById(PANEL_IDS[panel])?.getBoundingClientRect();
    if (!box || box.width === 0 || box.height === 0) continue;
    const overlaps =
      box.left < graph.right && box.right > graph.left && box.top < graph.bottom && box.bottom > graph.top;
    if (!overlaps) continue;
    if (box.left + box.width / 2 < graph.left + graph.width / 2) left = Math.max(left, box.right);
    else right = Math.min(right, box.left);
  }
  if (right - left < MIN_FREE_PX) [left, right] = [graph.left, graph.right];
  return { x: left - graph.left, y: 0, width: right - left, height: graph.height };
}

/** Whether an open side panel lies over part of the graph, so that `uncoveredArea` is narrower. */
export const panelsCover = (container: HTMLElement): boolean =>
  uncoveredArea(container).width < container.getBoundingClientRect().width - 1;

/** Whether a disc (centre and radius in the container's pixels) lies wholly inside an area, `margin` in. */
export const holds = (area: Area, disc: { x: number; y: number; radius: number }, margin = 0): boolean =>
  disc.x - disc.radius >= area.x + margin &&
  disc.x + disc.radius <= area.x + area.width - margin &&
  disc.y - disc.radius >= area.y + margin &&
  disc.y + disc.radius <= area.y + area.height - margin;
