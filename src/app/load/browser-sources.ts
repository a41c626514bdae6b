import { DEFAULT_SOURCE_OPTIONS, type SourceOptions } from "../../sources/article-source";

/**
 * How the page reads dropped files: the command's default limits (a 1 GB export is refused from its
 * size, unread), and the command named for what the page cannot do.
 */
export const BROWSER_SOURCE_OPTIONS: SourceOptions = {
  ...DEFAULT_SOURCE_OPTIONS,
  articleLimit: {
    ...DEFAULT_SOURCE_OPTIONS.articleLimit,
    hint: "newsnet preprocess --max-article-mb reads larger ones",
  },
  exportLimit: {
    ...DEFAULT_SOURCE_OPTIONS.exportLimit,
    hint: "split it, or use newsnet preprocess --max-export-mb",
  },
  columnsHint: "rename that column to text, or use newsnet preprocess --columns text=COLUMN",
};
