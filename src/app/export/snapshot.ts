import { drawOnCanvas } from "@sigma/export-image";
import type Sigma from "sigma";
import type { NodeDisplayData } from "sigma/types";
import { offerLargestLabelsFirst, rebuildLabelGrid } from "../graph-view/label-grid";
import { NEUTRAL_COLORS } from "../theme";
import { drawCaption } from "./compose";
import type { LegendItem } from "./snapshot-caption";

/**
 * A PNG of the view at `scale` times its CSS size, with caption and legend drawn over it.
 * `@sigma/export-image` renders at the device pixel ratio; for the length of the render the ratio
 * is set to `scale`, so the temporary renderer draws the same framing with sharper pixels.
 */

export const SNAPSHOT_SCALES = [1, 2, 4] as const;

async function withPixelRatio<T>(ratio: number, task: () => Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
  Object.defineProperty(window, "devicePixelRatio", { configurable: true, get: () => ratio });
  try {
    return await task();
  } finally {
    if (own) Object.defineProperty(window, "devicePixelRatio", own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

export interface SnapshotOptions {
  caption: { lines: readonly string[]; legend: readonly LegendItem[] };
  /** Actors whose labels the view leaves out: they take no place among the snapshot's labels either. */
  isLabelLeftOut?: (data: NodeDisplayData) => boolean;
}

export async function snapshotBlob(
  renderer: Sigma,
  scale: number,
  { caption, isLabelLeftOut }: SnapshotOptions,
): Promise<Blob> {
  // The container's size, not sigma's cached one, which only follows window resizes.
  const { offsetWidth: width, offsetHeight: height } = renderer.getContainer();
  const canvas = await withPixelRatio(scale, () =>
    drawOnCanvas(renderer, {
      width,
      height,
      backgroundColor: NEUTRAL_COLORS.background,
      // The copy sigma renders picks its labels from every actor; as the view's, its label grid
      // must leave out those whose labels are not drawn, or they crowd out their neighbours', and
      // must offer the largest actors' first.
      withTempRenderer: (copy) => {
        offerLargestLabelsFirst(copy);
        if (!isLabelLeftOut || rebuildLabelGrid(copy, isLabelLeftOut))
          copy.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true });
      },
    }),
  );
  drawCaption(canvas, caption.lines, caption.legend, scale);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob ? resolve(blob) : reject(new Error("export: the snapshot could not be encoded as PNG")),
      "image/png",
    ),
  );
}
