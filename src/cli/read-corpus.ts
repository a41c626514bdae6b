import type { ArticleInput } from "../pipeline";
import { DEFAULT_SOURCE_OPTIONS, type Skipped, type SourceOptions } from "../sources/article-source";
import { listArticleFiles } from "./list-files";
import { readManifest } from "./manifest";
import { withManifest } from "../sources/manifest";
import { readArticles } from "./read-articles";

export interface Corpus {
  inputs: ArticleInput[];
  /** Files and rows that gave no article, named. */
  skipped: Skipped[];
  /** Notes on articles that were kept (a date that could not be read). */
  warnings: string[];
}

/**
 * A folder read as `newsnet preprocess` reads it: every article file below it through its format,
 * with what the manifest says, and what was skipped.
 */
export function readCorpus(dir: string, displayDir = dir, options: Partial<SourceOptions> = {}): Corpus {
  const files = listArticleFiles(dir, displayDir);
  const manifest = readManifest(dir, displayDir, files);
  const { articles, skipped, warnings } = readArticles(dir, displayDir, files, {
    ...DEFAULT_SOURCE_OPTIONS,
    ...options,
  });
  return { inputs: withManifest(articles, manifest), skipped, warnings };
}
