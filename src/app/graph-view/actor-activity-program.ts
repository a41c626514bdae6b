import type Sigma from "sigma";
import type {
  InstancedProgramDefinition,
  NodeLabelDrawingFunction,
  NodeProgramType,
  ProgramInfo,
} from "sigma/rendering";
import type { NodeDisplayData, RenderParams } from "sigma/types";
import { attributeSlot } from "./attribute-slot";
import type { FocusState } from "./edge-focus-program";
import { shaderColor } from "./shader-color";
import { renameMain } from "./shader-main";

/**
 * Which actors are active (shown with a shown relation) and which idle, read by the node program
 * itself: an actor's look follows its flag on the GPU, so a time step that only makes actors active
 * or idle costs sigma no reducer call and no buffer write. One object is shared by every program
 * of every renderer (the view and the snapshot export).
 */
export interface ActorActivity extends FocusState {
  /** Per actor, by the index its display data carries: 1 when active, 0 when idle. */
  readonly flags: Uint8Array;
  /** Changes whenever a flag does, so that each program uploads the flags only then. */
  readonly version: number;
  /** Whether idle actors are left out rather than faded. */
  hideIdle(): boolean;
  /**
   * Whether an item is in focus (hovered, or selected). The reducer decides the look of the
   * actors inside the focus; all others are then drawn faded and unlabelled, active or not.
   */
  focused(): boolean;
}

/** What an actor's display data carries for the program (see the node reducer). */
export interface ActivityDisplayData extends NodeDisplayData {
  /**
   * The actor's index in `ActorActivity.flags`, or FIXED_LOOK when the reducer decided its look
   * (the focus, and the selection).
   */
  activity?: number;
}

/** The activity index of an actor whose look does not depend on its activity. */
export const FIXED_LOOK = -1;

/** Texels per row of the flags texture: a power of two, so the shader's division is exact. */
export const FLAGS_ROW = 2048;

const FLAGS_UNIFORM = "u_activity";
const SHAPE_UNIFORM = "u_activityShape";
const IDLE_COLOR_UNIFORM = "u_idleColor";
const HIDE_IDLE_UNIFORM = "u_hideIdle";
const FOCUSED_UNIFORM = "u_focused";
const ACTIVITY_ATTRIBUTE = "a_activity";

/**
 * Wraps sigma's node vertex shader: its main() is renamed and called first; then an actor whose
 * flag says idle takes the idle colour, or, when idle actors are hidden, is moved outside the clip
 * volume (in the picking pass as well, so it cannot be hovered). While an item is in focus, every
 * actor whose look the reducer left to the program takes the idle colour too. The picking pass
 * keeps its ids.
 */
export function withActivityLook(vertexShader: string): string {
  return `${renameMain(vertexShader, "drawNode", "actor activity: the node")}
uniform sampler2D ${FLAGS_UNIFORM};
uniform vec2 ${SHAPE_UNIFORM};
uniform vec4 ${IDLE_COLOR_UNIFORM};
uniform float ${HIDE_IDLE_UNIFORM};
uniform float ${FOCUSED_UNIFORM};
attribute float ${ACTIVITY_ATTRIBUTE};
void main() {
  drawNode();
  if (${ACTIVITY_ATTRIBUTE} >= 0.0) {
    float row = floor(${ACTIVITY_ATTRIBUTE} / ${SHAPE_UNIFORM}.x);
    vec2 texel = vec2(${ACTIVITY_ATTRIBUTE} - row * ${SHAPE_UNIFORM}.x, row) + 0.5;
    bool idle = texture2D(${FLAGS_UNIFORM}, texel / ${SHAPE_UNIFORM}).r < 0.5;
    if (idle && ${HIDE_IDLE_UNIFORM} > 0.5) gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    #ifndef PICKING_MODE
    if (idle || ${FOCUSED_UNIFORM} > 0.5) v_color = ${IDLE_COLOR_UNIFORM};
    #endif
  }
}
`;
}

/** Whether the program draws this actor as idle (its label is then left out too). */
export function drawsIdle(activity: ActorActivity, data: Partial<ActivityDisplayData>): boolean {
  const index = data.activity ?? FIXED_LOOK;
  return index >= 0 && activity.flags[index] === 0;
}

/** Whether the program draws this actor faded, idle or outside the focus; its label is left out. */
export function drawsFaded(activity: ActorActivity, data: Partial<ActivityDisplayData>): boolean {
  const index = data.activity ?? FIXED_LOOK;
  return index >= 0 && (activity.flags[index] === 0 || activity.focused());
}

/** What an instanced sigma node program is at run time (the factories declare only the opaque type). */
type ConcreteNodeProgram = new (
  gl: WebGLRenderingContext,
  pickingBuffer: WebGLFramebuffer | null,
  renderer: Sigma,
) => InstancedNodeProgram;

/** The members of sigma's NodeProgram that the wrapper uses or overrides. */
interface InstancedNodeProgram {
  readonly isInstanced: boolean;
  readonly ATTRIBUTES_ITEMS_COUNT: number;
  readonly array: Float32Array;
  drawLabel: NodeLabelDrawingFunction | undefined;
  getDefinition(): InstancedProgramDefinition;
  processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData): void;
  setUniforms(params: RenderParams, programInfo: ProgramInfo): void;
  kill(): void;
}

