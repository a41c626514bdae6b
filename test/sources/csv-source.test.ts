import { describe, expect, it } from "vitest";
import { DEFAULT_SOURCE_OPTIONS, type SourceOptions } from "../../src/sources/article-source";
import { parseColumnMapping } from "../../src/sources/rows/columns";
import { csvSource } from "../../src/sources/rows/csv-source";
import { bytes, CSV, OUTLET, PUBLISHED, TEXT, TITLE, URL } from "./fixtures";

const read = (csv: string | Uint8Array, options: Partial<SourceOptions> = {}) =>
  csvSource.read(
    {
      path: "exports/feed.csv",
      shown: "in/exports/feed.csv",
      bytes: typeof csv === "string" ? bytes(csv) : csv,
    },
    { ...DEFAULT_SOURCE_OPTIONS, ...options },
  );

const columns = (mapping: string) => {
  const parsed = parseColumnMapping(mapping);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.columns;
};

describe("a CSV export", () => {
  it("reads a byte-order mark, quoted commas and quotes, and line breaks inside a field", () => {
    const { articles, skipped, warnings } = read(CSV);
    expect({ skipped, warnings }).toEqual({ skipped: [], warnings: [] });
    expect(articles).toEqual([
      { id: "exports/feed#2", text: TEXT, title: TITLE, published: PUBLISHED, source: OUTLET, url: URL },
    ]);
  });

  it("numbers rows as a spreadsheet does, the header being row 1, and skips a row without text, named", () => {
    const csv = 'title,text\nOne,"Lopes met Reed, twice."\nTwo,\nThree,"  "\nFour,Reed spoke.\n';
    const { articles, skipped } = read(csv);
    expect(articles.map((article) => article.id)).toEqual(["exports/feed#2", "exports/feed#5"]);
    expect(skipped).toEqual([
      { file: "in/exports/feed.csv", row: "row 3", problem: "has no text" },
      { file: "in/exports/feed.csv", row: "row 4", problem: "has no text" },
    ]);
  });

  it.each([
    { name: "common names, in any case", header: "Headline,Content,Link,Publish_Date,Media_Name" },
    { name: "news-please's names", header: "title,maintext,url,date_publish,source_domain" },
    {
      name: "names mapped with --columns",
      header: "head,story,href,day,site",
      columns: "title=head,text=story,url=href,date=day,source=site",
    },
  ])("finds every field under $name", ({ header, columns: mapping }) => {
    const csv = `${header}\nQuota talks,Lopes spoke with Reed.,https://x.example/a,2024-03-05 09:00:00,Port Weekly\n`;
    const options = mapping ? { columns: columns(mapping) } : {};
    expect(read(csv, options).articles[0]).toEqual({
      id: "exports/feed#2",
      text: "Quota talks\n\nLopes spoke with Reed.\n",
      title: "Quota talks",
      url: "https://x.example/a",
      published: "2024-03-05",
      source: "Port Weekly",
    });
  });

  it("reads semicolons and tabs as the delimiter when the file uses them", () => {
    for (const delimiter of [";", "\t"]) {
      const csv =
        ["title", "text", "date"].join(delimiter) +
        "\n" +
        ["A", "Lopes, the minister, spoke.", "2024-03-05"].join(delimiter) +
        "\n";
      expect(read(csv).articles[0]).toMatchObject({ title: "A", published: "2024-03-05" });
    }
  });

  it("skips the whole file, naming its columns, when none holds the text", () => {
    const hint = "name it with --columns text=COLUMN";
    expect(read("id,headline,story\n1,A,Lopes spoke.\n", { columnsHint: hint })).toEqual({
      articles: [],
      skipped: [
        {
          file: "in/exports/feed.csv",
          problem: `has no text column (its columns: id, headline, story; expected one of text, content, maintext, body, article, full_text); ${hint}`,
        },
      ],
      warnings: [],
    });
  });

  it("skips a row whose fields do not line up with the header, and an unclosed quote", () => {
    const csv =
      'title,text,date\nA,Lopes spoke.,2024-03-05\nB,Reed, the governor, spoke.,2024-03-06\nC,"Okafor spoke.\n';
    const { articles, skipped } = read(csv);
    expect(articles.map((article) => article.title)).toEqual(["A"]);
    expect(skipped.map(({ row, problem }) => `${row}: ${problem}`)).toEqual([
      "row 3: does not have the header's 3 columns (too many fields: expected 3 fields but parsed 5); an unquoted comma or quote?",
      "row 4: has a quoted field that is never closed (the rest of the file ran into it)",
    ]);
  });

  it("keeps a row whose date it cannot read, undated, and says so", () => {
    const { articles, warnings } = read("text,date\nLopes spoke.,last week\n");
    expect(articles[0]?.published).toBeNull();
    expect(warnings).toEqual([
      'in/exports/feed.csv row 2: its date "last week" is not one we can read; left to the text',
    ]);
  });

  it("skips a row whose text is over the article limit", () => {
    const { articles, skipped } = read(`text\n${"x".repeat(2000)}\nLopes spoke.\n`, {
      articleLimit: { bytes: 1000, hint: "raise it with --max-article-mb" },
    });
    expect(articles).toHaveLength(1);
    expect(skipped).toEqual([
      {
        file: "in/exports/feed.csv",
        row: "row 2",
        problem: "its text is 0 MB, over the limit of 0 MB (raise it with --max-article-mb)",
      },
    ]);
  });

  it("skips a file that is not text", () => {
    expect(read(Uint8Array.from([0x74, 0x65, 0x78, 0x74, 0x0a, 0xc3, 0x28])).skipped).toEqual([
      { file: "in/exports/feed.csv", problem: "is not UTF-8 text" },
    ]);
  });
});

describe("--columns", () => {
  it.each([
    { mapping: "text=story", ok: true },
    { mapping: "text=story, date = day", ok: true },
    {
      mapping: "body=story",
      problem:
        '"body=story" names no field of an article (one of title, text, url, date, source, as text=COLUMN)',
    },
    { mapping: "text", problem: '"text" should be FIELD=COLUMN, as text=story' },
    { mapping: "text=", problem: '"text=" should be FIELD=COLUMN, as text=story' },
    { mapping: "text=a=b", problem: '"text=a=b" should be FIELD=COLUMN, as text=story' },
  ])("$mapping", ({ mapping, ok, problem }) => {
    const parsed = parseColumnMapping(mapping);
    expect(parsed.ok ? true : parsed.problem).toBe(ok ?? problem);
  });

  it("looks in the mapped column first, then in the usual ones", () => {
    expect(columns("text=story").text.slice(0, 3)).toEqual(["story", "text", "content"]);
  });
});
