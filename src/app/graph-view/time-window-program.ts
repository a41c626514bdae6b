import type { EdgeProgramType } from "sigma/rendering";
import type { EdgeDisplayData } from "sigma/types";
import type { DayNumber } from "../state/store";
import { withEdgeAttribute } from "./edge-attribute-program";
import { renameMain } from "./shader-main";

/**
 * The time window drawn by the edge programs themselves: each edge carries its day as a vertex
 * attribute and the window is a uniform, so moving the window costs a redraw and nothing per edge.
 * One object is shared by every program of every renderer (the view and the snapshot export).
 */
export interface TimeWindow {
  /** Sets the inclusive window; null shows every day. */
  set(range: readonly [DayNumber, DayNumber] | null): void;
  readonly from: number;
  readonly to: number;
}

/** The day written for an undated relation: the window always lets it through (its drawable flag decides). */
export const UNDATED_DAY = -1e7;
/** Beyond any day a float32 must hold exactly (2^24), yet far from the sentinel. */
const ALL_DAYS: [number, number] = [-5e6, 5e6];

export function createTimeWindow(range: readonly [DayNumber, DayNumber] | null): TimeWindow {
  let [from, to] = range ?? ALL_DAYS;
  return {
    set(range) {
      [from, to] = range ?? ALL_DAYS;
    },
    get from() {
      return from;
    },
    get to() {
      return to;
    },
  };
}

/** What a relation's display data carries for the shader (see build-graph). */
interface DatedDisplayData extends EdgeDisplayData {
  day?: number | null;
}

const WINDOW_UNIFORM = "u_timeWindow";
const DAY_ATTRIBUTE = "a_day";

/**
 * Wraps sigma's vertex shader: its main() is renamed and called first; then a vertex of an edge
 * dated outside the window is moved outside the clip volume. All vertices of an instance share
 * the day, so the whole edge is dropped before rasterising, in the picking pass as well.
 */
export function withWindowTest(vertexShader: string): string {
  return `${renameMain(vertexShader, "drawEdge", "time window: the edge")}
uniform vec2 ${WINDOW_UNIFORM};
attribute float ${DAY_ATTRIBUTE};
void main() {
  drawEdge();
  if (${DAY_ATTRIBUTE} > ${(UNDATED_DAY / 2).toFixed(1)} &&
      (${DAY_ATTRIBUTE} < ${WINDOW_UNIFORM}.x || ${DAY_ATTRIBUTE} > ${WINDOW_UNIFORM}.y))
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
}
`;
}

/**
 * An instanced sigma edge program that also draws only the edges dated inside `window` (undated
 * ones always).
 */
export function withTimeWindow(BaseProgram: EdgeProgramType, window: TimeWindow): EdgeProgramType {
  return withEdgeAttribute(BaseProgram, {
    owner: "time window",
    attribute: DAY_ATTRIBUTE,
    uniforms: [WINDOW_UNIFORM],
    wrapVertexShader: withWindowTest,
    valueOf: (data) => (data as DatedDisplayData).day ?? UNDATED_DAY,
    setUniforms: (gl, locations) => gl.uniform2f(locations[WINDOW_UNIFORM]!, window.from, window.to),
  });
}
