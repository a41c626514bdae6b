import type Sigma from "sigma";
import type { EdgeProgramType } from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { indexToColor } from "sigma/utils";
import { withEdgeAttribute, type InstancedEdgeProgram } from "./edge-attribute-program";
import { asProgramType, programClass } from "./sigma-internals";
import { assertVertexTextures, bindFlags, flagTestSource, type ItemFlags } from "./flags-texture";
import { renameMain } from "./shader-main";

/** What a relation's display data carries for the program (see the edge reducer). */
export interface DrawableDisplayData extends EdgeDisplayData {
  /** The relation's index in the drawable flags; a relation without one is not drawn. */
  drawIndex?: number;
}

const NO_INDEX = -1;

const FLAGS_UNIFORM = "u_drawable";
const SHAPE_UNIFORM = "u_drawableShape";
const INDEX_ATTRIBUTE = "a_drawIndex";
const OWNER = "drawable relations";

/**
 * Wraps sigma's edge vertex shader: its main() is renamed and called first; then an edge whose
 * flag says it is not drawable is moved outside the clip volume, in the picking pass as well.
 */
export function withDrawableTest(vertexShader: string): string {
  return `${renameMain(vertexShader, "drawAnyEdge", `${OWNER}: the edge`)}
${flagTestSource("isDrawable", FLAGS_UNIFORM, SHAPE_UNIFORM)}
attribute float ${INDEX_ATTRIBUTE};
void main() {
  drawAnyEdge();
  if (${INDEX_ATTRIBUTE} < 0.0 || !isDrawable(${INDEX_ATTRIBUTE})) gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
}
`;
}

/**
 * An instanced sigma edge program that draws only the relations whose flag is set: the filters
 * (types, statuses, kinds, community, minimum degree, the undated toggle) are tested on the GPU,
 * so a filter change uploads the flags and processes no relation again.
 *
 * Sigma blanks an edge whose actor is hidden when it processes the edge, and only then; showing
 * the actor again would mean processing all its edges. Here the flag already says whether both
 * actors are shown, so an edge is always written whole, unless its own display data hides it.
 * `process` is sigma 3.0's own (EdgeProgram.process) without the actors' test.
 */
export function withDrawableFlags(BaseProgram: EdgeProgramType, drawable: ItemFlags): EdgeProgramType {
  const Flagged = programClass<InstancedEdgeProgram>(
    withEdgeAttribute(BaseProgram, {
      owner: OWNER,
      attribute: INDEX_ATTRIBUTE,
      uniforms: [FLAGS_UNIFORM, SHAPE_UNIFORM],
      wrapVertexShader: withDrawableTest,
      valueOf: (data) => (data as DrawableDisplayData).drawIndex ?? NO_INDEX,
      setUniforms(gl, locations) {
        const uniforms = { sampler: locations[FLAGS_UNIFORM]!, shape: locations[SHAPE_UNIFORM]! };
        bindFlags(gl, drawable, 0, uniforms, OWNER);
      },
    }),
  );
  class DrawableFlagsProgram extends Flagged {
    constructor(gl: WebGLRenderingContext, pickingBuffer: WebGLFramebuffer | null, renderer: Sigma) {
      super(gl, pickingBuffer, renderer);
      assertVertexTextures(gl, OWNER);
    }

    override process(
      edgeIndex: number,
      offset: number,
      sourceData: NodeDisplayData,
      targetData: NodeDisplayData,
      data: EdgeDisplayData,
    ): void {
      if (data.hidden) super.process(edgeIndex, offset, sourceData, targetData, data);
      else
        this.processVisibleItem(indexToColor(edgeIndex), offset * this.STRIDE, sourceData, targetData, data);
    }
  }
  return asProgramType<EdgeProgramType>(DrawableFlagsProgram);
}
