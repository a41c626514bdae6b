import { Camera, type Sigma } from "sigma";
import type { Coordinates, Dimensions, NodeDisplayData } from "sigma/types";
import { matrixFromCamera } from "sigma/utils";

/** The private parts of sigma this module reaches into; checked before each use. */
interface LabelInternals {
  labelGrid: {
    resizeAndClear(dimensions: Dimensions, cellSize: number): void;
    add(key: string, size: number, position: Coordinates): void;
    organize(): void;
    getLabelsToDisplay(ratio: number, density: number): string[];
  };
  nodeDataCache: Record<string, NodeDisplayData>;
}

/**
 * Rebuilds the grid sigma picks node labels from, the way its re-index does (labelled, not hidden
 * actors at their unzoomed viewport positions), but without re-indexing every relation: sigma has
 * no public call for this alone, and its re-index costs O(relations), about 0.2 s at 100k. Costs
 * O(actors). Actors for which `leaveOut` says so get no place in the grid, so that they do not
 * crowd out others' labels (the node program leaves idle actors' labels out). Returns false,
 * having changed nothing, when sigma's internals are not as expected; the caller then re-indexes
 * instead.
 */
export function rebuildLabelGrid(
  renderer: Sigma,
  leaveOut: (data: NodeDisplayData) => boolean = () => false,
): boolean {
  const { labelGrid, nodeDataCache } = renderer as unknown as Partial<LabelInternals>;
  const usable =
    typeof labelGrid?.resizeAndClear === "function" &&
    typeof labelGrid.add === "function" &&
    typeof labelGrid.organize === "function" &&
    typeof nodeDataCache === "object";
  if (!usable) return false;
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

/**
 * Makes sigma offer its labels largest actor first. Its grid hands them out cell by cell, and the
 * label placer (placed-labels-program) gives a contested place to the label that comes first; so
 * a small actor in an early cell could take the place of the largest actors' labels. Sigma makes a
 * new grid on every full refresh, so each render checks that the grid in use sorts. Does nothing
 * when sigma's internals are not as expected.
 */
export function offerLargestLabelsFirst(renderer: Sigma): void {
  const sorting = new WeakSet<object>();
  renderer.on("beforeRender", () => {
    const internals = renderer as unknown as Partial<LabelInternals>;
    const grid = internals.labelGrid;
    if (typeof grid?.getLabelsToDisplay !== "function" || sorting.has(grid)) return;
    sorting.add(grid);
    const labelsOf = grid.getLabelsToDisplay.bind(grid);
    const sizeOf = (key: string) => internals.nodeDataCache?.[key]?.size ?? 0;
    grid.getLabelsToDisplay = (ratio, density) =>
      labelsOf(ratio, density).sort((a, b) => sizeOf(b) - sizeOf(a));
  });
}
