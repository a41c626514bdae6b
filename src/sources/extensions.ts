/**
 * The file name endings each format reads, apart from the formats themselves, so the page can tell
 * article files from others without loading the parsers (they load in the build worker only).
 */
export const EXTENSIONS = {
  text: [".txt", ".md"],
  html: [".html", ".htm", ".xhtml"],
  csv: [".csv", ".tsv"],
  jsonLines: [".jsonl", ".ndjson"],
} as const;

/** Every ending some format reads, for messages and file choosers. */
export const ARTICLE_EXTENSIONS: readonly string[] = Object.values(EXTENSIONS).flat();

/** Whether some format reads this file, from its name. */
export function isArticlePath(path: string): boolean {
  const name = path.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ending) => name.endsWith(ending));
}
