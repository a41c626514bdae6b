/**
 * The form in which names are compared: case-insensitive, diacritics folded, curly quotes
 * straightened, dots and asterisks dropped ("U.S." = "US", "Markelov*" = "Markelov"),
 * whitespace collapsed and a leading "the" ignored ("the Kremlin" = "Kremlin").
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[.*]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "");
}
