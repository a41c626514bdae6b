import { describe, expect, it } from "vitest";
import { normalizeLabel, parseArticleGold, readAnyGold, readScoredGraph } from "../../src/evaluate";
import { GOLD_JSON, readGold } from "./article-fixtures";

const [first] = GOLD_JSON.articles;
/** The test gold with its first article's first edge or actor replaced. */
const withEdge = (edge: unknown) => ({ articles: [{ ...first, edges: [edge] }] });
const withActor = (actor: unknown) => ({ articles: [{ ...first, actors: [actor], edges: [] }] });

describe("normalizeLabel", () => {
  it.each([
    ["Vladimir Putin", "vladimir putin"],
    ["  Zelénskyy ", "zelenskyy"],
    ["U.S.", "u.s."],
    ["the Kremlin", "kremlin"],
    ["Putin\u2019s", "putin"],
    ["https://www.vox.com/", "www.vox.com"],
    ["Ann-Louise Hittle", "ann-louise hittle"],
    ["Al Jazeera (Doha)", "al jazeera doha"],
    [null, ""],
  ])("%s -> %s", (name, expected) => expect(normalizeLabel(name)).toBe(expected));
});

describe("reading a per-article gold", () => {
  it("fills in the defaults: required, no aliases, no non-actors, a call's sides as from and to", () => {
    const gold = readGold({
      articles: [
        {
          file: "a.txt",
          actors: [
            { name: "A B", kind: "person" },
            { name: "C D", kind: "person", required: false },
          ],
          edges: [{ type: "call", a: "A B", b: ["C D", "A B"], date: "2023-01-02" }],
        },
      ],
    });
    expect(gold.articles[0]).toEqual({
      file: "a.txt",
      actors: [
        { name: "A B", kind: "person", aliases: [], required: true },
        { name: "C D", kind: "person", aliases: [], required: false },
      ],
      notActors: [],
      edges: [{ type: "call", from: ["A B"], to: ["C D", "A B"], date: "2023-01-02", required: true }],
    });
    expect(gold.equivalents).toEqual([]);
  });

  it("lets an edge name an actor of another article", () => {
    const [, second] = GOLD_JSON.articles;
    const edge = { type: "statement", from: "Ostmark", to: "Anna Berg", date: null };
    expect(parseArticleGold({ articles: [{ ...second, edges: [edge] }, first] }).errors).toEqual([]);
  });

  it.each([
    { json: { articles: {} }, error: 'it needs an "articles" list' },
    { json: { articles: [], equivalents: ["US"] }, error: '"equivalents" is not a list of lists of names' },
    { json: { articles: [7] }, error: "article 0 is not an object" },
    { json: { articles: [{ ...first, file: "" }] }, error: 'article 0 has no "file"' },
    {
      json: { articles: [{ file: "a.txt", actors: [] }] },
      error: 'needs an "actors" list and an "edges" list',
    },
    { json: { articles: [{ ...first, not_actors: "Monday" }] }, error: '"not_actors" that is not a list' },
    { json: withActor({ kind: "person" }), error: 'article 0 (01_phone-call.txt): actor 0 has no "name"' },
    { json: withActor({ name: "X", kind: "place" }), error: 'actor 0 has an unknown kind "place"' },
    { json: withActor({ name: "X", kind: "person", aliases: "Y" }), error: "aliases that are not a list" },
    {
      json: withActor({ name: "X", kind: "person", required: "no" }),
      error: '"required" that is not true or false',
    },
    {
      json: withEdge({ type: "meeting", from: "Tomas Lind", to: "Anna Berg" }),
      error: 'unknown type "meeting"',
    },
    {
      json: withEdge({ type: "call", from: "Anna Berg", to: "Tomas Lind" }),
      error: 'edge 0 is a call: it needs "a" and "b"',
    },
    {
      json: withEdge({ type: "statement", a: "Anna Berg", b: "Tomas Lind" }),
      error: 'edge 0 is a statement: it needs "from" and "to"',
    },
    { json: withEdge({ type: "statement", from: "Tomas Lind", to: [] }), error: 'it needs "from" and "to"' },
    {
      json: withEdge({ type: "statement", from: "Tomas Lind", to: ["Nordland", "Berg"] }),
      error: 'names "Berg" in "to", and no article has an actor of that name',
    },
    {
      json: withEdge({ type: "statement", from: "Tomas Lind", to: "Anna Berg", date: "6 March" }),
      error: 'has a date that is not yyyy-mm-dd ("6 March")',
    },
    {
      json: withEdge({ type: "statement", from: "Tomas Lind", to: "Anna Berg", required: 0 }),
      error: 'edge 0 has a "required" that is not true or false',
    },
  ])("rejects: $error", ({ json, error }) => {
    const result = parseArticleGold(json);
    expect(result.gold).toBeNull();
    expect(result.errors.join("\n")).toContain(error);
  });
});

describe("telling the gold formats apart", () => {
  it.each([
    { json: GOLD_JSON, format: "per-article" },
    { json: { actors: [{ label: "X", kind: "person" }], edges: [] }, format: "flat" },
  ])("reads the $format format", ({ json, format }) => {
    expect(readAnyGold(json).gold?.format).toBe(format);
  });

  it.each([
    { json: [], error: "it fits no gold format: found a list; expected" },
    { json: "gold", error: 'it fits no gold format: found "gold"' },
    { json: { relations: [] }, error: "it fits no gold format: found an object with the keys relations" },
    { json: { articles: [], actors: [] }, error: "it mixes the keys of two gold formats" },
    { json: { actors: [] }, error: 'it needs an "actors" list and an "edges" list' },
  ])("rejects $json with a reason", ({ json, error }) => {
    const result = readAnyGold(json);
    expect(result.gold).toBeNull();
    expect(result.errors.join("\n")).toContain(error);
  });

  it("names both formats when neither fits", () => {
    expect(readAnyGold({}).errors[0]).toMatch(/"actors": \[\.\.\.\], "edges".* or \{"articles": \[\.\.\.\]/);
  });
});

describe("reading a network file for the per-article scoring", () => {
  it.each([
    { json: { nodes: [] }, error: 'it needs a "nodes" list and an "edges" list' },
    { json: { nodes: [{ key: 1 }], edges: [] }, error: 'node 0 has no "key" string' },
    { json: { nodes: [{ key: "a" }, { key: "a" }], edges: [] }, error: 'node 1 repeats the key "a"' },
    { json: { nodes: [], edges: [{ source: "a" }] }, error: 'edge 0 needs "source" and "target" strings' },
  ])("rejects: $error", ({ json, error }) => {
    const result = readScoredGraph(json);
    expect(result.graph).toBeNull();
    expect(result.errors.join("\n")).toContain(error);
  });

  it("takes the key for a missing label and lower-cases the type", () => {
    const { graph } = readScoredGraph({
      nodes: [{ key: "n1" }],
      edges: [{ source: "n1", target: "n1", attributes: { type: "CALL", date: "2023-01-02T10:00" } }],
    });
    expect(graph?.nodes).toEqual([{ key: "n1", label: "n1", aliases: [], kind: null }]);
    expect(graph?.edges[0]).toMatchObject({ type: "call", dates: ["2023-01-02"], articles: new Set() });
    expect(graph?.articleIds).toBeNull();
  });
});
