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
import { assertVertexTextures, bindFlags, flagTestSource, type ItemFlags } from "./flags-texture";
import { shaderColor } from "./shader-color";
import { renameMain } from "./shader-main";
import { asProgramType, programClass } from "./sigma-internals";

/**
 * Which actors are active (shown with a shown relation) and which idle, read by the node program
 * itself: an actor's look follows its flag on the GPU, so a time step that only makes actors active
 * or idle costs sigma no reducer call and no buffer write. One object is shared by every program
 * of every renderer (the view and the snapshot export).
 */
export interface ActorActivity extends FocusState, ItemFlags {
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
${flagTestSource("isActive", FLAGS_UNIFORM, SHAPE_UNIFORM)}
uniform vec4 ${IDLE_COLOR_UNIFORM};
uniform float ${HIDE_IDLE_UNIFORM};
uniform float ${FOCUSED_UNIFORM};
attribute float ${ACTIVITY_ATTRIBUTE};
void main() {
  drawNode();
  if (${ACTIVITY_ATTRIBUTE} >= 0.0) {
    bool idle = !isActive(${ACTIVITY_ATTRIBUTE});
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

/** The members of sigma's NodeProgram that the wrapper uses or overrides. */
interface InstancedNodeProgram {
  readonly isInstanced: boolean;
  readonly ATTRIBUTES_ITEMS_COUNT: number;
  readonly array: Float32Array;
  drawLabel: NodeLabelDrawingFunction | undefined;
  getDefinition(): InstancedProgramDefinition;
  processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData): void;
  setUniforms(params: RenderParams, programInfo: ProgramInfo): void;
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
  const Base = programClass<InstancedNodeProgram>(BaseProgram);
  const idle = shaderColor(idleColor);
  class ActorActivityProgram extends Base {
    private activitySlot = -1;

    constructor(gl: WebGLRenderingContext, pickingBuffer: WebGLFramebuffer | null, renderer: Sigma) {
      super(gl, pickingBuffer, renderer);
      if (!this.isInstanced) throw new Error("actor activity: only instanced node programs can be wrapped");
      assertVertexTextures(gl, "actor activity");
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
      const uniforms = { sampler: uniformLocations[FLAGS_UNIFORM]!, shape: uniformLocations[SHAPE_UNIFORM]! };
      bindFlags(gl, activity, 0, uniforms, "actor activity");
      gl.uniform4f(uniformLocations[IDLE_COLOR_UNIFORM]!, ...idle);
      gl.uniform1f(uniformLocations[HIDE_IDLE_UNIFORM]!, activity.hideIdle() ? 1 : 0);
      gl.uniform1f(uniformLocations[FOCUSED_UNIFORM]!, activity.focused() ? 1 : 0);
    }
  }
  return asProgramType<NodeProgramType>(ActorActivityProgram);
}
