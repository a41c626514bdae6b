import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildNetwork, type ArticleInput } from "../../src/pipeline";
import { validateNetworkFile } from "../../src/schema";

const manifest = JSON.parse(readFileSync("seeds/manifest.json", "utf8")) as {
  articles: Array<{ file: string; published: string; source: string | null }>;
};
const seeds: ArticleInput[] = readdirSync("seeds")
  .filter((file) => file.endsWith(".txt"))
  .sort()
  .map((file) => {
    const entry = manifest.articles.find((article) => article.file === file);
    return {
      id: file.replace(/\.txt$/, ""),
      text: readFileSync(`seeds/${file}`, "utf8"),
      published: entry?.published ?? null,
      source: entry?.source ?? null,
    };
  });

describe("the network built from the seeds", () => {
  const { network } = buildNetwork(seeds);
  const label = (key: string) => network.nodes.find((node) => node.key === key)?.attributes.label;
  const edgesBetween = (a: string, b: string, type: string) =>
    network.edges.filter(
      (edge) =>
        edge.attributes.type === type &&
        ((edge.source === a && edge.target === b) || (edge.source === b && edge.target === a)),
    );

  it("validates against the schema with nothing dropped", () => {
    const result = validateNetworkFile(JSON.parse(JSON.stringify(network)));
    expect(result.errors).toEqual([]);
    expect(result.dropped).toEqual([]);
    expect(network.attributes.articles).toHaveLength(5);
  });

  it("is byte-identical when built twice", () => {
    expect(JSON.stringify(buildNetwork(seeds).network)).toBe(JSON.stringify(network));
  });

  it.each([
    ["joe-biden", "Joe Biden"],
    ["vladimir-putin", "Vladimir Putin"],
    ["dmitry-peskov", "Dmitry Peskov"],
    ["emmanuel-macron", "Emmanuel Macron"],
    ["nato", "NATO"],
    ["andrew-lusin", "Andrew Lusin"],
    ["stanislav-byshok", "Stanislav Byshok"],
    ["yang-jin", "Yang Jin"],
    ["vox", "Vox"],
  ])("has %s once", (key, expected) => {
    expect(label(key)).toBe(expected);
    expect(network.nodes.filter((node) => node.attributes.label === expected)).toHaveLength(1);
  });

  it.each([
    ["joe-biden", "vladimir-putin", "call", "2022-02-12", "000_3e3e922ddcb07d30"],
    ["joe-biden", "vladimir-putin", "call", "2021-12-07", "003_9acdd2fecad1558e"],
    ["dmitry-peskov", "joe-biden", "statement", "2022-12-02", "002_7070c49f8cfdaed0"],
  ])("dates the %s-%s %s on %s", (a, b, type, date, article) => {
    const edges = edgesBetween(a, b, type).filter((edge) => edge.attributes.article === article);
    expect(edges.map((edge) => edge.attributes.date)).toContain(date);
  });

  it("keeps the evidence sentence at its offsets in the article", () => {
    for (const edge of network.edges) {
      const article = network.attributes.articles.find((a) => a.id === edge.attributes.article);
      expect(article?.text.slice(edge.attributes.start, edge.attributes.end)).toBe(edge.attributes.sentence);
    }
  });

  it("lays out and styles every actor", () => {
    for (const node of network.nodes) {
      expect(Number.isFinite(node.attributes.x)).toBe(true);
      expect(node.attributes.size).toBeGreaterThan(0);
      expect(node.attributes.color).toMatch(/^#[0-9A-F]{6}$/i);
    }
  });
});

describe("actors without relations", () => {
  const labels = (text: string) =>
    buildNetwork([{ id: "a", text: `Headline\n\n${text}`, published: "2022-12-03" }])
      .network.nodes.map((node) => node.attributes.label)
      .sort();

  it.each([
    ["keeps an organisation named as an actor", "The Verdant party won the vote.", ["Verdant"]],
    ["drops an organisation named only as a place", "He spoke from the Northern Fisheries Authority.", []],
    ["drops a country named only as a place", "He spoke in Kenya on Monday.", []],
    [
      "keeps a country that acts more than once",
      "Kenya raised its tariffs. The rains came early. Kenya then closed the border.",
      ["Kenya"],
    ],
    ["drops a country that acts once", "Kenya raised its tariffs on Monday.", []],
    ["keeps a person named once", "Okeyo Wanjala said the vote was fair.", ["Okeyo Wanjala"]],
  ])("%s", (_, text, expected) => {
    expect(labels(text)).toEqual(expected);
  });
});

describe("actors reached only through a phrase", () => {
  it.each([
    ["the British government", "The British government said Macron was wrong.", "united-kingdom"],
    ["the Kenyan authorities", "The Kenyan authorities said Macron was wrong.", "kenya"],
    ["a country's ministry", "Kenya's foreign ministry said Macron was wrong.", "kenyan-foreign-ministry"],
  ])("are nodes of the network: %s", (_, text, key) => {
    const { network } = buildNetwork([{ id: "a", text: `Headline\n\n${text}`, published: "2024-01-01" }]);
    expect(network.nodes.map((node) => node.key)).toContain(key);
    expect(network.edges.map((edge) => `${edge.source} ${edge.target}`)).toEqual([`${key} emmanuel-macron`]);
  });
});
