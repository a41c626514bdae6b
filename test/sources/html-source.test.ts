import { describe, expect, it } from "vitest";
import { DEFAULT_SOURCE_OPTIONS } from "../../src/sources/article-source";
import { htmlSource } from "../../src/sources/html/html-source";
import { AD, bytes, COMMENT, NAV, OUTLET, PAGE, PUBLISHED, TEXT, TITLE, URL } from "./fixtures";

const read = (html: string | Uint8Array, path = "pages/harbour.html") =>
  htmlSource.read(
    { path, shown: `in/${path}`, bytes: typeof html === "string" ? bytes(html) : html },
    DEFAULT_SOURCE_OPTIONS,
  );

/** A page around one article body long enough to be one, with `head` in its head. */
const pageWith = (head: string, body = "") => `<!doctype html><html><head>${head}</head><body>${body}
  <article><h1>Quota talks</h1><p>${"Minister Ana Lopes met Governor Tom Reed on Monday to talk about the port. ".repeat(6)}</p></article>
</body></html>`;

describe("a saved page", () => {
  it("gives the article's text, without navigation, ads or comments, as a .txt file would hold it", () => {
    const { articles, skipped } = read(PAGE);
    expect(skipped).toEqual([]);
    expect(articles).toHaveLength(1);
    const [article] = articles;
    expect(article?.text).toBe(TEXT);
    for (const furniture of [NAV.split(" ")[0]!, AD, COMMENT, "Most read", "All rights reserved"])
      expect(article?.text).not.toContain(furniture);
  });

  it("takes title, date (in JSON-LD only), outlet and address from the page; the id from its path", () => {
    const [article] = read(PAGE).articles;
    expect(article).toMatchObject({
      id: "pages/harbour",
      title: TITLE,
      published: PUBLISHED,
      source: OUTLET,
      url: URL,
    });
  });

  it.each([
    {
      name: "article:published_time",
      head: '<meta property="article:published_time" content="2023-11-02T21:40:00Z">',
      published: "2023-11-02",
    },
    {
      name: "a <time> in the article",
      head: "",
      body: '<time datetime="2022-06-30">June 30</time>',
      published: "2022-06-30",
    },
    {
      name: "JSON-LD as a list, with a broken block beside it",
      head:
        '<script type="application/ld+json">{ broken</script>' +
        '<script type="application/ld+json">[{"@type":"ReportageNewsArticle","datePublished":"2021-01-09"}]</script>',
      published: "2021-01-09",
    },
    { name: "no date anywhere", head: "", published: null },
  ])("reads the date from $name", ({ head, body, published }) => {
    expect(read(pageWith(head, body)).articles[0]?.published).toBe(published);
  });

  it.each([
    {
      name: "og:title and og:url first",
      head: '<title>Other | Site</title><meta property="og:title" content="Quota talks go on"><meta property="og:url" content="https://a.example/q">',
      title: "Quota talks go on",
      url: "https://a.example/q",
    },
    {
      name: "the page's one <h1> when the <title> carries more",
      head: "<title>Quota talks - Port Weekly</title>",
      title: "Quota talks",
      url: null,
    },
    {
      name: "the <title> less the outlet's name",
      head: '<title>Port quota talks | Port Weekly</title><meta property="og:site_name" content="Port Weekly">',
      title: "Port quota talks",
      url: null,
    },
    {
      name: "the <title> less the outlet's name only, other dashes kept",
      head: '<title>Lopes – Reed talks: a deal | Port Weekly</title><meta property="og:site_name" content="Port Weekly">',
      title: "Lopes – Reed talks: a deal",
      url: null,
    },
    {
      name: "the <title> less the outlet's name before it",
      head: '<title>Port Weekly - Lopes and Reed agree</title><meta property="og:site_name" content="Port Weekly">',
      title: "Lopes and Reed agree",
      url: null,
    },
  ])("takes the title from $name", ({ head, title, url }) => {
    expect(read(pageWith(head)).articles[0]).toMatchObject({ title, url });
  });

  it("notes a date it cannot read and keeps the article", () => {
    const result = read(pageWith('<meta property="article:published_time" content="last Tuesday">'));
    expect(result.articles[0]?.published).toBeNull();
    expect(result.warnings).toEqual([
      'in/pages/harbour.html: its date "last Tuesday" is not one we can read; left to the text',
    ]);
  });

  it("reads a saved fragment, without <html> or <body>", () => {
    const fragment = `<h1>${TITLE}</h1>${PAGE.slice(PAGE.indexOf("<p>"), PAGE.indexOf("</article>"))}`;
    expect(read(fragment).articles[0]?.text).toBe(TEXT);
  });

  it("decodes a page in the character set it declares", () => {
    const latin1 = Uint8Array.from(
      [...pageWith('<meta charset="iso-8859-1">').replace("Ana Lopes", "Ana L\u00f3pez")].map((c) =>
        c.charCodeAt(0),
      ),
    );
    expect(read(latin1).articles[0]?.text).toContain("Ana L\u00f3pez");
  });
});

describe("a page that gives no article is skipped, named", () => {
  it.each([
    {
      name: "a page with no article body",
      html: '<html><head><title>Sign in</title></head><body><nav><a href="/">Home</a></nav><form><input name="user"></form></body></html>',
      problem: expect.stringMatching(
        /^has no article body \(Readability found \d+ characters of text, fewer than 200; is it an article page\?\)$/,
      ),
    },
    {
      name: "an empty file",
      html: " \n",
      problem: "is empty (only whitespace)",
    },
    {
      name: "bytes that are not text in any declared character set",
      html: Uint8Array.from([0x3c, 0x70, 0x3e, 0xff, 0xfe, 0xfd, 0x3c, 0x2f, 0x70, 0x3e]),
      problem: "is not UTF-8 text, and the page declares no other character set",
    },
    {
      name: "a binary file named .html",
      html: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
      problem: "is binary, not text (it contains NUL bytes)",
    },
  ])("$name", ({ html, problem }) => {
    expect(read(html)).toEqual({
      articles: [],
      skipped: [{ file: "in/pages/harbour.html", problem }],
      warnings: [],
    });
  });
});
