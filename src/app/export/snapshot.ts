import { drawOnCanvas } from "@sigma/export-image";
import type Sigma from "sigma";
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

export async function snapshotBlob(
  renderer: Sigma,
  scale: number,
  caption: { lines: readonly string[]; legend: readonly LegendItem[] },
): Promise<Blob> {
  // The container's size, not sigma's cached one, which only follows window resizes.
  const { offsetWidth: width, offsetHeight: height } = renderer.getContainer();
  const canvas = await withPixelRatio(scale, () =>
    drawOnCanvas(renderer, { width, height, backgroundColor: NEUTRAL_COLORS.background }),
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
