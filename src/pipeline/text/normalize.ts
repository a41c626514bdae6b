const PLAIN_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** Lower case without diacritics or punctuation noise, for comparing names ("Zelenskyy" stays distinct). */
export function foldName(name: string): string {
  // Fast path for the common case, plain ASCII words with single spaces: nothing to fold but case.
  if (PLAIN_WORDS.test(name)) return name.toLowerCase();
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A stable node key: the folded name with hyphens. */
export function slugify(name: string): string {
  return foldName(name).replace(/'/g, "").replace(/ /g, "-") || "actor";
}

/** Straight quotes and apostrophes in one form, so patterns need not list every variant. */
export function straightenQuotes(text: string): string {
  return text.replace(/[“”„«»]/g, '"').replace(/[‘’‚]/g, "'");
}
