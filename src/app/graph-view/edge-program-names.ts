import { STATUS_KIND_OF, type RelationStatus } from "../../schema";

/**
 * The names under which the renderer registers its edge programs, apart from the programs
 * themselves (which need WebGL to load), so the reducer and the tests read them anywhere.
 */

/** How a relation is drawn apart from its status: curves apart for parallel edges, arrows when directed. */
export const EDGE_SHAPES = ["line", "arrow", "curved", "curvedArrow"] as const;
export type EdgeShape = (typeof EDGE_SHAPES)[number];

export function shapeOf(directed: boolean, curvature: number): EdgeShape {
  if (curvature !== 0) return directed ? "curvedArrow" : "curved";
  return directed ? "arrow" : "line";
}

/** A shape's program, dashed where the status has a dash: "line", or "line:planned". */
export function programName(shape: EdgeShape, status?: RelationStatus): string {
  const dashed = status !== undefined && STATUS_KIND_OF[status]?.dash;
  return dashed ? `${shape}:${status}` : shape;
}

/** The sigma program that draws a relation. */
export const programOf = (directed: boolean, curvature: number, status?: RelationStatus): string =>
  programName(shapeOf(directed, curvature), status);
