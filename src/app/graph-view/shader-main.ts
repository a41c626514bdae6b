const MAIN = /void\s+main\s*\(\s*(void)?\s*\)/;

/**
 * Renames a sigma shader's main() to `renamedTo`, so that a wrapper can append its own main()
 * that calls it first and then adjusts what it wrote. Throws, naming `owner`, when the shader has
 * no main() to rename (a sigma upgrade changed its shaders).
 */
export function renameMain(
  shader: string,
  renamedTo: string,
  owner: string,
  stage: "vertex" | "fragment" = "vertex",
): string {
  if (!MAIN.test(shader)) throw new Error(`${owner} ${stage} shader has no main()`);
  return shader.replace(MAIN, `void ${renamedTo}()`);
}
