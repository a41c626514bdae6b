import type Sigma from "sigma";
import type { EdgeProgramType, InstancedProgramDefinition, ProgramInfo } from "sigma/rendering";
import type { RenderParams } from "sigma/types";
import type { InstancedEdgeProgram } from "./edge-attribute-program";
import { asProgramType, programClass } from "./sigma-internals";
import { renameMain } from "./shader-main";

/** A dash and the gap after it, in CSS pixels (a relation status's `dash`). */
export type DashPattern = readonly [number, number];

/** The varying a straight arrow program sets to 1 on its head (see edge-arrow-program). */
export const ARROW_HEAD_VARYING = "v_arrowHead";

const VIEWPORT_UNIFORM = "u_dashViewport";
const ALONG_VARYING = "v_dashAlong";
const OWNER = "dashed edges";

/**
 * The attributes that hold an edge's two ends in sigma's instanced edge programs: the straight
 * ones (rectangle, clamped, arrow head) and @sigma/edge-curve's.
 */
const END_ATTRIBUTES = [
  ["a_positionStart", "a_positionEnd"],
  ["a_source", "a_target"],
] as const;

const glslFloat = (value: number) => (Number.isInteger(value) ? value.toFixed(1) : String(value));

/** The base program's pair of end attributes; throws when a sigma upgrade renamed them. */
export function endAttributes(definition: InstancedProgramDefinition): readonly [string, string] {
  const names = new Set(definition.ATTRIBUTES.map((attribute) => attribute.name));
  const ends = END_ATTRIBUTES.find(([from, to]) => names.has(from) && names.has(to));
  if (!ends) throw new Error(`${OWNER}: the edge program has no source and target attributes`);
  return ends;
}

/**
 * Wraps sigma's edge vertex shader: after its main(), the vertex's distance along the edge from
 * its source, in CSS pixels, is handed to the fragment shader. The projection is affine in the
 * vertex's position, so the interpolated value is exact at every fragment, for any edge shape.
 */
export function withDashDistance(vertexShader: string, [from, to]: readonly [string, string]): string {
  return `${renameMain(vertexShader, "drawSolidEdge", `${OWNER}: the edge`)}
uniform vec2 ${VIEWPORT_UNIFORM};
varying float ${ALONG_VARYING};
void main() {
  drawSolidEdge();
  vec2 halfViewport = ${VIEWPORT_UNIFORM} * 0.5;
  vec2 sourcePx = (u_matrix * vec3(${from}, 1.0)).xy * halfViewport;
  vec2 axis = (u_matrix * vec3(${to}, 1.0)).xy * halfViewport - sourcePx;
  vec2 herePx = gl_Position.xy / gl_Position.w * halfViewport;
  ${ALONG_VARYING} = dot(herePx - sourcePx, axis) / max(length(axis), 1e-6);
}
`;
}

/**
 * A condition under which a fragment stays solid: an arrow's head is drawn by the same fragment
 * shader as its line, by @sigma/edge-curve near `v_targetPoint` for a curved arrow, and where
 * `v_arrowHead` is set for a straight one (edge-arrow-program).
 */
function solidHead(fragmentShader: string): string {
  if (new RegExp(`\\b${ARROW_HEAD_VARYING}\\b`).test(fragmentShader)) return `${ARROW_HEAD_VARYING} > 0.5`;
  if (!/\bv_targetPoint\b/.test(fragmentShader)) return "false";
  return "length(gl_FragCoord.xy - v_targetPoint) < v_targetSize + v_thickness * u_lengthToThicknessRatio";
}

/**
 * Wraps sigma's edge fragment shader: after its main(), the gaps of the pattern are cleared. The
 * picking pass stays whole, so a dashed edge can be hovered along all its length.
 */
export function withDashGaps(fragmentShader: string, [dash, gap]: DashPattern): string {
  return `${renameMain(fragmentShader, "shadeSolidEdge", `${OWNER}: the edge`, "fragment")}
varying float ${ALONG_VARYING};
void main() {
  shadeSolidEdge();
  #ifndef PICKING_MODE
  if (mod(${ALONG_VARYING}, ${glslFloat(dash + gap)}) > ${glslFloat(dash)} && !(${solidHead(fragmentShader)}))
    gl_FragColor = vec4(0.0);
  #endif
}
`;
}

/**
 * A dashed variant of an instanced sigma edge program (a planned call, drawn as such). It writes
 * the same vertex data as the base, so the other wrappers stack on it as they do on the base, and
 * solid edges keep their own programs: a dash costs nothing to the edges that have none.
 */
export function withDashes(BaseProgram: EdgeProgramType, dash: DashPattern): EdgeProgramType {
  const Base = programClass<InstancedEdgeProgram>(BaseProgram);
  abstract class DashedEdgeProgram extends Base {
    constructor(gl: WebGLRenderingContext, pickingBuffer: WebGLFramebuffer | null, renderer: Sigma) {
      super(gl, pickingBuffer, renderer);
      if (!this.isInstanced) throw new Error(`${OWNER}: only instanced edge programs can be dashed`);
    }

    override getDefinition(): InstancedProgramDefinition {
      const definition = super.getDefinition();
      return {
        ...definition,
        UNIFORMS: [...definition.UNIFORMS, VIEWPORT_UNIFORM],
        VERTEX_SHADER_SOURCE: withDashDistance(definition.VERTEX_SHADER_SOURCE, endAttributes(definition)),
        FRAGMENT_SHADER_SOURCE: withDashGaps(definition.FRAGMENT_SHADER_SOURCE, dash),
      };
    }

    override setUniforms(params: RenderParams, programInfo: ProgramInfo): void {
      super.setUniforms(params, programInfo);
      programInfo.gl.uniform2f(programInfo.uniformLocations[VIEWPORT_UNIFORM]!, params.width, params.height);
    }
  }
  return asProgramType<EdgeProgramType>(DashedEdgeProgram);
}
