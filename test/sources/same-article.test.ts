import { describe, expect, it } from "vitest";
import { buildGazetteer, DEFAULT_KNOWN_ACTORS, extractArticle, type ArticleInput } from "../../src/pipeline";
import { DEFAULT_SOURCE_OPTIONS } from "../../src/sources/article-source";
import { readSourceFile } from "../../src/sources/read-sources";
import { bytes, CSV, JSONL, MANIFEST, PAGE, TEXT } from "./fixtures";

const gazetteer = buildGazetteer(DEFAULT_KNOWN_ACTORS);

/** The one article a file gives, with what a manifest says of the .txt, as the CLI applies it. */
function articleFrom(path: string, content: string): ArticleInput {
  const { articles, skipped } = readSourceFile(
    { path, shown: path, bytes: bytes(content) },
    DEFAULT_SOURCE_OPTIONS,
  );
  expect(skipped).toEqual([]);
  expect(articles).toHaveLength(1);
  const given = path.endsWith(".txt") ? MANIFEST.articles[0] : {};
  return { ...articles[0]!, ...given, id: "harbour" };
}

describe("the same article in every format", () => {
  const formats = {
    ".txt with a manifest": articleFrom("harbour.txt", TEXT),
    "saved page": articleFrom("harbour.html", PAGE),
    "CSV row": articleFrom("harbour.csv", CSV),
    "JSON Lines line": articleFrom("harbour.jsonl", JSONL),
  };
  const reference = extractArticle(formats[".txt with a manifest"], gazetteer);

  it("has actors and relations to compare", () => {
    expect(reference.actors.map((actor) => actor.label)).toEqual(
      expect.arrayContaining(["Ana Lopes", "Tom Reed", "Sara Okafor"]),
    );
    expect(new Set(reference.relations.map((relation) => relation.type))).toEqual(
      new Set(["call", "statement", "citation"]),
    );
  });

  it.each(Object.entries(formats))("as a %s gives the same text, actors and relations", (_format, input) => {
    const extraction = extractArticle(input, gazetteer);
    expect(input.text).toBe(TEXT);
    expect(extraction.article).toEqual(reference.article);
    expect(extraction.actors).toEqual(reference.actors);
    expect(extraction.relations).toEqual(reference.relations);
  });
});
