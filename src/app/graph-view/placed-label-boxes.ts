import type Sigma from "sigma";
import type { PlacedBox } from "./label-placer";

/** Where each renderer's labels went in its last frame, by actor (see placed-labels-program). */
const placed = new WeakMap<Sigma, ReadonlyMap<string, PlacedBox>>();

/** Called by the label program: `boxes` is its own map, refilled on every frame. */
export function notePlacedLabels(renderer: Sigma, boxes: ReadonlyMap<string, PlacedBox>): void {
  placed.set(renderer, boxes);
}

/** Where the renderer's last frame drew each label, in CSS pixels of the view. */
export const placedLabels = (renderer: Sigma): ReadonlyMap<string, PlacedBox> =>
  placed.get(renderer) ?? new Map();

declare global {
  interface Window {
    /** Test hook: a copy of the label boxes the renderer drew last, by actor. */
    __placedLabels?: (renderer: Sigma) => Record<string, PlacedBox>;
  }
}

/**
 * Lets browser tests read the boxes the placer gave the labels, rather than guess them from
 * pixels: a copy, so that a test cannot move a label.
 */
export function exposePlacedLabels(): void {
  window.__placedLabels = (renderer) =>
    Object.fromEntries([...placedLabels(renderer)].map(([key, box]) => [key, { ...box }]));
}
