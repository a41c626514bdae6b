import type Sigma from "sigma";
import type { EdgeProgramType, NodeProgramType, Program, ProgramInfo } from "sigma/rendering";
import type { RenderParams } from "sigma/types";
import { compileNow, deferredProgramInfo, isCompiled } from "./deferred-program-info";
import { asProgramType, programClass, rendererInternals } from "./sigma-internals";

/** A program whose picking pass waits until the pointer asks what is under it. */
interface PicksOnDemand {
  renderPicking(): void;
  /** Forgets the due pass: a new render has cleared the buffer, and may not draw this program. */
  forgetPicking(): void;
  /** Compiles the picking program, which waits until first drawn or until this is called. */
  preparePicking(): void;
}

/** Renderers whose pointer lookups draw the picking passes first (see installPickingOnDemand). */
const installed = new WeakSet<Sigma>();

/**
 * A sigma program that draws its picking pass (every item in a colour that encodes its index,
 * into an offscreen buffer sigma reads under the pointer) only when sigma is about to read it.
 * Sigma draws that pass on every render, so every program runs twice per frame, though nothing
 * reads the buffer while the timeline plays or the camera moves without the pointer (the pointer
 * over the graph asks on every move). `installPickingOnDemand` asks the programs for it before
 * sigma reads a pixel; the pass is drawn at most once per render, with that render's parameters.
 * Until that is installed on its renderer, the program draws both passes as sigma does. Put it
 * innermost: it replaces the base program's `render`, and wrappers outside it keep theirs. The
 * picking program itself is compiled when first drawn, or when the page is idle after its first
 * frame, not with the drawing one before that frame.
 */
export function withPickingOnDemand<T extends NodeProgramType | EdgeProgramType>(BaseProgram: T): T {
  const Base = programClass<Program>(BaseProgram);
  abstract class OnDemandPickingProgram extends Base implements PicksOnDemand {
    /** The last render's parameters, until its picking pass is drawn. */
    private pickingDue: RenderParams | null = null;

    // Called by sigma's constructor, before this class's fields exist.
    protected override getProgramInfo(
      name: "normal" | "pick",
      gl: WebGLRenderingContext | WebGL2RenderingContext,
      vertexShaderSource: string,
      fragmentShaderSource: string,
      frameBuffer: WebGLFramebuffer | null,
    ): ProgramInfo {
      const compile = () =>
        super.getProgramInfo(name, gl, vertexShaderSource, fragmentShaderSource, frameBuffer);
      if (name !== "pick") return compile();
      return deferredProgramInfo({ name, isPicking: true, gl, frameBuffer }, compile);
    }

    override kill(): void {
      // Nothing to delete: compiling the picking program only to delete it would stall the GPU.
      if (this.pickProgram && !isCompiled(this.pickProgram)) this.pickProgram = null;
      super.kill();
    }

    preparePicking(): void {
      if (this.pickProgram) compileNow(this.pickProgram);
    }

    override render(params: RenderParams): void {
      this.pickingDue = null;
      if (!installed.has(this.renderer)) return super.render(params);
      if (this.hasNothingToRender()) return;
      this.pickingDue = this.pickProgram ? params : null;
      const { gl } = this.normalProgram;
      gl.viewport(0, 0, params.width * params.pixelRatio, params.height * params.pixelRatio);
      this.bindProgram(this.normalProgram);
      this.renderProgram(params, this.normalProgram);
      this.unbindProgram(this.normalProgram);
    }

    forgetPicking(): void {
      this.pickingDue = null;
    }

    renderPicking(): void {
      const params = this.pickingDue;
      const picking = this.pickProgram;
      if (!params || !picking) return;
      this.pickingDue = null;
      const pixelRatio = params.pixelRatio / params.downSizingRatio;
      picking.gl.viewport(0, 0, params.width * pixelRatio, params.height * pixelRatio);
      this.bindProgram(picking);
      this.renderProgram({ ...params, pixelRatio }, picking);
      this.unbindProgram(picking);
    }
  }
  return asProgramType<T>(OnDemandPickingProgram);
}

const picksOnDemand = (program: unknown): program is PicksOnDemand =>
  typeof (program as Partial<PicksOnDemand>).renderPicking === "function";

/** These programs in sigma's order, a compound program's parts in theirs. */
function* onDemand(programs: Record<string, unknown> = {}): Generator<PicksOnDemand> {
  for (const program of Object.values(programs)) {
    const parts = (program as { programs?: unknown }).programs;
    for (const part of Array.isArray(parts) ? parts : [program]) if (picksOnDemand(part)) yield part;
  }
}

/**
 * Has sigma blank the picking buffers and draw the picking passes just before it reads the node
 * or the edge under the pointer, and no longer on every render (sigma's internals are checked by
 * sigma-internals).
 */
export function installPickingOnDemand(renderer: Sigma): void {
  const internals = rendererInternals(renderer);
  const { getNodeAtPosition, getEdgeAtPoint, resetWebGLTexture } = internals;
  // Sigma also gives each picking buffer (layers "nodes" and "edges", the latter with edge events
  // only) a new blank texture on every render, one the size of the canvas: that too waits until
  // the buffer is read.
  const blankDue = new Set<string>();
  internals.resetWebGLTexture = (layer) => {
    blankDue.add(layer);
    return renderer;
  };
  const drawPicking = (layer: string, programs: Record<string, unknown> | undefined) => {
    if (blankDue.delete(layer)) resetWebGLTexture.call(renderer, layer);
    for (const program of onDemand(programs)) program.renderPicking();
  };
  // Sigma asks twice for the node under a hovered pointer on one move; each read stalls the GPU
  // pipeline. Until the next render or process, the same pixel gives the same item.
  // The last answer per layer is kept: that is what sigma asks again.
  const answers = new Map<string, { at: string; item: unknown }>();
  const pick = (layer: string, x: unknown, y: unknown, read: () => unknown) => {
    const at = `${String(x)} ${String(y)}`;
    const known = answers.get(layer);
    if (known?.at === at) return known.item;
    drawPicking(layer, layer === "nodes" ? internals.nodePrograms : internals.edgePrograms);
    const item = read();
    answers.set(layer, { at, item });
    return item;
  };
  internals.getNodeAtPosition = (...args) => {
    const { x, y } = (args[0] ?? {}) as { x?: unknown; y?: unknown };
    return pick("nodes", x, y, () => getNodeAtPosition.apply(renderer, args));
  };
  internals.getEdgeAtPoint = (...args) =>
    pick("edges", args[0], args[1], () => getEdgeAtPoint.apply(renderer, args));
  // A render makes the picking buffers due to be blank, and may leave some programs out (an
  // empty graph): none of the last render's passes may be drawn into them.
  renderer.on("beforeRender", () => {
    answers.clear();
    for (const programs of [internals.nodePrograms, internals.edgePrograms])
      for (const program of onDemand(programs)) program.forgetPicking();
  });
  renderer.on("afterProcess", () => answers.clear());
  // The first hover should not wait for the picking programs to compile: they are compiled once
  // the page is idle after its first frame.
  const prepare = () => {
    renderer.off("afterRender", prepare);
    whenIdle(() => {
      for (const programs of [internals.nodePrograms, internals.edgePrograms])
        for (const program of onDemand(programs)) program.preparePicking();
    });
  };
  renderer.on("afterRender", prepare);
  installed.add(renderer);
}

const whenIdle = (run: () => void) =>
  typeof requestIdleCallback === "function" ? requestIdleCallback(run) : setTimeout(run, 0);
