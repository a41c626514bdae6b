import { describe, expect, test } from "vitest";
import { withDrawableTest } from "../../../src/app/graph-view/edge-drawable-program";
import { flagTestSource } from "../../../src/app/graph-view/flags-texture";

const SIGMA_LIKE = "attribute vec4 a_color;\nvarying vec4 v_color;\nvoid main() {\n  v_color = a_color;\n}\n";

describe("drawable flags in the edge programs", () => {
  test("the wrapped vertex shader runs sigma's main first, then drops an edge whose flag is not set", () => {
    const wrapped = withDrawableTest(SIGMA_LIKE);
    expect(wrapped.match(/void main\(\)/g)).toHaveLength(1);
    expect(wrapped).toContain("void drawAnyEdge()");
    const main = wrapped.slice(wrapped.indexOf("void main()"));
    expect(main.indexOf("drawAnyEdge();")).toBeLessThan(main.indexOf("isDrawable("));
    // Outside the clip volume, in the drawing and the picking pass alike; so is an edge without
    // an index (negative).
    expect(main).toMatch(
      /if \(a_drawIndex < 0\.0 \|\| !isDrawable\(a_drawIndex\)\) gl_Position = vec4\(2\.0, 2\.0, 2\.0, 1\.0\);/,
    );
    expect(main).not.toContain("PICKING_MODE");
  });

  test("a shader without main() is refused with a message", () => {
    expect(() => withDrawableTest("void draw() {}")).toThrow(/drawable relations.*no main\(\)/);
  });

  test("the flag test finds an item's texel by row and column, and reads a byte of 1 as set", () => {
    const source = flagTestSource("isSet", "u_flags", "u_shape");
    expect(source).toContain("uniform sampler2D u_flags;");
    expect(source).toContain("uniform vec2 u_shape;");
    expect(source).toContain("float row = floor(index / u_shape.x);");
    expect(source).toContain("vec2 texel = vec2(index - row * u_shape.x, row) + 0.5;");
    // The texture holds the flags as they are (0 or 1 per byte), read back as 0 and 1/255.
    expect(source).toContain("texture2D(u_flags, texel / u_shape).r > 0.0");
  });
});
