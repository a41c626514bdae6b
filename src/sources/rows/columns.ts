/** The fields of an article that an export's columns can hold. */
export const ARTICLE_FIELDS = ["title", "text", "url", "date", "source"] as const;
export type ArticleField = (typeof ARTICLE_FIELDS)[number];

/** Per field, the column names to look for, most likely first; matched without regard to case. */
export type ColumnNames = Record<ArticleField, readonly string[]>;

/**
 * The names common tools write: news-please (`maintext`, `date_publish`, `source_domain`), Media
 * Cloud (`publish_date`, `media_name`), newspaper3k and most scrapers (`text`, `content`, `body`).
 */
export const DEFAULT_COLUMNS: ColumnNames = {
  title: ["title", "headline"],
  text: ["text", "content", "maintext", "body", "article", "full_text"],
  url: ["url", "link", "canonical_url"],
  date: ["date", "published", "publish_date", "date_publish", "published_at", "pubdate", "date_published"],
  source: ["source", "media_name", "outlet", "source_domain", "publisher", "site_name"],
};

/**
 * Reads `text=story,date=pub_time`: each named field looks in that column first, then in the usual
 * ones. Returns the names, or the problem with the mapping.
 */
export function parseColumnMapping(
  mapping: string,
  base: ColumnNames = DEFAULT_COLUMNS,
): { ok: true; columns: ColumnNames } | { ok: false; problem: string } {
  const columns: Record<ArticleField, readonly string[]> = { ...base };
  for (const pair of mapping.split(",")) {
    const [field = "", column = ""] = pair.split("=").map((part) => part.trim());
    if (!(ARTICLE_FIELDS as readonly string[]).includes(field))
      return {
        ok: false,
        problem: `${JSON.stringify(pair.trim())} names no field of an article (one of ${ARTICLE_FIELDS.join(", ")}, as text=COLUMN)`,
      };
    if (column === "" || pair.split("=").length !== 2)
      return { ok: false, problem: `${JSON.stringify(pair.trim())} should be FIELD=COLUMN, as text=story` };
    columns[field as ArticleField] = [column, ...base[field as ArticleField]];
  }
  return { ok: true, columns };
}

/** For each field, the first of its names that the export has (ignoring case), or null. */
export function matchColumns(
  available: readonly string[],
  columns: ColumnNames,
): Record<ArticleField, string | null> {
  const byLowerCase = new Map<string, string>();
  for (const name of available)
    if (!byLowerCase.has(name.trim().toLowerCase())) byLowerCase.set(name.trim().toLowerCase(), name);
  const match = (names: readonly string[]) =>
    names.map((name) => byLowerCase.get(name.toLowerCase())).find((name) => name !== undefined) ?? null;
  return Object.fromEntries(ARTICLE_FIELDS.map((field) => [field, match(columns[field])])) as Record<
    ArticleField,
    string | null
  >;
}
