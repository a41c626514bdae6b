import { EdgeProgram, type InstancedProgramDefinition, type ProgramInfo } from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from "sigma/types";
import { floatColor } from "sigma/utils";
import { ARROW_HEAD_VARYING } from "./dashed-edge-program";

/** Sigma's arrow proportions (its EdgeArrowHeadProgram's defaults), in edge thicknesses. */
const LENGTH_TO_THICKNESS = 2.5;
const WIDENESS_TO_THICKNESS = 2;

/**
 * A straight arrow drawn by one program: sigma's own arrow is a compound of two instanced
 * programs (a line stopping short of the target, then a head), so each directed relation is two
 * instances, drawn by two draw calls with every wrapper's test run twice. Software WebGL
 * (SwiftShader) draws each instance as a draw of its own, so the pair cost as much as two
 * relations. Here one instance of nine vertices draws both: six for sigma's clamped line
 * (`a_barycentric` all zero), three for its head (`a_barycentric` picks the corner). The line's
 * fragment shader draws the head solid (`v_normal` zero), and `v_arrowHead` tells a wrapper which
 * fragments are the head's. The attributes keep sigma's names, so the wrappers stack on it as on
 * sigma's programs; the picture is sigma's.
 */
const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_normal;
attribute float a_normalCoef;
attribute vec2 a_positionStart;
attribute vec2 a_positionEnd;
attribute float a_positionCoef;
attribute float a_radius;
attribute float a_radiusCoef;
attribute vec3 a_barycentric;

uniform mat3 u_matrix;
uniform float u_zoomRatio;
uniform float u_sizeRatio;
uniform float u_pixelRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform float u_lengthToThicknessRatio;
uniform float u_widenessToThicknessRatio;
uniform float u_feather;

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float ${ARROW_HEAD_VARYING};

const float bias = 255.0 / 254.0;

