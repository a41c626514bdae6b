import { existsSync } from "node:fs";
import { join } from "node:path";
import { build } from "vite";
import { ROOT } from "../../test/e2e/build";

/** Where the bare sigma page is built: beside the tests' own build, ignored by git. */
export const BARE_DIST = join(ROOT, "test-results", "bench-bare");

/**
 * Builds the bare sigma page (bench/explorer/bare) with Vite, as the explorer is built: the same
 * bundler and the same sigma and graphology from node_modules, minified.
 */
export async function buildBarePage(): Promise<string> {
  await build({
    root: join(ROOT, "bench", "explorer", "bare"),
    base: "./",
    logLevel: "warn",
    configFile: false,
    build: { outDir: BARE_DIST, emptyOutDir: true, target: "es2022" },
  });
  if (!existsSync(join(BARE_DIST, "index.html")))
    throw new Error("bench:explorer: the bare sigma page did not build");
  return BARE_DIST;
}
