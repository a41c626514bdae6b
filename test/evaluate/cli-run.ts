import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, where `src/` and `node_modules/` are. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[]): Run {
  const { status, stdout, stderr } = spawnSync(command, args, { cwd: REPO_ROOT, encoding: "utf8" });
  return { code: status, stdout, stderr };
}

/** `npm run evaluate -- ARGS`, without npm's banner. */
export const runEvaluate = (args: string[]): Run =>
  run(process.execPath, [
    path.join(REPO_ROOT, "node_modules/tsx/dist/cli.mjs"),
    "src/cli/evaluate.ts",
    ...args,
  ]);

/** The dev corpus's reference scorer: `node score.mjs GRAPH GOLD ARGS`. */
export const runScoreMjs = (scorer: string, graph: string, gold: string, args: string[] = []): Run =>
  run(process.execPath, [scorer, graph, gold, ...args]);
