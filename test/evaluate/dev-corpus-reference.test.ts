import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { evaluateArticleGold, parseArticleGold, readScoredGraph } from "../../src/evaluate";
import type { GraphEdge, GraphNode } from "./article-fixtures";
import { runEvaluate, runScoreMjs } from "./cli-run";

/**
 * Our per-article scoring against the dev corpus's reference scorer, on its real gold and a network
 * built here from that gold with every kind of flaw the scorer looks for. No pipeline runs.
 */

const DEV_CORPUS = fileURLToPath(new URL("../../../shared/dev-corpus/", import.meta.url));
const GOLD = path.join(DEV_CORPUS, "gold.json");
const SCORER = path.join(DEV_CORPUS, "score.mjs");
const present = fs.existsSync(GOLD) && fs.existsSync(SCORER);

type Ends = string | string[] | undefined;
interface RawArticle {
  file: string;
  published?: string;
  actors: { name: string; kind: string; aliases?: string[] }[];
  not_actors?: string[];
  edges: { type: string; a?: Ends; b?: Ends; from?: Ends; to?: Ends; date?: string | null }[];
}

const OTHER_KIND: Record<string, string> = {
  person: "organization",
  organization: "person",
  country: "media",
  media: "country",
};
const listOf = (ends: Ends) => (Array.isArray(ends) ? ends : ends === undefined ? [] : [ends]);
const shift = (date: string, days: number) =>
  new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);

/** One node per gold actor, varied by its position: exact, alias, within a longer label, wrong kind, missing, by alias list. */
function nodesFor(articles: RawArticle[]): { nodes: GraphNode[]; keyOf: Map<string, string> } {
  const nodes: GraphNode[] = [];
  const keyOf = new Map<string, string>();
  const actors = [...new Map(articles.flatMap((a) => a.actors).map((actor) => [actor.name, actor])).values()];
  actors.forEach(({ name, kind, aliases = [] }, n) => {
    const variants: (GraphNode["attributes"] | null)[] = [
      { label: name, kind },
      { label: aliases[0] ?? name.toUpperCase(), kind },
      { label: `Spokesman ${name} of Somewhere`, kind },
      { label: name, kind: OTHER_KIND[kind] },
      null,
      { label: "Someone", kind, aliases: [name] },
    ];
    const attributes = variants[n % variants.length];
    if (attributes) {
      keyOf.set(name, `n${n}`);
      nodes.push({ key: `n${n}`, attributes });
    }
    if (n % 7 === 0) nodes.push({ key: `d${n}`, attributes: { label: aliases.at(-1) ?? name, kind } });
  });
  articles.forEach((article, index) => {
    for (const junk of (article.not_actors ?? []).slice(0, 1))
      nodes.push({ key: `j${index}`, attributes: { label: junk } });
    nodes.push({ key: `u${index}`, attributes: { label: `Nobody In Particular ${index}`, kind: "person" } });
  });
  return { nodes, keyOf };
}

/** One edge per gold edge whose ends have nodes, with shifted dates, reversed ends and every form of provenance. */
function edgesFor(articles: RawArticle[], keyOf: Map<string, string>): GraphEdge[] {
  const edges: GraphEdge[] = [];
  let m = 0;
  articles.forEach((article, index) => {
    const id = article.file.replace(/\.txt$/, "");
    for (const gold of article.edges) {
      m++;
      const call = gold.type === "call";
      const from = listOf(call ? gold.a : gold.from);
      const to = listOf(call ? gold.b : gold.to);
      const source = keyOf.get(from[m % from.length]!);
      const target = keyOf.get(to.at(-1)!);
      if (source === undefined || target === undefined) continue;
      const date = gold.date
        ? shift(gold.date, [0, 1, -1, 2, -3][m % 5]!)
        : m % 2
          ? null
          : (article.published ?? null);
      const provenance = [
        { article: id },
        { article: `corpus/${article.file}` },
        { evidence: [{ article: article.file, date }] },
        {},
      ][m % 4]!;
      const [s, t] = m % 5 === 3 ? [target, source] : [source, target];
      edges.push({ source: s, target: t, attributes: { type: gold.type, date, ...provenance } });
      const elsewhere = articles[(index + 1) % articles.length]!.file;
      if (m % 9 === 0)
        edges.push({ source: s, target: t, attributes: { type: gold.type, date, article: elsewhere } });
    }
  });
  return edges;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsnet-dev-corpus-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const title = present
  ? "the dev corpus's gold: our figures equal score.mjs's"
  : `the dev corpus's gold (skipped: ${path.relative(process.cwd(), GOLD)} or score.mjs is absent)`;

describe.skipIf(!present)(title, { timeout: 60_000 }, () => {
  const json = present
    ? (JSON.parse(fs.readFileSync(GOLD, "utf8")) as { articles: RawArticle[] })
    : { articles: [] };
  const { nodes, keyOf } = nodesFor(json.articles);
  const graph = { attributes: {}, nodes, edges: edgesFor(json.articles, keyOf) };
  const graphPath = path.join(dir, "graph.json");
  fs.writeFileSync(graphPath, JSON.stringify(graph));
  const reference = () => runScoreMjs(SCORER, graphPath, GOLD, ["--json"]);

  it("builds a network with some of every flaw", () => {
    const figures = JSON.parse(reference().stdout);
    for (const count of ["junkNodes", "duplicateActors", "kindErrors"])
      expect(figures[count]).toBeGreaterThan(0);
    for (const share of [
      "actorRecall",
      "nodePrecision",
      "edgeRecall",
      "dateAccuracy",
      "edgesSupportedByGold",
    ]) {
      expect(figures[share]).toBeGreaterThan(0);
      expect(figures[share]).toBeLessThan(1);
    }
  });

  it("computes the same figures", () => {
    const gold = parseArticleGold(json);
    const read = readScoredGraph(graph);
    expect(gold.errors).toEqual([]);
    const ours = evaluateArticleGold(gold.gold!, read.graph!).figures;
    expect(`${JSON.stringify(ours)}\n`).toBe(reference().stdout);
  });

  it("prints the same line with npm run evaluate -- --json", () => {
    const run = runEvaluate([GOLD, "--graph", graphPath, "--json"]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(reference().stdout);
  });
});
