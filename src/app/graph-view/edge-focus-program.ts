import type { EdgeProgramType } from "sigma/rendering";
import type { EdgeDisplayData } from "sigma/types";
import { withEdgeAttribute } from "./edge-attribute-program";
import { shaderColor } from "./shader-color";
import { renameMain } from "./shader-main";

/**
 * Whether an item is in focus (hovered, or selected): everything outside it is then drawn faded.
 * One object is shared by every program of every renderer (the view and the snapshot export).
 */
export interface FocusState {
  focused(): boolean;
}

/** What a relation's display data carries for the program (see the edge reducer). */
export interface FocusDisplayData extends EdgeDisplayData {
  /** True for the relations of the focus, which keep their colour. */
  inFocus?: boolean;
}

const FOCUSED_UNIFORM = "u_focused";
const FADED_COLOR_UNIFORM = "u_fadedColor";
const IN_FOCUS_ATTRIBUTE = "a_inFocus";

/**
 * Wraps sigma's edge vertex shader: its main() is renamed and called first; then, while an item
 * is in focus, an edge outside it takes the faded colour. The picking pass keeps its ids.
 */
export function withFocusFade(vertexShader: string): string {
  return `${renameMain(vertexShader, "drawFocusedEdge", "edge focus: the edge")}
uniform float ${FOCUSED_UNIFORM};
uniform vec4 ${FADED_COLOR_UNIFORM};
attribute float ${IN_FOCUS_ATTRIBUTE};
void main() {
  drawFocusedEdge();
  #ifndef PICKING_MODE
  if (${FOCUSED_UNIFORM} > 0.5 && ${IN_FOCUS_ATTRIBUTE} < 0.5) v_color = ${FADED_COLOR_UNIFORM};
  #endif
}
`;
}

/**
 * An instanced sigma edge program that fades, on the GPU, the edges outside the focus while there
 * is one. Bringing an item into focus, or out of it, then rewrites only its own relations (the
 * reducer marks them), not every relation of the graph.
 */
export function withEdgeFocus(
  BaseProgram: EdgeProgramType,
  focus: FocusState,
  fadedColor: string,
): EdgeProgramType {
  const faded = shaderColor(fadedColor);
  return withEdgeAttribute(BaseProgram, {
    owner: "edge focus",
    attribute: IN_FOCUS_ATTRIBUTE,
    uniforms: [FOCUSED_UNIFORM, FADED_COLOR_UNIFORM],
    wrapVertexShader: withFocusFade,
    valueOf: (data) => ((data as FocusDisplayData).inFocus ? 1 : 0),
    setUniforms(gl, locations) {
      gl.uniform1f(locations[FOCUSED_UNIFORM]!, focus.focused() ? 1 : 0);
      gl.uniform4f(locations[FADED_COLOR_UNIFORM]!, ...faded);
    },
  });
}
