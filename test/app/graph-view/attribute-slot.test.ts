import { describe, expect, test, vi } from "vitest";
import type { InstancedProgramDefinition } from "sigma/rendering";
import { attributeSlot } from "../../../src/app/graph-view/attribute-slot";
import { withFocusFade } from "../../../src/app/graph-view/edge-focus-program";

// Sigma's rendering module reads WebGL constants as it loads; Node has none, and any number will do.
vi.hoisted(() => {
  const constants = new Proxy({}, { get: () => 0 });
  Object.assign(globalThis, { WebGLRenderingContext: constants, WebGL2RenderingContext: constants });
});

const definition = {
  ATTRIBUTES: [
    { name: "a_position", size: 2, type: 0 },
    { name: "a_color", size: 4, type: 0, normalized: true },
    { name: "a_day", size: 1, type: 0 },
    { name: "a_inFocus", size: 1, type: 0 },
  ],
} as unknown as InstancedProgramDefinition;

describe("program wrappers find their own attribute", () => {
  test("an attribute's slot counts the floats before it, a packed colour as one", () => {
    expect(attributeSlot(definition, "a_position")).toBe(0);
    expect(attributeSlot(definition, "a_color")).toBe(2);
    expect(attributeSlot(definition, "a_day")).toBe(3);
    expect(attributeSlot(definition, "a_inFocus")).toBe(4);
  });

  test("a missing attribute is named in the error", () => {
    expect(() => attributeSlot(definition, "a_size")).toThrow(/a_size/);
  });
});

describe("the edge focus shader", () => {
  test("runs sigma's main first, then fades edges outside the focus, but never in the picking pass", () => {
    const base = "attribute vec4 a_color;\nvarying vec4 v_color;\nvoid main() {\n  v_color = a_color;\n}\n";
    const wrapped = withFocusFade(base);
    expect(wrapped.match(/void main\(\)/g)).toHaveLength(1);
    expect(wrapped.indexOf("drawFocusedEdge();")).toBeLessThan(wrapped.indexOf("v_color = u_fadedColor"));
    expect(wrapped).toMatch(
      /#ifndef PICKING_MODE\s+if \(u_focused > 0\.5 && a_inFocus < 0\.5\) v_color = u_fadedColor;\s+#endif/,
    );
  });
});
