import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { GeneratedArticle } from "../corpus";

/** The formats the benchmark writes the corpus in; each is a folder that `newsnet preprocess` reads. */
export const BENCH_FORMATS = ["txt", "html", "csv", "jsonl"] as const;
export type BenchFormat = (typeof BENCH_FORMATS)[number];

const headlineOf = (text: string) =>
  text
    .split("\n")
    .find((line) => line.trim() !== "")
    ?.trim() ?? "";
const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const csvField = (value: string) => `"${value.replace(/"/g, '""')}"`;
const urlOf = (file: string) => `https://bench.example/${file.replace(/\.txt$/, "")}`;

/** A page as a news site serves it: the article among navigation, an ad and a footer, dated in meta tags. */
function page(article: GeneratedArticle): string {
  const headline = escapeHtml(headlineOf(article.text));
  const source = escapeHtml(article.source);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${headline} | ${source}</title>
<meta property="og:site_name" content="${source}">
<meta property="article:published_time" content="${article.published}T09:00:00Z">
<link rel="canonical" href="${urlOf(article.file)}"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<div class="ad advertisement">Advertisement</div>
<article>
${paragraphsOf(article.text)
  .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
  .join("\n")}
</article>
<footer><p>All rights reserved.</p></footer></body></html>
`;
}

const WRITERS: Record<BenchFormat, (dir: string, corpus: readonly GeneratedArticle[]) => void> = {
  txt(dir, corpus) {
    for (const { file, text } of corpus) writeFileSync(path.join(dir, file), text);
    const articles = corpus.map(({ file, published, source }) => ({ file, published, source }));
    writeFileSync(path.join(dir, "manifest.json"), JSON.stringify({ articles }));
  },
  html(dir, corpus) {
    for (const article of corpus)
      writeFileSync(path.join(dir, article.file.replace(/\.txt$/, ".html")), page(article));
  },
  csv(dir, corpus) {
    const rows = corpus.map((article) =>
      [headlineOf(article.text), article.text, urlOf(article.file), article.published, article.source]
        .map(csvField)
        .join(","),
    );
    writeFileSync(path.join(dir, "export.csv"), `\uFEFFtitle,text,url,date,source\n${rows.join("\n")}\n`);
  },
  jsonl(dir, corpus) {
    // news-please's names, as a scraper's export would have them.
    const lines = corpus.map((article) =>
      JSON.stringify({
        title: headlineOf(article.text),
        maintext: article.text,
        url: urlOf(article.file),
        date_publish: `${article.published} 09:00:00`,
        source_domain: article.source,
      }),
    );
    writeFileSync(path.join(dir, "export.jsonl"), `${lines.join("\n")}\n`);
  },
};

/** Writes the corpus in one format into a fresh folder under the system's temporary folder. */
export function writeFormat(format: BenchFormat, corpus: readonly GeneratedArticle[], name: string): string {
  const dir = path.join(os.tmpdir(), `newsnet-bench-formats-${name}-${format}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  WRITERS[format](dir, corpus);
  return dir;
}
