import { capSpan, MAX_SENTENCE_CHARS } from "./sentence-cap";

/** A sentence with its place in the article, the unit every later stage works on. */
export interface Sentence {
  index: number;
  text: string;
  /** Character offsets in the article text: text === article.slice(start, end). */
  start: number;
  end: number;
  paragraph: number;
  /** A short line without closing punctuation: a title or section heading, not prose. */
  isHeading: boolean;
}

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(
  "mr mrs ms dr prof gen col lt sgt capt adm gov sen rep st jr sr inc ltd co corp vs etc no jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u a.m p.m".split(
    " ",
  ),
);

const CLOSERS = `"'”’)]»`;
const OPENERS_OR_CAPITAL = /^[\s]*["'“‘(«[]*[\p{Lu}\p{N}]/u;

function endsWithAbbreviation(text: string, dotIndex: number): boolean {
  let begin = dotIndex;
  while (begin > 0 && /[\p{L}.]/u.test(text[begin - 1] ?? "")) begin--;
  const word = text.slice(begin, dotIndex).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // A single initial ("John F. Kennedy") or a dotted acronym ("U.S.").
  return /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

function isHeadingLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0) return false;
  const words = trimmed.split(/\s+/).length;
  return words <= 16 && !/[.!?:;"”…]$/.test(trimmed);
}

/**
 * For each character of a paragraph, whether a double quotation is open after it. A quotation
 * left open runs to the paragraph's end, as news prose continues a quote into the next paragraph.
 */
function openQuotes(text: string): boolean[] {
  const open: boolean[] = [];
  let inside = false;
  for (const char of text) {
    if (char === "“" || char === "„" || char === "«") inside = true;
    else if (char === "”" || char === "»") inside = false;
    else if (char === '"') inside = !inside;
    // One entry per UTF-16 unit, so indices agree with the string's.
    open.push(inside);
    if (char.length === 2) open.push(inside);
  }
  return open;
}

/**
 * Splits one paragraph (a run of text with no blank line) into sentence spans; never inside a
 * quotation, so that a quote and the words that attribute it ("...,” she said) stay one sentence.
 */
function splitParagraph(text: string, offset: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const quoteOpen = openQuotes(text);
  let sentenceStart = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char !== "." && char !== "!" && char !== "?" && char !== "…") continue;
    let end = i + 1;
    while (end < text.length && (CLOSERS.includes(text[end] as string) || text[end] === ".")) end++;
    const rest = text.slice(end, end + 4);
    if (!/^\s/.test(rest) || !OPENERS_OR_CAPITAL.test(rest)) {
      // The marks up to `end` all see the same rest: skip them, so a run of dots stays linear.
      i = end - 1;
      continue;
    }
    if (char === "." && endsWithAbbreviation(text, i)) continue;
    if (quoteOpen[end - 1]) continue;
    spans.push([offset + sentenceStart, offset + end]);
    sentenceStart = end;
    while (sentenceStart < text.length && /\s/.test(text[sentenceStart] as string)) sentenceStart++;
    i = sentenceStart - 1;
  }
  if (sentenceStart < text.length) spans.push([offset + sentenceStart, offset + text.length]);
  return spans;
}

/** Splits an article into sentences, keeping exact offsets; blank lines and line breaks end paragraphs. */
export function splitSentences(article: string): Sentence[] {
  return splitAndCount(article).sentences;
}

/**
 * The warning for an article with runs of text too long to be one sentence (see sentence-cap.ts),
 * or null: normal articles, without a line that long, cost one quick look.
 */
export function longSentenceWarning(id: string, article: string): string | null {
  if (!new RegExp(`[^\\n]{${MAX_SENTENCE_CHARS + 1}}`).test(article)) return null;
  const { cut } = splitAndCount(article);
  if (cut === 0) return null;
  return (
    `${id}: ${cut} run(s) of text longer than ${MAX_SENTENCE_CHARS} characters without a sentence end ` +
    "were read in pieces; a relation across a cut is missed"
  );
}

function splitAndCount(article: string): { sentences: Sentence[]; cut: number } {
  const sentences: Sentence[] = [];
  let cut = 0;
  const linePattern = /[^\n]+/g;
  let paragraph = 0;
  for (let match = linePattern.exec(article); match; match = linePattern.exec(article)) {
    const line = match[0];
    const leading = line.length - line.trimStart().length;
    const content = line.trim();
    if (content.length === 0) continue;
    const isHeading = isHeadingLine(content);
    for (const [spanStart, spanEnd] of splitParagraph(content, match.index + leading)) {
      const pieces = capSpan(article, spanStart, spanEnd);
      if (pieces.length > 1) cut++;
      for (const [start, end] of pieces) {
        const text = article.slice(start, end).trimEnd();
        if (text.length === 0) continue;
        sentences.push({
          index: sentences.length,
          text,
          start,
          end: start + text.length,
          paragraph,
          isHeading,
        });
      }
    }
    paragraph++;
  }
  return { sentences, cut };
}
