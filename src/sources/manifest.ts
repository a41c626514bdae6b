import type { ArticleInput } from "../pipeline";
import { isIsoDate, type IsoDate } from "../schema";
import { articleId } from "./article-text";
import { ARTICLE_SOURCES, sourceFor } from "./sources";

export { MANIFEST_NAME } from "./manifest-name";

/** What a manifest says about one article; every field may be missing. */
export interface ManifestEntry {
  published: IsoDate | null;
  source: string | null;
  url: string | null;
  title: string | null;
}

const TEXT_FIELDS = ["source", "url", "title"] as const;

const ONE_ARTICLE_EXTENSIONS = ARTICLE_SOURCES.filter((source) => source.holds === "one").flatMap(
  (source) => source.extensions,
);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A manifest's entries, keyed by the file's path inside the folder ("2024/a.txt"); `fail` makes the
 * error for a problem, every one of which is fatal: a wrong date would silently misplace every
 * relation of the article on the timeline. `folder` names the folder in messages.
 */
export function parseManifest(
  json: unknown,
  articleFiles: readonly string[],
  folder: string,
  fail: (problem: string) => Error,
): Map<string, ManifestEntry> {
  if (!isRecord(json) || !Array.isArray(json.articles))
    throw fail('should be an object with an "articles" list: { "articles": [ { "file": "..." } ] }');
  // An export's rows carry their own dates and outlets: the manifest speaks of one-article files.
  const known = new Set(articleFiles.filter((file) => sourceFor(file)?.holds === "one"));
  const entries = new Map<string, ManifestEntry>();
  json.articles.forEach((item: unknown, index: number) => {
    if (!isRecord(item) || typeof item.file !== "string" || item.file === "")
      throw fail(`article ${index} has no "file" name`);
    const name = item.file;
    if (/\\|(^|\/)\.\.?(\/|$)|^\/|^[A-Za-z]:/.test(name))
      throw fail(
        `"file" ${JSON.stringify(name)} is refused: give its path inside this folder, with "/" between folders`,
      );
    if (!known.has(name))
      throw fail(
        `names ${JSON.stringify(name)}, which is not a one-article file (${ONE_ARTICLE_EXTENSIONS.join(", ")}) in ${folder}`,
      );
    if (entries.has(name)) throw fail(`lists ${name} twice`);
    const published = item.published ?? null;
    if (published !== null && !isIsoDate(published))
      throw fail(`"published" of ${name} is not a date (got ${JSON.stringify(published)}); use yyyy-mm-dd`);
    const entry: ManifestEntry = { published, source: null, url: null, title: null };
    for (const field of TEXT_FIELDS) {
      const value = item[field] ?? null;
      if (value !== null && typeof value !== "string")
        throw fail(`"${field}" of ${name} is not text (got ${JSON.stringify(value)})`);
      entry[field] = value;
    }
    entries.set(name, entry);
  });
  return entries;
}

/**
 * What the manifest says of a one-article file, over what the file says of itself (a page's own
 * meta tags): the manifest is the user's word.
 */
export function withManifest(
  articles: readonly ArticleInput[],
  manifest: ReadonlyMap<string, ManifestEntry>,
): ArticleInput[] {
  if (manifest.size === 0) return [...articles];
  const byId = new Map([...manifest].map(([file, entry]) => [articleId(file), entry]));
  return articles.map((article) => {
    const entry = byId.get(article.id);
    if (!entry) return article;
    const given = Object.entries(entry).filter(([, value]) => value !== null);
    return { ...article, ...Object.fromEntries(given) };
  });
}
