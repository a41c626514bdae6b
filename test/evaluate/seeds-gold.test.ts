import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeName, parseGold, type GoldStandard } from "../../src/evaluate";
import { isIsoDate } from "../../src/schema";

/** The gold standard of the seed articles is itself well-formed and consistent with the seeds. */

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
const parsed = parseGold(read("../gold/seeds.gold.json"));
const manifest = read("../../seeds/manifest.json") as { articles: { file: string; published: string }[] };
const published = new Map(manifest.articles.map((a) => [a.file.replace(/\.txt$/, ""), a.published]));
const gold = parsed.gold as GoldStandard;

describe("test/gold/seeds.gold.json", () => {
  it("parses without faults", () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.gold).not.toBeNull();
  });

  it("joins every edge endpoint to a gold actor label", () => {
    const labels = new Set(gold.actors.map((actor) => actor.label));
    const strays = gold.edges.flatMap((e) => [e.source, e.target]).filter((end) => !labels.has(end));
    expect(strays).toEqual([]);
  });

  it("cites only the five seed articles", () => {
    expect(published.size).toBe(5);
    expect(gold.edges.filter((edge) => !published.has(edge.article))).toEqual([]);
    expect(new Set(gold.edges.map((edge) => edge.article))).toEqual(new Set(published.keys()));
  });

  it("dates every edge with a valid ISO date, the publication date where the text gives none", () => {
    expect(gold.edges.filter((edge) => !isIsoDate(edge.date))).toEqual([]);
    const fallbacks = gold.edges.filter((edge) => edge.dateSource === "published");
    expect(fallbacks.filter((edge) => edge.date !== published.get(edge.article))).toEqual([]);
  });

  it("requires no edge whose endpoint is an optional actor", () => {
    const optional = new Set(gold.actors.filter((a) => a.optional).map((a) => a.label));
    const required = gold.edges.filter((edge) => !edge.optional);
    expect(required.filter((edge) => optional.has(edge.source) || optional.has(edge.target))).toEqual([]);
  });

  it("gives every name to one actor only", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const actor of gold.actors)
      for (const name of new Set([actor.label, ...actor.aliases].map(normalizeName))) {
        const other = owner.get(name);
        if (other !== undefined && other !== actor.label) clashes.push(`${name}: ${other} / ${actor.label}`);
        owner.set(name, actor.label);
      }
    expect(clashes).toEqual([]);
  });

  it("lists each relation once per article", () => {
    const keys = gold.edges.map((e) => {
      const ends = e.type === "call" ? [e.source, e.target].sort() : [e.source, e.target];
      return [e.type, ...ends, e.article].join("|");
    });
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it("keeps an evidence note on every edge", () => {
    expect(gold.edges.filter((edge) => !edge.note)).toEqual([]);
  });
});
