const MAIN = /void\s+main\s*\(\s*(void)?\s*\)/;

/**
 * Renames a sigma vertex shader's main() to `renamedTo`, so that a wrapper can append its own
 * main() that calls it first and then adjusts what it wrote. Throws, naming `owner`, when the
 * shader has no main() to rename (a sigma upgrade changed its shaders).
 */
export function renameMain(vertexShader: string, renamedTo: string, owner: string): string {
  if (!MAIN.test(vertexShader)) throw new Error(`${owner} vertex shader has no main()`);
  return vertexShader.replace(MAIN, `void ${renamedTo}()`);
}
