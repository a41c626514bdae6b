import type { ArticleSource } from "./article-source";
import { htmlSource } from "./html/html-source";
import { csvSource } from "./rows/csv-source";
import { jsonLinesSource } from "./rows/jsonl-source";
import { textSource } from "./text-source";

/** Every input format, each recognised by its file name's ending. One entry per new format. */
export const ARTICLE_SOURCES: readonly ArticleSource[] = [textSource, htmlSource, csvSource, jsonLinesSource];

/** The format that reads this file, from its name, or null for a file that holds no articles. */
export function sourceFor(path: string): ArticleSource | null {
  const name = path.toLowerCase();
  return ARTICLE_SOURCES.find((source) => source.extensions.some((ending) => name.endsWith(ending))) ?? null;
}

export { ARTICLE_EXTENSIONS } from "./extensions";
