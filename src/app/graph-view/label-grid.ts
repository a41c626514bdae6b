import { Camera, type Sigma } from "sigma";
import type { NodeDisplayData } from "sigma/types";
import { matrixFromCamera } from "sigma/utils";
import {
  NO_OFFER,
  offerLabels,
  pickFromCells,
  type GridPicks,
  type LabelOffer,
  type LabelOrderDisplayData,
} from "./label-order";
import { discsInView, type FrameView } from "./label-discs";
import { rendererInternals, type LabelGrid } from "./sigma-internals";

/**
 * Rebuilds the grid sigma picks node labels from, the way its re-index does (labelled, not hidden
 * actors at their unzoomed viewport positions), but without re-indexing every relation: sigma has
 * no public call for this alone, and its re-index costs O(relations), about 0.2 s at 100k. Costs
 * O(actors). Actors for which `leaveOut` says so get no place in the grid, so that they do not
 * crowd out others' labels (the node program leaves idle actors' labels out). Returns true: sigma's
 * internals are checked (sigma-internals), and a sigma without them fails at start.
 */
export function rebuildLabelGrid(
  renderer: Sigma,
  leaveOut: (data: NodeDisplayData) => boolean = () => false,
): boolean {
  const { labelGrid, nodeDataCache } = rendererInternals(renderer);
  const dimensions = renderer.getDimensions();
  const unzoomed = matrixFromCamera(
    new Camera().getState(),
    dimensions,
    renderer.getGraphDimensions(),
    renderer.getStagePadding(),
  );
  labelGrid.resizeAndClear(dimensions, renderer.getSetting("labelGridCellSize"));
  renderer.getGraph().forEachNode((key) => {
    const data = nodeDataCache[key];
    if (data && typeof data.label === "string" && !data.hidden && !leaveOut(data))
      labelGrid.add(key, data.size, renderer.framedGraphToViewport(data, { matrix: unzoomed }));
  });
  labelGrid.organize();
  return true;
}

/** The frame's mapping from the framed graph to the view, as sigma's render computes it. */
const frameView = (renderer: Sigma): FrameView => ({
  ...renderer.getDimensions(),
  matrix: matrixFromCamera(
    renderer.getCamera().getState(),
    renderer.getDimensions(),
    renderer.getGraphDimensions(),
    renderer.getStagePadding(),
  ),
  sizeScale: renderer.scaleSize(1),
});

/** The labels each renderer was last offered: what the frame being drawn will label. */
const offers = new WeakMap<Sigma, LabelOffer>();

/** The labels sigma offers in the frame it draws (none when the order below is not installed). */
export const offeredLabels = (renderer: Sigma): LabelOffer => offers.get(renderer) ?? NO_OFFER;

/**
 * Makes sigma offer its labels as `offerLabels` orders them: sigma's grid hands them out cell by
 * cell, at most `labelDensity` per cell, and the label placer (placed-labels-program) gives a
 * contested place to the label that comes first; so a small actor in an early cell could take the
 * place of the largest actors' labels, and large actors sharing a cell with larger ones got none.
 * The grid's picks (its largest actors, the first few of each cell) are read once per grid
 * filling: sigma makes a new grid on every full refresh and `rebuildLabelGrid` refills it, both
 * ending with `organize`. A frame then costs the grid's own choice, sorted, plus the picks.
 */
export function offerLargestLabelsFirst(renderer: Sigma): void {
  const wrapped = new WeakSet<LabelGrid>();
  const internals = rendererInternals(renderer);
  renderer.on("beforeRender", () => {
    const grid = internals.labelGrid;
    if (wrapped.has(grid)) return;
    wrapped.add(grid);
    let picks: GridPicks | null = null;
    const organize = grid.organize.bind(grid);
    grid.organize = () => {
      organize();
      picks = null;
    };
    const labelsOf = grid.getLabelsToDisplay.bind(grid);
    const sizeOf = (key: string) => internals.nodeDataCache[key]?.size ?? 0;
    // The actor in focus: the one hovered, else the selection.
    const isFirst = (key: string) =>
      internals.hoveredNode
        ? key === internals.hoveredNode
        : !!(internals.nodeDataCache[key] as LabelOrderDisplayData | undefined)?.labelFirst;
    grid.getLabelsToDisplay = (ratio, density) => {
      picks ??= pickFromCells(Object.values(grid.cells));
      const forced = internals.nodesWithForcedLabels;
      const { labels, priority } = offerLabels(forced, picks, labelsOf(ratio, density), sizeOf, isFirst);
      const discs = discsInView(
        picks.crowded,
        priority,
        internals.nodeDataCache,
        frameView(renderer),
        renderer.getGraph().order,
      );
      offers.set(renderer, { labels, priority, discs });
      return labels;
    };
  });
}
