import type { DayNumber } from "../state/store";
import { dayToIso } from "../time";

/** File names that say what was exported, and the one way a file leaves the browser. */

export function exportFileName(range: readonly [DayNumber, DayNumber] | null, extension: string): string {
  const dates = range ? `-${dayToIso(range[0])}_${dayToIso(range[1])}` : "";
  return `actor-network${dates}.${extension}`;
}

export const MIME_TYPES = {
  png: "image/png",
  gexf: "application/gexf+xml",
  json: "application/json",
} as const;

/** Saves a blob through an object URL and a temporary link; the URL is released afterwards. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
