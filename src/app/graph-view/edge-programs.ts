import EdgeCurveProgram, { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { EdgeRectangleProgram, type EdgeProgramType } from "sigma/rendering";
import { RELATION_STATUS_KINDS } from "../../schema";
import { withDashes, type DashPattern } from "./dashed-edge-program";
import { EdgeArrowProgram } from "./edge-arrow-program";
import { EDGE_SHAPES, programName, type EdgeShape } from "./edge-program-names";

/** One program per shape, solid or dashed; `wrap` adds what every edge program tests on the GPU. */
function programsOfShapes(
  wrap: (program: EdgeProgramType) => EdgeProgramType,
  dash: DashPattern | null,
): Record<EdgeShape, EdgeProgramType> {
  const stroke = (program: EdgeProgramType) => wrap(dash ? withDashes(program, dash) : program);
  return {
    line: stroke(EdgeRectangleProgram),
    // Sigma's arrow (a line stopping short of the node, and a head) as one program; the head
    // stays solid.
    arrow: stroke(EdgeArrowProgram),
    curved: stroke(EdgeCurveProgram),
    curvedArrow: stroke(EdgeCurvedArrowProgram),
  };
}

/**
 * Every program `programOf` may name: the solid shapes, and the dashed ones of each status that
 * has a dash. A program no relation uses draws nothing and costs nothing per frame.
 */
export function edgeProgramClasses(
  wrap: (program: EdgeProgramType) => EdgeProgramType,
): Record<string, EdgeProgramType> {
  const classes: Record<string, EdgeProgramType> = { ...programsOfShapes(wrap, null) };
  for (const { status, dash } of RELATION_STATUS_KINDS) {
    if (!dash) continue;
    const dashed = programsOfShapes(wrap, dash);
    for (const shape of EDGE_SHAPES) classes[programName(shape, status)] = dashed[shape];
  }
  return classes;
}
