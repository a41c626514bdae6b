import type { ArticleInput } from "../pipeline";
import type { Skipped, SourceFile, SourceOptions, SourceResult } from "./article-source";
import { sizeProblem } from "./size-limit";
import { sourceFor } from "./sources";

/**
 * Why a file of this size is refused unread, or null: one-article files and exports have limits of
 * their own. Callers ask before reading the bytes, so a 1 GB export is never loaded.
 */
export function fileSizeProblem(path: string, bytes: number, options: SourceOptions): string | null {
  const source = sourceFor(path);
  if (!source) return null;
  return source.holds === "many"
    ? sizeProblem(bytes, options.exportLimit, " for an export")
    : sizeProblem(bytes, options.articleLimit);
}

/** What a set of files gave, in the files' order; filled one file at a time. */
export class ReadResult implements SourceResult {
  readonly articles: ArticleInput[] = [];
  readonly skipped: Skipped[] = [];
  readonly warnings: string[] = [];

  /** One push at a time: an export's 100,000 rows would overflow the stack as arguments. */
  add(result: SourceResult): void {
    for (const article of result.articles) this.articles.push(article);
    for (const skipped of result.skipped) this.skipped.push(skipped);
    for (const warning of result.warnings) this.warnings.push(warning);
  }
}

/**
 * Reads one file through its format (sources.ts); a file no format reads gives nothing. Never
 * throws: a file or row that gives no article is in `skipped`, named.
 */
export function readSourceFile(file: SourceFile, options: SourceOptions): SourceResult {
  const source = sourceFor(file.path);
  return source ? source.read(file, options) : { articles: [], skipped: [], warnings: [] };
}