void main() {
  float normalLength = length(a_normal);
  vec2 unitNormal = a_normal / normalLength;
  // Sigma's thickness, at least u_minEdgeThickness pixels on screen, in WebGL units.
  float webGLThickness = max(normalLength, u_minEdgeThickness * u_sizeRatio) * u_correctionRatio / u_sizeRatio;
  float webGLArrowHeadLength = webGLThickness * u_lengthToThicknessRatio * 2.0;

  if (a_barycentric == vec3(0.0)) {
    // The line (sigma's EdgeClampedProgram): it stops short of the target's disc and the head.
    vec2 normal = unitNormal * a_normalCoef;
    vec2 position = a_positionStart * (1.0 - a_positionCoef) + a_positionEnd * a_positionCoef;
    float radius = a_radius * a_radiusCoef;
    float direction = sign(radius);
    float webGLNodeRadius = direction * radius * 2.0 * u_correctionRatio / u_sizeRatio;
    vec2 compensation = vec2(-direction * normal.y, direction * normal.x) * (webGLNodeRadius + webGLArrowHeadLength);
    gl_Position = vec4((u_matrix * vec3(position + normal * webGLThickness + compensation, 1)).xy, 0, 1);
    v_thickness = webGLThickness / u_zoomRatio;
    v_normal = normal;
    v_feather = u_feather * u_correctionRatio / u_zoomRatio / u_pixelRatio * 2.0;
    ${ARROW_HEAD_VARYING} = 0.0;
  } else {
    // The head (sigma's EdgeArrowHeadProgram), its tip on the target's disc.
    // Sigma hands its head program the line's normal turned around.
    vec2 headNormal = -unitNormal;
    float webGLNodeRadius = a_radius * 2.0 * u_correctionRatio / u_sizeRatio;
    float webGLArrowHeadThickness = webGLThickness * u_widenessToThicknessRatio;
    float da = a_barycentric.x;
    float db = a_barycentric.y;
    float dc = a_barycentric.z;
    vec2 delta = vec2(
        da * (webGLNodeRadius * headNormal.y)
      + db * ((webGLNodeRadius + webGLArrowHeadLength) * headNormal.y + webGLArrowHeadThickness * headNormal.x)
      + dc * ((webGLNodeRadius + webGLArrowHeadLength) * headNormal.y - webGLArrowHeadThickness * headNormal.x),
        da * (-webGLNodeRadius * headNormal.x)
      + db * (-(webGLNodeRadius + webGLArrowHeadLength) * headNormal.x + webGLArrowHeadThickness * headNormal.y)
      + dc * (-(webGLNodeRadius + webGLArrowHeadLength) * headNormal.x - webGLArrowHeadThickness * headNormal.y)
    );
    gl_Position = vec4((u_matrix * vec3(a_positionEnd + delta, 1)).xy, 0, 1);
    // Solid: the line's fragment shader leaves a fragment on its axis whole.
    v_thickness = 1.0;
    v_normal = vec2(0.0);
    v_feather = 0.5;
    ${ARROW_HEAD_VARYING} = 1.0;
  }

  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

/** Sigma's line fragment shader (antialiased across the line), and the head flag for wrappers. */
const FRAGMENT_SHADER = /* glsl */ `
precision mediump float;

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float ${ARROW_HEAD_VARYING};

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main(void) {
  #ifdef PICKING_MODE
  gl_FragColor = v_color;
  #else
  float dist = length(v_normal) * v_thickness;
  float t = smoothstep(v_thickness - v_feather, v_thickness, dist);
  gl_FragColor = mix(v_color, transparent, t);
  #endif
}
`;

const UNIFORMS = [
  "u_matrix",
  "u_zoomRatio",
  "u_sizeRatio",
  "u_correctionRatio",
  "u_pixelRatio",
  "u_feather",
  "u_minEdgeThickness",
  "u_lengthToThicknessRatio",
  "u_widenessToThicknessRatio",
] as const;

export class EdgeArrowProgram extends EdgeProgram<(typeof UNIFORMS)[number]> {
  getDefinition(): InstancedProgramDefinition<(typeof UNIFORMS)[number]> {
    const { FLOAT, UNSIGNED_BYTE, TRIANGLES } = WebGLRenderingContext;
    return {
      VERTICES: 9,
      VERTEX_SHADER_SOURCE: VERTEX_SHADER,
      FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
      METHOD: TRIANGLES,
      UNIFORMS: [...UNIFORMS],
      ATTRIBUTES: [
        { name: "a_positionStart", size: 2, type: FLOAT },
        { name: "a_positionEnd", size: 2, type: FLOAT },
        { name: "a_normal", size: 2, type: FLOAT },
        { name: "a_color", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_id", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_radius", size: 1, type: FLOAT },
      ],
      CONSTANT_ATTRIBUTES: [
        { name: "a_positionCoef", size: 1, type: FLOAT },
        { name: "a_normalCoef", size: 1, type: FLOAT },
        { name: "a_radiusCoef", size: 1, type: FLOAT },
        { name: "a_barycentric", size: 3, type: FLOAT },
      ],
      CONSTANT_DATA: [
        // The line: sigma's EdgeClampedProgram's six vertices.
        [0, 1, 0, 0, 0, 0],
        [0, -1, 0, 0, 0, 0],
        [1, 1, 1, 0, 0, 0],
        [1, 1, 1, 0, 0, 0],
        [0, -1, 0, 0, 0, 0],
        [1, -1, -1, 0, 0, 0],
        // The head: sigma's EdgeArrowHeadProgram's three corners.
        [0, 0, 0, 1, 0, 0],
        [0, 0, 0, 0, 1, 0],
        [0, 0, 0, 0, 0, 1],
      ],
    };
  }

  processVisibleItem(
    edgeIndex: number,
    startIndex: number,
    sourceData: NodeDisplayData,
    targetData: NodeDisplayData,
    data: EdgeDisplayData,
  ): void {
    const thickness = data.size || 1;
    const dx = targetData.x - sourceData.x;
    const dy = targetData.y - sourceData.y;
    const squared = dx * dx + dy * dy;
    const scale = squared ? thickness / Math.sqrt(squared) : 0;
    // Sigma's EdgeClampedProgram's layout; the head reads the same floats.
    const array = this.array;
    array[startIndex] = sourceData.x;
    array[startIndex + 1] = sourceData.y;
    array[startIndex + 2] = targetData.x;
    array[startIndex + 3] = targetData.y;
    array[startIndex + 4] = -dy * scale;
    array[startIndex + 5] = dx * scale;
    array[startIndex + 6] = floatColor(data.color);
    array[startIndex + 7] = edgeIndex;
    array[startIndex + 8] = targetData.size || 1;
  }

  setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo): void {
    const at = uniformLocations as Record<(typeof UNIFORMS)[number], WebGLUniformLocation>;
    gl.uniformMatrix3fv(at.u_matrix, false, params.matrix);
    gl.uniform1f(at.u_zoomRatio, params.zoomRatio);
    gl.uniform1f(at.u_sizeRatio, params.sizeRatio);
    gl.uniform1f(at.u_correctionRatio, params.correctionRatio);
    gl.uniform1f(at.u_pixelRatio, params.pixelRatio);
    gl.uniform1f(at.u_feather, params.antiAliasingFeather);
    gl.uniform1f(at.u_minEdgeThickness, params.minEdgeThickness);
    gl.uniform1f(at.u_lengthToThicknessRatio, LENGTH_TO_THICKNESS);
    gl.uniform1f(at.u_widenessToThicknessRatio, WIDENESS_TO_THICKNESS);
  }
}
