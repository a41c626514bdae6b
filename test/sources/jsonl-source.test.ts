import { describe, expect, it } from "vitest";
import { DEFAULT_SOURCE_OPTIONS, type SourceOptions } from "../../src/sources/article-source";
import { parseColumnMapping } from "../../src/sources/rows/columns";
import { jsonLinesSource } from "../../src/sources/rows/jsonl-source";
import { bytes, JSONL, OUTLET, PUBLISHED, TEXT, TITLE, URL } from "./fixtures";

const read = (jsonl: string, options: Partial<SourceOptions> = {}) =>
  jsonLinesSource.read(
    { path: "feed.jsonl", shown: "in/feed.jsonl", bytes: bytes(jsonl) },
    { ...DEFAULT_SOURCE_OPTIONS, ...options },
  );

describe("a JSON Lines export", () => {
  it("reads news-please's field names", () => {
    expect(read(JSONL)).toEqual({
      articles: [{ id: "feed#1", text: TEXT, title: TITLE, published: PUBLISHED, source: OUTLET, url: URL }],
      skipped: [],
      warnings: [],
    });
  });

  it("reaches into a nested field named with --columns", () => {
    const parsed = parseColumnMapping("source=site.name,date=meta.published");
    if (!parsed.ok) throw new Error(parsed.problem);
    const line = JSON.stringify({
      body: "Lopes spoke.",
      site: { name: "Port Weekly" },
      meta: { published: "2024-03-05T10:00:00Z" },
    });
    expect(read(`${line}\n`, { columns: parsed.columns }).articles[0]).toMatchObject({
      source: "Port Weekly",
      published: "2024-03-05",
    });
  });

  it("skips a line that is not JSON, not an object, or has no text, naming its line; blank lines are passed over", () => {
    const lines = [
      JSON.stringify({ text: "Lopes spoke." }),
      "",
      "{ not json",
      "[1, 2]",
      JSON.stringify({ text: "" }),
      JSON.stringify({ headline: "A", story: "Reed spoke." }),
      JSON.stringify({ text: 42 }),
    ];
    const { articles, skipped } = read(lines.join("\n"), {
      columnsHint: "name it with --columns text=COLUMN",
    });
    expect(articles.map((article) => article.id)).toEqual(["feed#1"]);
    expect(skipped.map(({ row, problem }) => `${row}: ${problem}`)).toEqual([
      expect.stringMatching(/^line 3: is not JSON \(.+\)$/),
      "line 4: is not a JSON object",
      "line 5: has no text",
      "line 6: has no text (its fields: headline, story); name it with --columns text=COLUMN",
      "line 7: its text is number, not text",
    ]);
  });
});
