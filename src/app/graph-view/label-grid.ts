import { Camera, type Sigma } from "sigma";
import type { Coordinates, Dimensions, NodeDisplayData } from "sigma/types";
import { matrixFromCamera } from "sigma/utils";

/** The private parts of sigma this module reaches into; checked before each use. */
interface LabelInternals {
  labelGrid: {
    resizeAndClear(dimensions: Dimensions, cellSize: number): void;
    add(key: string, size: number, position: Coordinates): void;
    organize(): void;
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