/**
 * An instanced sigma node program that draws idle actors in `idleColor` (or not at all, as
 * `activity.hideIdle()` says), and, while an item is in focus, the actors outside it in the same
 * colour; it leaves out the labels of both. Its activity attribute is appended after the base
 * program's, so the base writes its own attributes first. The flags travel as a one-byte-per-actor
 * texture, uploaded when their version moved.
 */
export function withActorActivity(
  BaseProgram: NodeProgramType,
  activity: ActorActivity,
  idleColor: string,
): NodeProgramType {
  const Base = BaseProgram as unknown as ConcreteNodeProgram;
  const idle = shaderColor(idleColor);
  class ActorActivityProgram extends Base {
    private readonly gl: WebGLRenderingContext;
    private readonly texture: WebGLTexture;
    private uploadedVersion = NaN;
    private rows = 0;
    private padded = new Uint8Array(0);
    private activitySlot = -1;

    constructor(gl: WebGLRenderingContext, pickingBuffer: WebGLFramebuffer | null, renderer: Sigma) {
      super(gl, pickingBuffer, renderer);
      if (!this.isInstanced) throw new Error("actor activity: only instanced node programs can be wrapped");
      if (gl.getParameter(gl.MAX_VERTEX_TEXTURE_IMAGE_UNITS) < 1)
        throw new Error("actor activity: this GPU cannot read textures in vertex shaders");
      const texture = gl.createTexture();
      if (!texture) throw new Error("actor activity: could not create the flags texture");
      this.gl = gl;
      this.texture = texture;
      const drawLabel = this.drawLabel;
      if (drawLabel)
        this.drawLabel = (context, data, settings) => {
          if (!drawsFaded(activity, data)) drawLabel(context, data, settings);
        };
    }

    override getDefinition(): InstancedProgramDefinition {
      const definition = super.getDefinition();
      return {
        ...definition,
        UNIFORMS: [
          ...definition.UNIFORMS,
          FLAGS_UNIFORM,
          SHAPE_UNIFORM,
          IDLE_COLOR_UNIFORM,
          HIDE_IDLE_UNIFORM,
          FOCUSED_UNIFORM,
        ],
        ATTRIBUTES: [
          ...definition.ATTRIBUTES,
          { name: ACTIVITY_ATTRIBUTE, size: 1, type: WebGLRenderingContext.FLOAT },
        ],
        VERTEX_SHADER_SOURCE: withActivityLook(definition.VERTEX_SHADER_SOURCE),
      };
    }

    override processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData): void {
      super.processVisibleItem(nodeIndex, startIndex, data);
      if (this.activitySlot < 0) this.activitySlot = attributeSlot(this.getDefinition(), ACTIVITY_ATTRIBUTE);
      this.array[startIndex + this.activitySlot] = (data as ActivityDisplayData).activity ?? FIXED_LOOK;
    }

    override setUniforms(params: RenderParams, programInfo: ProgramInfo): void {
      super.setUniforms(params, programInfo);
      const { gl, uniformLocations } = programInfo;
      gl.activeTexture(gl.TEXTURE0);
      gl.bindTexture(gl.TEXTURE_2D, this.texture);
      this.uploadFlags();
      gl.uniform1i(uniformLocations[FLAGS_UNIFORM]!, 0);
      gl.uniform2f(uniformLocations[SHAPE_UNIFORM]!, FLAGS_ROW, this.rows);
      gl.uniform4f(uniformLocations[IDLE_COLOR_UNIFORM]!, ...idle);
      gl.uniform1f(uniformLocations[HIDE_IDLE_UNIFORM]!, activity.hideIdle() ? 1 : 0);
      gl.uniform1f(uniformLocations[FOCUSED_UNIFORM]!, activity.focused() ? 1 : 0);
    }

    /** Sends the bound texture the flags when they changed since the last upload. */
    private uploadFlags(): void {
      if (activity.version === this.uploadedVersion) return;
      const { gl } = this;
      const { flags } = activity;
      const rows = Math.max(1, Math.ceil(flags.length / FLAGS_ROW));
      gl.pixelStorei(gl.UNPACK_ALIGNMENT, 1);
      if (rows !== this.rows) {
        // Storage is allocated once per size; later uploads write into it.
        this.rows = rows;
        this.padded = new Uint8Array(rows * FLAGS_ROW);
        gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
        gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
        gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
        gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
        const { LUMINANCE, UNSIGNED_BYTE } = gl;
        gl.texImage2D(gl.TEXTURE_2D, 0, LUMINANCE, FLAGS_ROW, rows, 0, LUMINANCE, UNSIGNED_BYTE, null);
      }
      // The texture is 0 or 255 per actor, so that it reads back as 0.0 or 1.0 in the shader.
      for (let i = 0; i < flags.length; i++) this.padded[i] = flags[i]! * 255;
      gl.texSubImage2D(gl.TEXTURE_2D, 0, 0, 0, FLAGS_ROW, rows, gl.LUMINANCE, gl.UNSIGNED_BYTE, this.padded);
      this.uploadedVersion = activity.version;
    }

    override kill(): void {
      this.gl.deleteTexture(this.texture);
      super.kill();
    }
  }
  return ActorActivityProgram as unknown as NodeProgramType;
}
