import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root and the built site the tests serve. */
export const ROOT = resolve(fileURLToPath(import.meta.url), "../../..");
export const DIST = join(ROOT, "dist");
const RESULTS = join(ROOT, "test-results");
const LOCK = join(RESULTS, ".e2e-build.lock");
const STAMP = join(RESULTS, ".e2e-build.stamp");
const INPUTS = ["src", "public", "seeds", "index.html", "vite.config.ts"];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

const fresh = () =>
  existsSync(join(DIST, "index.html")) &&
  existsSync(STAMP) &&
  statSync(STAMP).mtimeMs >= Math.max(...INPUTS.map((input) => newestChange(join(ROOT, input))));

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Builds the site (preprocess, then `vite build`) once for all test files: test files run in parallel, so the first takes a
 * lock (an atomic mkdir) and the others wait; a build newer than every source is reused.
 */
export async function ensureBuilt(): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  for (let waited = 0; !fresh(); waited += 250) {
    try {
      mkdirSync(LOCK);
    } catch {
      if (waited > 120_000 || Date.now() - statSync(LOCK).mtimeMs > 180_000)
        rmSync(LOCK, { recursive: true, force: true });
      await sleep(250);
      continue;
    }
    try {
      if (!fresh()) {
        // As `npm run build` does: the seeds' network first, so the site opens on it.
        execFileSync("npx", ["tsx", "src/cli/preprocess.ts", "--quiet"], { cwd: ROOT, stdio: "pipe" });
        execFileSync("npx", ["vite", "build", "--logLevel", "warn"], { cwd: ROOT, stdio: "pipe" });
        writeFileSync(STAMP, new Date().toISOString());
      }
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
