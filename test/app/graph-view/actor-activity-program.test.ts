import { describe, expect, test } from "vitest";
import {
  drawsFaded,
  drawsIdle,
  FIXED_LOOK,
  withActivityLook,
  type ActorActivity,
} from "../../../src/app/graph-view/actor-activity-program";

const activity: ActorActivity = {
  flags: Uint8Array.from([1, 0, 1]),
  version: 1,
  hideIdle: () => false,
  focused: () => false,
};

describe("actor activity in the node program", () => {
  test("an actor is drawn faded when its display data names an idle actor's flag, or any while in focus", () => {
    expect(drawsIdle(activity, { activity: 1 })).toBe(true);
    expect(drawsIdle(activity, { activity: 0 })).toBe(false);
    expect(drawsIdle(activity, { activity: FIXED_LOOK })).toBe(false);
    expect(drawsIdle(activity, {})).toBe(false);
    expect(drawsFaded(activity, { activity: 1 })).toBe(true);
    expect(drawsFaded(activity, { activity: 0 })).toBe(false);
    // While an item is in focus, every actor whose look is left to the program is faded; the
    // reducer's own looks (the focus, the selection) are not.
    const focusing = { ...activity, focused: () => true };
    expect(drawsIdle(focusing, { activity: 0 })).toBe(false);
    expect(drawsFaded(focusing, { activity: 0 })).toBe(true);
    expect(drawsFaded(focusing, { activity: FIXED_LOOK })).toBe(false);
  });

  test("the wrapped vertex shader runs sigma's main first, then tests the flag", () => {
    const base = "attribute vec4 a_color;\nvarying vec4 v_color;\nvoid main() {\n  v_color = a_color;\n}\n";
    const wrapped = withActivityLook(base);
    expect(wrapped.match(/void main\(\)/g)).toHaveLength(1);
    expect(wrapped).toContain("void drawNode()");
    expect(wrapped.indexOf("drawNode();")).toBeLessThan(wrapped.indexOf("!isActive(a_activity)"));
    // Idle, or outside the focus: the idle colour; the picking pass keeps the actor's id as its colour.
    expect(wrapped).toMatch(
      /#ifndef PICKING_MODE\s+if \(idle \|\| u_focused > 0\.5\) v_color = u_idleColor;\s+#endif/,
    );
  });

  test("a shader without main() is refused with a message", () => {
    expect(() => withActivityLook("void draw() {}")).toThrow(/no main\(\)/);
  });
});
