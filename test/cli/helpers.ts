import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";
import type { CliIo } from "../../src/cli/io";
import { runPreprocess } from "../../src/cli/run-preprocess";

/** The repository root, where `seeds/` and `src/` are. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Every folder made by makeTempTree in this test file, removed when the file's tests are done. */
const madeRoots: string[] = [];
afterAll(() => {
  for (const root of madeRoots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

/** A fresh temporary folder holding `files` (paths relative to it; folders made as needed). */
export function makeTempTree(files: Record<string, string | Uint8Array> = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "newsnet-cli-"));
  madeRoots.push(root);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
  return root;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command in-process with `cwd` as the current folder; output is captured. */
export function preprocessIn(cwd: string, argv: string[], io: Partial<CliIo> = {}): RunResult {
  let stdout = "";
  let stderr = "";
  const code = runPreprocess(argv, {
    cwd,
    env: {},
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stderrIsTTY: false,
    now: () => 0,
    ...io,
  });
  return { code, stdout, stderr };
}

/** A short article with people, places and a date, enough for the pipeline to chew on. */
export function article(topic: string): string {
  return (
    `${topic}\n\nPresident Joe Biden spoke with Russian President Vladimir Putin on Tuesday, ` +
    `the White House said. Kremlin spokesman Dmitry Peskov told reporters the talks on ${topic} were frank.\n`
  );
}

/** Every file name in a folder, to check that a failed run left no temporary file behind. */
export function listing(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

/** Every file, link and folder under `root`, as sorted relative paths ("in/", "in/a.txt"), links not followed. */
export function tree(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const name = `${prefix}${entry.name}`;
      if (entry.isDirectory()) {
        found.push(`${name}/`);
        walk(path.join(dir, entry.name), `${name}/`);
      } else found.push(name);
    }
  };
  walk(root, "");
  return found.sort();
}
