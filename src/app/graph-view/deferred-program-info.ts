import type { ProgramInfo } from "sigma/rendering";

/** What compiling a program makes: read from a deferred program, they compile it. */
const COMPILED_FIELDS = [
  "program",
  "buffer",
  "constantBuffer",
  "uniformLocations",
  "attributeLocations",
  "vertexShader",
  "fragmentShader",
] as const;

/** Deferred programs, each with whether it has been compiled yet. */
const compiledYet = new WeakMap<ProgramInfo, () => boolean>();

/**
 * A sigma program's WebGL program, compiled and linked the first time its shaders, buffers or
 * locations are read rather than when it is made. Each compile and link waits for the GPU process
 * (three round trips per program); a picking program is not drawn until the pointer asks what is
 * under it, so deferring it takes half of that wait off a page's first frame.
 */
export function deferredProgramInfo(
  known: Pick<ProgramInfo, "name" | "isPicking" | "gl" | "frameBuffer">,
  compile: () => ProgramInfo,
): ProgramInfo {
  let compiled: ProgramInfo | null = null;
  const deferred = { ...known } as ProgramInfo;
  for (const field of COMPILED_FIELDS)
    Object.defineProperty(deferred, field, {
      enumerable: true,
      get: () => (compiled ??= compile())[field],
    });
  compiledYet.set(deferred, () => compiled !== null);
  return deferred;
}

/** Whether a program's WebGL program exists: a deferred one not yet compiled has nothing to delete. */
export const isCompiled = (info: ProgramInfo): boolean => compiledYet.get(info)?.() ?? true;

/** Compiles a deferred program now (a program made at once is left as it is). */
export function compileNow(info: ProgramInfo): void {
  if (!isCompiled(info)) void info.program;
}
