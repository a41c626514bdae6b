/** The longest title kept: a paragraph taken for one is cut at a word before this. */
const MAX_TITLE_CHARS = 140;

const words = (line: string) => line.split(/\s+/).filter(Boolean).length;
/** "WASHINGTON", "KYIV, Ukraine": a dateline set on its own line, not a headline. */
const isDateline = (line: string) => /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);

/**
 * An article's headline, read from the top of its text: the first line that is not a dateline, and
 * not a scrap of page furniture ("We are in social") standing above a line that reads like a
 * headline. A long paragraph taken as the title is cut on a word boundary.
 */
export function headlineOf(text: string): string | null {
  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .slice(0, 3);
  const candidates = lines.filter((line) => !isDateline(line));
  const [first, second] = candidates;
  if (first === undefined) return lines[0] ?? null;
  const readsLikeHeadline = (line: string) => line.length <= MAX_TITLE_CHARS && !/[.!?]["”’]?$/.test(line);
  const scrap = second !== undefined && words(first) <= 4 && readsLikeHeadline(second);
  const headline = (scrap ? second : first).replace(/^[-–—•]\s*/, "");
  if (headline.length <= MAX_TITLE_CHARS) return headline;
  const cut = headline.slice(0, MAX_TITLE_CHARS).replace(/\s+\S*$/, "");
  return `${cut}…`;
}
