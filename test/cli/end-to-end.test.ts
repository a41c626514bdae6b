import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateNetworkFile } from "../../src/schema";
import { makeTempTree, REPO_ROOT } from "./helpers";

/** `npx tsx src/cli/preprocess.ts ...args`, from the repository root, as a user would run it. */
function spawnPreprocess(args: string[]) {
  const result = spawnSync("npx", ["tsx", "src/cli/preprocess.ts", ...args], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    env: { ...process.env, CI: "true" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const SUMMARY =
  /^preprocess: 5 articles -> \d+ actors? \(\d+ person, \d+ organization, \d+ country, \d+ media\), \d+ edges? \(\d+ call, \d+ statement, \d+ citation\), \d+ undated, in \d+\.\d s -> (.+)\n$/;

describe("npx tsx src/cli/preprocess.ts", () => {
  it("turns the seeds into a valid network with the 5 seed articles and prints the summary", () => {
    const out = path.join(makeTempTree(), "graph.json");
    const result = spawnPreprocess(["seeds", "--out", out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(SUMMARY);
    expect(SUMMARY.exec(result.stdout)?.[1]).toBe(out);

    const json: unknown = JSON.parse(fs.readFileSync(out, "utf8"));
    const { file, errors, dropped } = validateNetworkFile(json);
    expect({ errors, dropped }).toEqual({ errors: [], dropped: [] });
    const seeds = fs
      .readdirSync(path.join(REPO_ROOT, "seeds"))
      .filter((name) => name.endsWith(".txt"))
      .map((name) => name.replace(/\.txt$/, ""))
      .sort();
    expect(seeds).toHaveLength(5);
    expect(file?.attributes.articles.map((article) => article.id)).toEqual(seeds);
  });

  it.each([
    { args: ["--help"], code: 0, stdout: /^Usage: /, stderr: /^(?![\s\S]*preprocess:)/ },
    { args: ["--frobnicate"], code: 2, stdout: /^$/, stderr: /preprocess: Unknown option '--frobnicate'/ },
    { args: ["no-such-folder"], code: 1, stdout: /^$/, stderr: /preprocess: no-such-folder: no such folder/ },
  ])("exits $code for $args", ({ args, code, stdout, stderr }) => {
    const result = spawnPreprocess(args);
    expect(result.code).toBe(code);
    expect(result.stdout).toMatch(stdout);
    expect(result.stderr).toMatch(stderr);
  });
});
