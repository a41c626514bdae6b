/**
 * Every place the explorer reaches past sigma's public API, in one module: the renderer's private
 * fields (label grid, display data cache, programs, picking, pointer captors), the concrete classes
 * behind its opaque program types, and what it passes its programs but does not declare. The
 * shapes below are sigma 3.0.3's; package.json pins that version exactly, and
 * `checkSigmaVersion` fails loudly at start when another is installed, rather than let a patch
 * silently do nothing or draw wrongly.
 */
import type Sigma from "sigma";
import type { EdgeProgramType, NodeProgramType } from "sigma/rendering";
import type { Coordinates, Dimensions, MouseCoords, NodeDisplayData } from "sigma/types";
import { version as installedSigmaVersion } from "sigma/package.json";

/** The sigma whose internals this module describes; package.json pins the same version. */
export const PATCHED_SIGMA_VERSION = "3.0.3";

/** Throws, naming both versions and what to do, unless `found` is the version patched here. */
export function checkSigmaVersion(found: string = installedSigmaVersion): void {
  if (found === PATCHED_SIGMA_VERSION) return;
  throw new Error(
    `sigma-internals: the explorer patches sigma ${PATCHED_SIGMA_VERSION}'s internals (label grid, ` +
      `picking, program buffers, pointer captors), but sigma ${found} is installed. Install ` +
      `sigma@${PATCHED_SIGMA_VERSION} exactly (package.json pins it), or check every reach-in in ` +
      `src/app/graph-view/sigma-internals.ts against sigma ${found} and move PATCHED_SIGMA_VERSION.`,
  );
}

/**
 * What sigma's render runs before it draws (resize, process), which the held first frame
 * (first-frame.ts) runs without drawing.
 */
export interface SigmaRendering {
  needToProcess: boolean;
  process(): void;
  render(): unknown;
  resize(): unknown;
}

/** A candidate in one of the label grid's cells; sigma keeps each cell sorted largest first. */
export interface GridCandidate {
  key: string;
  size: number;
}

/** Sigma's LabelGrid, which picks the node labels a frame may draw. */
export interface LabelGrid {
  resizeAndClear(dimensions: Dimensions, cellSize: number): void;
  add(key: string, size: number, position: Coordinates): void;
  organize(): void;
  getLabelsToDisplay(ratio: number, density: number): string[];
  cells: Record<string, GridCandidate[]>;
}

type Listener = (event: MouseCoords) => void;

/** Sigma's mouse and touch captors: event emitters (Node's `events`). */
export interface Captor {
  on(type: string, listener: Listener): unknown;
  removeListener(type: string, listener: Listener): unknown;
  isMouseDown?: boolean;
}

/** The private members of sigma's renderer that the explorer reads or replaces. */
export interface RendererInternals {
  labelGrid: LabelGrid;
  nodeDataCache: Record<string, NodeDisplayData>;
  /** Actors whose labels sigma draws whatever the grid says (the focus, the selection). */
  nodesWithForcedLabels: Set<string>;
  /** The actor and the relation under the pointer, if any. */
  hoveredNode: string | null;
  hoveredEdge: string | null;
  nodePrograms: Record<string, unknown>;
  edgePrograms: Record<string, unknown>;
  getNodeAtPosition(...args: unknown[]): unknown;
  getEdgeAtPoint(...args: unknown[]): unknown;
  /** Attaches a new blank texture, the size of the canvas, to a layer's picking buffer. */
  resetWebGLTexture(layer: string): unknown;
  mouseCaptor: Captor & { isMouseDown: boolean };
  touchCaptor: Captor;
  /** Sigma's own handlers, by name (`handleMove`, `handleResize`...). */
  activeListeners: Record<string, ((event: MouseCoords) => void) | undefined>;
}

/** The type of each member checked on a renderer, as `typeof` names it. */
const SHAPE: Partial<Record<keyof RendererInternals, "object" | "function">> = {
  labelGrid: "object",
  nodeDataCache: "object",
  nodesWithForcedLabels: "object",
  nodePrograms: "object",
  edgePrograms: "object",
  getNodeAtPosition: "function",
  getEdgeAtPoint: "function",
  resetWebGLTexture: "function",
  mouseCaptor: "object",
  touchCaptor: "object",
  activeListeners: "object",
};

/**
 * The renderer's private members, once the installed sigma is checked to be the one patched here
 * and the renderer to have them; throws, naming what is missing, otherwise.
 */
export function rendererInternals(renderer: Sigma): RendererInternals {
  checkSigmaVersion();
  const internals = renderer as unknown as Record<string, unknown>;
  const missing = Object.entries(SHAPE)
    .filter(([name, type]) => typeof internals[name] !== type)
    .map(([name]) => name);
  for (const name of ["hoveredNode", "hoveredEdge"]) if (!(name in internals)) missing.push(name);
  if (missing.length > 0)
    throw new Error(
      `sigma-internals: sigma ${installedSigmaVersion}'s renderer lacks ${missing.join(", ")}; ` +
        "see PATCHED_SIGMA_VERSION in src/app/graph-view/sigma-internals.ts.",
    );
  return internals as unknown as RendererInternals;
}

/**
 * The class behind one of sigma's opaque program types, as `P` describes its instances: sigma's
 * typings declare the factories' results (`NodeProgramType`, `EdgeProgramType`) without the
 * members their subclasses override.
 */
export type ProgramClass<P> = new (
  gl: WebGLRenderingContext,
  pickingBuffer: WebGLFramebuffer | null,
  renderer: Sigma,
) => P;

export const programClass = <P>(program: NodeProgramType | EdgeProgramType): ProgramClass<P> =>
  program as unknown as ProgramClass<P>;

/** A subclass made with `programClass`, given back as the opaque type sigma's settings take. */
export const asProgramType = <T extends NodeProgramType | EdgeProgramType>(program: unknown): T =>
  program as T;

/** The renderer a program draws for: set by sigma's Program, which NodeProgramType does not declare. */
export const rendererOfProgram = (program: object): Sigma => (program as { renderer: Sigma }).renderer;

/** The actor whose label or hover is drawn: sigma passes its key with the data, undeclared. */
export const drawnKey = (data: object): string | undefined => (data as { key?: string }).key;
