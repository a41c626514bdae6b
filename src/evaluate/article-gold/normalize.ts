/**
 * How the per-article gold compares names, as the dev corpus's reference scorer (score.mjs) does.
 * Stricter than `normalizeName` of the flat gold: dots stay ("U.S." and "US" differ, so the gold
 * lists both spellings where it means both), and a possessive "'s" at the end is dropped.
 */
export function normalizeLabel(value: unknown): string {
  return (
    String(value ?? "")
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "") // the accents NFKD split off
      .replace(/[\u2018\u2019`]/g, "'")
      .toLowerCase()
      // an outlet may be named by its address: "https://vox.com/" = "vox.com"
      .replace(/^https?:\/\//, "")
      .replace(/\/$/, "")
      .replace(/'s$/, "")
      .replace(/[^a-z0-9.' -]/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^the /, "")
  );
}

/** The words of a label once normalised, for finding a full name inside a longer label. */
export const labelWords = (value: unknown): string[] => normalizeLabel(value).split(" ").filter(Boolean);

/** An article's id from its file name or path: "corpus/21_fed.txt" -> "21_fed". */
export const articleId = (file: unknown): string =>
  String(file ?? "")
    .replace(/\.(txt|md)$/i, "")
    .replace(/^.*\//, "");
