import type Sigma from "sigma";
import type { EdgeProgramType, InstancedProgramDefinition, ProgramInfo } from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from "sigma/types";
import { attributeSlot } from "./attribute-slot";
import { asProgramType, programClass } from "./sigma-internals";

/** The members of sigma's EdgeProgram that the wrappers use or override. */
export interface InstancedEdgeProgram {
  readonly isInstanced: boolean;
  readonly array: Float32Array;
  /** Floats per edge. */
  readonly STRIDE: number;
  getDefinition(): InstancedProgramDefinition;
  /** Writes edge `edgeIndex` at `offset` (in edges): blank when it or an actor is hidden. */
  process(
    edgeIndex: number,
    offset: number,
    sourceData: NodeDisplayData,
    targetData: NodeDisplayData,
    data: EdgeDisplayData,
  ): void;
  processVisibleItem(
    edgeIndex: number,
    startIndex: number,
    sourceData: NodeDisplayData,
    targetData: NodeDisplayData,
    data: EdgeDisplayData,
  ): void;
  setUniforms(params: RenderParams, programInfo: ProgramInfo): void;
}

/** One float per edge that a wrapped vertex shader reads, and the uniforms it compares it with. */
export interface EdgeAttribute {
  /** Names the wrapper in errors. */
  owner: string;
  attribute: string;
  uniforms: readonly string[];
  /** Sigma's vertex shader with the attribute and uniforms declared and used. */
  wrapVertexShader(source: string): string;
  /** The attribute's value for one edge, from its display data. */
  valueOf(data: EdgeDisplayData): number;
  /** Called at every render, after sigma has set its own uniforms. */
  setUniforms(gl: WebGLRenderingContext, locations: Record<string, WebGLUniformLocation>): void;
}

/**
 * An instanced sigma edge program with one more float per edge, appended after the base
 * program's attributes (the base writes its own first), for a vertex shader that decides more
 * on the GPU: a redraw with new uniforms then costs nothing per edge.
 */
export function withEdgeAttribute(BaseProgram: EdgeProgramType, spec: EdgeAttribute): EdgeProgramType {
  const Base = programClass<InstancedEdgeProgram>(BaseProgram);
  class EdgeAttributeProgram extends Base {
    // A true private field: wrappers stack, and a TypeScript `private` one would be a single
    // property of the instance, shared by every wrapper in the stack.
    #slot = -1;

    constructor(gl: WebGLRenderingContext, pickingBuffer: WebGLFramebuffer | null, renderer: Sigma) {
      super(gl, pickingBuffer, renderer);
      if (!this.isInstanced) throw new Error(`${spec.owner}: only instanced edge programs can be wrapped`);
    }

    override getDefinition(): InstancedProgramDefinition {
      const definition = super.getDefinition();
      return {
        ...definition,
        UNIFORMS: [...definition.UNIFORMS, ...spec.uniforms],
        ATTRIBUTES: [
          ...definition.ATTRIBUTES,
          { name: spec.attribute, size: 1, type: WebGLRenderingContext.FLOAT },
        ],
        VERTEX_SHADER_SOURCE: spec.wrapVertexShader(definition.VERTEX_SHADER_SOURCE),
      };
    }

    override processVisibleItem(
      edgeIndex: number,
      startIndex: number,
      sourceData: NodeDisplayData,
      targetData: NodeDisplayData,
      data: EdgeDisplayData,
    ): void {
      super.processVisibleItem(edgeIndex, startIndex, sourceData, targetData, data);
      // Wrappers stack, so this attribute is not always the last: found once by name.
      if (this.#slot < 0) this.#slot = attributeSlot(this.getDefinition(), spec.attribute);
      this.array[startIndex + this.#slot] = spec.valueOf(data);
    }

    override setUniforms(params: RenderParams, programInfo: ProgramInfo): void {
      super.setUniforms(params, programInfo);
      spec.setUniforms(programInfo.gl, programInfo.uniformLocations);
    }
  }
  return asProgramType<EdgeProgramType>(EdgeAttributeProgram);
}
