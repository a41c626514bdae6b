import { describe, expect, it } from "vitest";
import { formatSummary } from "../../src/cli/summary";
import type { ActorNetworkFile, ActorKind, RelationType } from "../../src/schema";

function network(kinds: ActorKind[], edges: [RelationType, string | null][], articles = 5): ActorNetworkFile {
  return {
    options: { type: "mixed", multi: true, allowSelfLoops: false },
    attributes: {
      schemaVersion: 1,
      articles: Array.from({ length: articles }, (_, i) => ({
        id: `a${i}`,
        title: "",
        published: null,
        publishedSource: null,
        source: null,
        url: null,
        text: "",
      })),
    },
    nodes: kinds.map((kind, i) => ({
      key: `n${i}`,
      attributes: { label: `N${i}`, kind, role: null, aliases: [], mentions: 1, articles: [] },
    })),
    edges: edges.map(([type, date], i) => ({
      key: `e${i}`,
      source: "n0",
      target: "n1",
      undirected: type === "call",
      attributes: {
        type,
        date,
        datePrecision: null,
        dateSource: null,
        article: "a0",
        sentence: "",
        start: 0,
        end: 0,
      },
    })),
  };
}

describe("the summary line", () => {
  it.each([
    {
      name: "counts actors by kind and edges by type, in schema order",
      facts: {
        network: network(
          ["media", "person", "person", "country"],
          [
            ["statement", "2022-02-13"],
            ["call", null],
            ["citation", "2022-02-12"],
            ["statement", null],
          ],
        ),
        skipped: [],
        milliseconds: 812,
        out: "public/graph.json",
      },
      line:
        "preprocess: 5 articles -> 4 actors (2 person, 0 organization, 1 country, 1 media), " +
        "4 edges (1 call, 2 statement, 1 citation), 2 undated, in 0.8 s -> public/graph.json",
    },
    {
      name: "says how many articles were skipped, and uses the singular for one",
      facts: {
        network: network(["person"], [], 1),
        skipped: [
          { file: "in/b.txt", problem: "is empty (only whitespace)" },
          { file: "in/c.html", problem: "has no article body" },
        ],
        milliseconds: 12_345,
        out: "out/g.json",
      },
      line:
        "preprocess: 1 article (2 skipped: in/b.txt, in/c.html) -> 1 actor (1 person, 0 organization, 0 country, 0 media), " +
        "0 edges (0 call, 0 statement, 0 citation), 0 undated, in 12.3 s -> out/g.json",
    },
    {
      name: "counts the skipped rows of an export, and names three files at most",
      facts: {
        network: network([], [], 2),
        skipped: [
          { file: "in/export.csv", row: "row 4", problem: "has no text" },
          { file: "in/export.csv", row: "row 9", problem: "has no text" },
          { file: "in/feed.jsonl", row: "line 1", problem: "is not JSON" },
          { file: "in/a.html", problem: "has no article body" },
          { file: "in/b.txt", problem: "is not UTF-8 text" },
          { file: "in/c.txt", problem: "is not UTF-8 text" },
        ],
        milliseconds: 100,
        out: "g.json",
      },
      line:
        "preprocess: 2 articles (6 skipped: 2 rows of in/export.csv, 1 line of in/feed.jsonl, in/a.html, 2 more files) -> " +
        "0 actors (0 person, 0 organization, 0 country, 0 media), " +
        "0 edges (0 call, 0 statement, 0 citation), 0 undated, in 0.1 s -> g.json",
    },
  ])("$name", ({ facts, line }) => {
    expect(formatSummary(facts)).toBe(line);
  });
});
