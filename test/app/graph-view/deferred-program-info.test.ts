import { describe, expect, it } from "vitest";
import type { ProgramInfo } from "sigma/rendering";
import {
  compileNow,
  deferredProgramInfo,
  isCompiled,
} from "../../../src/app/graph-view/deferred-program-info";

/** A stand-in for sigma's compile: counts its calls, and gives each field a value of its own. */
function countingCompile() {
  const made = { calls: 0 };
  const compile = () => {
    made.calls++;
    return {
      name: "pick",
      isPicking: true,
      program: { id: "program" },
      buffer: { id: "buffer" },
      constantBuffer: { id: "constant" },
      uniformLocations: { u_matrix: { id: "u_matrix" } },
      attributeLocations: { a_position: 2 },
      vertexShader: { id: "vertex" },
      fragmentShader: { id: "fragment" },
    } as unknown as ProgramInfo;
  };
  return { made, compile };
}

const known = { name: "pick", isPicking: true, gl: {} as WebGL2RenderingContext, frameBuffer: null };

describe("a program compiled on first use", () => {
  it("compiles nothing until a compiled field is read, then once for all of them", () => {
    const { made, compile } = countingCompile();
    const info = deferredProgramInfo(known, compile);
    expect(info.name).toBe("pick");
    expect(info.frameBuffer).toBeNull();
    expect(made.calls).toBe(0);
    expect(isCompiled(info)).toBe(false);
    expect(info.attributeLocations).toEqual({ a_position: 2 });
    expect(info.program).toEqual({ id: "program" });
    expect(info.buffer).toEqual({ id: "buffer" });
    expect(made.calls).toBe(1);
    expect(isCompiled(info)).toBe(true);
  });

  it("is compiled when asked to be, once", () => {
    const { made, compile } = countingCompile();
    const info = deferredProgramInfo(known, compile);
    compileNow(info);
    compileNow(info);
    expect(made.calls).toBe(1);
    expect(info.vertexShader).toEqual({ id: "vertex" });
  });

  it("counts a program made at once as compiled", () => {
    const { compile } = countingCompile();
    expect(isCompiled(compile())).toBe(true);
  });
});
