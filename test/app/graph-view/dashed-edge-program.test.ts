import { describe, expect, test } from "vitest";
import type { InstancedProgramDefinition } from "sigma/rendering";
import {
  ARROW_HEAD_VARYING,
  endAttributes,
  withDashDistance,
  withDashGaps,
} from "../../../src/app/graph-view/dashed-edge-program";
import { EDGE_SHAPES, programName, programOf } from "../../../src/app/graph-view/edge-program-names";

const VERTEX =
  "attribute vec2 a_positionStart;\nuniform mat3 u_matrix;\nvoid main() {\n  gl_Position = vec4(0.0);\n}\n";
const FRAGMENT =
  "precision mediump float;\nvarying vec4 v_color;\nvoid main(void) {\n  gl_FragColor = v_color;\n}\n";
const CURVED_ARROW_FRAGMENT = `varying vec2 v_targetPoint;\n${FRAGMENT}`;

const definitionWith = (...names: string[]) =>
  ({
    ATTRIBUTES: names.map((name) => ({ name, size: 2, type: 0 })),
  }) as unknown as InstancedProgramDefinition;

describe("the program that draws a relation", () => {
  test.each([
    { directed: false, curvature: 0, status: undefined, program: "line" },
    { directed: true, curvature: 0, status: undefined, program: "arrow" },
    { directed: false, curvature: 0.3, status: "held", program: "curved" },
    { directed: true, curvature: 0.3, status: "held", program: "curvedArrow" },
    { directed: false, curvature: 0, status: "planned", program: "line:planned" },
    { directed: true, curvature: 0, status: "planned", program: "arrow:planned" },
    { directed: false, curvature: -0.3, status: "planned", program: "curved:planned" },
    { directed: true, curvature: 0.3, status: "planned", program: "curvedArrow:planned" },
  ] as const)("directed $directed, curvature $curvature, $status: $program", (row) => {
    expect(programOf(row.directed, row.curvature, row.status)).toBe(row.program);
  });

  test("held relations keep the solid programs; each dashed status has a program per shape", () => {
    expect(EDGE_SHAPES.map((shape) => programName(shape, "held"))).toEqual([...EDGE_SHAPES]);
    expect(EDGE_SHAPES.map((shape) => programName(shape, "planned"))).toEqual([
      "line:planned",
      "arrow:planned",
      "curved:planned",
      "curvedArrow:planned",
    ]);
  });
});

describe("dashed edges", () => {
  test("the vertex shader runs sigma's main first, then hands on the distance from the source", () => {
    const wrapped = withDashDistance(VERTEX, ["a_positionStart", "a_positionEnd"]);
    expect(wrapped.match(/void main\(\)/g)).toHaveLength(1);
    const main = wrapped.slice(wrapped.indexOf("void main()"));
    expect(main.indexOf("drawSolidEdge();")).toBeLessThan(main.indexOf("v_dashAlong ="));
    expect(main).toContain("(u_matrix * vec3(a_positionStart, 1.0)).xy * halfViewport");
    expect(main).toContain("(u_matrix * vec3(a_positionEnd, 1.0)).xy * halfViewport - sourcePx");
  });

  test("the fragment shader clears the gaps of the pattern, but not in the picking pass", () => {
    const wrapped = withDashGaps(FRAGMENT, [6, 4]);
    expect(wrapped.match(/void main\(\)/g)).toHaveLength(1);
    expect(wrapped).toContain("void shadeSolidEdge()");
    const main = wrapped.slice(wrapped.indexOf("void main()"));
    expect(main).toMatch(/#ifndef PICKING_MODE\n\s+if \(mod\(v_dashAlong, 10\.0\) > 6\.0 && !\(false\)\)/);
  });

  test("a straight arrow's head, drawn by the same program as its line, stays solid", () => {
    expect(withDashGaps(`varying float ${ARROW_HEAD_VARYING};\n${FRAGMENT}`, [6, 4])).toContain(
      `!(${ARROW_HEAD_VARYING} > 0.5)`,
    );
  });

  test("a curved arrow's head, drawn by the same fragment shader, stays solid", () => {
    expect(withDashGaps(CURVED_ARROW_FRAGMENT, [6, 4])).toContain(
      "!(length(gl_FragCoord.xy - v_targetPoint) < v_targetSize + v_thickness * u_lengthToThicknessRatio)",
    );
  });

  test.each([
    { names: ["a_id", "a_positionStart", "a_positionEnd"], ends: ["a_positionStart", "a_positionEnd"] },
    { names: ["a_source", "a_target", "a_curvature"], ends: ["a_source", "a_target"] },
  ])("finds the ends among $names", ({ names, ends }) => {
    expect(endAttributes(definitionWith(...names))).toEqual(ends);
  });

  test("a program without known ends, or a shader without main(), is refused with a message", () => {
    expect(() => endAttributes(definitionWith("a_position"))).toThrow(/dashed edges.*no source and target/);
    expect(() => withDashGaps("void shade() {}", [6, 4])).toThrow(
      /dashed edges.*fragment shader has no main\(\)/,
    );
  });
});
