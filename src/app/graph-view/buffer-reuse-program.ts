import type { EdgeProgramType, NodeProgramType, Program, ProgramInfo } from "sigma/rendering";
import { asProgramType, programClass } from "./sigma-internals";
import { closeGeneration, createWriteLog, noteWrite, staleRanges, type WriteLog } from "./upload-plan";

/**
 * What a sigma node or edge program is at run time: a `Program` whose `process` writes one item
 * (index, offset in items, then the node's or the edge's display data).
 */
type ProcessingProgram = Program & { process(index: number, offset: number, ...data: unknown[]): void };

/** What one GPU buffer (the drawing one, or the picking one) holds, and its attribute bindings. */
interface BufferState {
  array: Float32Array | null;
  syncedAt: number;
  constantsUploaded: boolean;
  /** The program's attribute bindings, recorded once (WebGL 2; null on WebGL 1). */
  vertexArray: WebGLVertexArrayObject | null;
}

/**
 * A sigma program that sends the GPU only what changed since the last render. Sigma re-sends the
 * whole vertex array of every program, twice (drawing and picking buffers), on every render: at
 * 1M relations about 70 MB per frame, for a camera move that changed nothing in them. This logs
 * the chunks `process` writes and sends only those; a reallocated array is sent whole.
 *
 * Sigma also points, enables and disables every attribute of every program around each draw:
 * over 400 WebGL calls a frame for our six programs (drawing and picking passes), each checked by
 * the browser. On WebGL 2 the bindings are recorded once per pass in a vertex array object, so a
 * draw binds one: a camera-only redraw of 1k actors and 10k relations went from 1.6 to 1.1 ms.
 * The buffers stay the same objects when the arrays are reallocated, so the bindings stay valid.
 */
export function withBufferReuse<T extends NodeProgramType | EdgeProgramType>(BaseProgram: T): T {
  const Base = programClass<ProcessingProgram>(BaseProgram);
  // Abstract for the type checker only: sigma's typings declare Program abstract, the base is concrete.
  abstract class BufferReusingProgram extends Base {
    private writes: WriteLog = createWriteLog(0);
    private readonly buffers = new Map<ProgramInfo, BufferState>();

    override reallocate(capacity: number): void {
      const before = this.array;
      super.reallocate(capacity);
      if (this.array !== before) this.writes = createWriteLog(capacity);
    }

    override process(index: number, offset: number, ...data: unknown[]): void {
      super.process(index, offset, ...data);
      noteWrite(this.writes, offset);
    }

    protected override bindProgram(info: ProgramInfo): void {
      const { gl } = info;
      const state = this.stateOf(info);
      if (state.vertexArray && gl instanceof WebGL2RenderingContext) gl.bindVertexArray(state.vertexArray);
      else this.bindAttributes(info);
      if (this.isInstanced && !state.constantsUploaded) {
        gl.bindBuffer(gl.ARRAY_BUFFER, info.constantBuffer);
        gl.bufferData(gl.ARRAY_BUFFER, this.constantArray, gl.STATIC_DRAW);
        state.constantsUploaded = true;
      }
      gl.bindBuffer(gl.ARRAY_BUFFER, info.buffer);
      this.upload(gl, state);
      gl.bindBuffer(gl.ARRAY_BUFFER, null);
    }

    protected override unbindProgram(info: ProgramInfo): void {
      const { gl } = info;
      if (this.stateOf(info).vertexArray && gl instanceof WebGL2RenderingContext) gl.bindVertexArray(null);
      else super.unbindProgram(info);
    }

    override kill(): void {
      for (const [{ gl }, { vertexArray }] of this.buffers)
        if (vertexArray && gl instanceof WebGL2RenderingContext) gl.deleteVertexArray(vertexArray);
      this.buffers.clear();
      super.kill();
    }

    /** Points the attributes at the buffers as sigma does; on WebGL 2, into a vertex array kept for next time. */
    private bindAttributes(info: ProgramInfo): void {
      const { gl } = info;
      const state = this.stateOf(info);
      if (gl instanceof WebGL2RenderingContext) {
        state.vertexArray = gl.createVertexArray();
        gl.bindVertexArray(state.vertexArray);
      }
      if (this.isInstanced) {
        gl.bindBuffer(gl.ARRAY_BUFFER, info.constantBuffer);
        let offset = 0;
        for (const attribute of this.CONSTANT_ATTRIBUTES)
          offset += this.bindAttribute(attribute, info, offset, false);
      }
      gl.bindBuffer(gl.ARRAY_BUFFER, info.buffer);
      let offset = 0;
      for (const attribute of this.ATTRIBUTES)
        offset += this.bindAttribute(attribute, info, offset, this.isInstanced ? true : undefined);
    }

    private stateOf(info: ProgramInfo): BufferState {
      let state = this.buffers.get(info);
      if (!state) {
        state = { array: null, syncedAt: 0, constantsUploaded: false, vertexArray: null };
        this.buffers.set(info, state);
      }
      return state;
    }

    /** Sends the bound buffer what it lacks: everything after a reallocation, else the stale chunks. */
    private upload(gl: WebGLRenderingContext, state: BufferState): void {
      if (state.array !== this.array) {
        gl.bufferData(gl.ARRAY_BUFFER, this.array, gl.DYNAMIC_DRAW);
        state.array = this.array;
      } else {
        const floatsPerItem = this.STRIDE;
        for (const [first, end] of staleRanges(this.writes, state.syncedAt, this.capacity))
          gl.bufferSubData(
            gl.ARRAY_BUFFER,
            first * floatsPerItem * Float32Array.BYTES_PER_ELEMENT,
            this.array.subarray(first * floatsPerItem, end * floatsPerItem),
          );
      }
      state.syncedAt = closeGeneration(this.writes);
    }
  }
  return asProgramType<T>(BufferReusingProgram);
}
