import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GOLD_JSON, PERFECT_EDGES, PERFECT_NODES, graphJson, scoreFiles } from "./article-fixtures";
import { runEvaluate } from "./cli-run";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsnet-evaluate-"));
const write = (name: string, json: unknown) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(json));
  return file;
};
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("npm run evaluate", { timeout: 30_000 }, () => {
  const graph = write("graph.json", graphJson(PERFECT_NODES, PERFECT_EDGES));

  it("scores a per-article gold and prints its figures as one JSON line with --json", () => {
    const run = runEvaluate([write("gold.json", GOLD_JSON), "--graph", graph, "--json"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${JSON.stringify(scoreFiles(PERFECT_NODES, PERFECT_EDGES).figures)}\n`);
  });

  it.each([
    {
      name: "a gold of neither format",
      json: { relations: [] },
      error: "not a usable gold standard:\n  it fits no gold format",
    },
    {
      name: "a per-article gold with a fault",
      json: { articles: [{ file: "a.txt", actors: [], edges: [{ type: "call", a: "X", b: "Y" }] }] },
      error: 'not a usable gold standard:\n  article 0 (a.txt): edge 0 names "X" in "a"',
    },
  ])("stops on $name, naming the file and the fault", ({ json, error }) => {
    const gold = write("bad.json", json);
    const run = runEvaluate([gold, "--graph", graph]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`evaluate: ${gold}: ${error}`);
  });

  it("stops on a network file that is no graph", () => {
    const run = runEvaluate([write("gold.json", GOLD_JSON), "--graph", write("g.json", { nodes: {} })]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('not a usable network file: it needs a "nodes" list and an "edges" list');
  });
});
