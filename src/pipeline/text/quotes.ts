/** A quoted passage inside a sentence, offsets relative to the sentence. */
export interface QuoteSpan {
  start: number;
  end: number;
  text: string;
}

const OPENING = new Set(['"', "“", "«", "„"]);
const CLOSING: Record<string, string[]> = { '"': ['"', "”"], "“": ["”", '"'], "«": ["»"], "„": ["“", "”"] };

/**
 * Finds quoted passages. An unbalanced opening quote runs to the end of the sentence, which is how
 * newswriting continues a quote across sentences.
 */
export function findQuotes(sentence: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = 0;
  while (i < sentence.length) {
    const char = sentence[i] as string;
    if (char === "”" && spans.length === 0) {
      // A closing quote with no opening one: the quote began in an earlier sentence.
      spans.push({ start: -1, end: i + 1, text: sentence.slice(0, i).trim() });
      i++;
      continue;
    }
    if (!OPENING.has(char)) {
      i++;
      continue;
    }
    const closers = CLOSING[char] ?? [];
    let j = i + 1;
    while (j < sentence.length && !closers.includes(sentence[j] as string)) j++;
    spans.push({ start: i, end: Math.min(j + 1, sentence.length), text: sentence.slice(i + 1, j).trim() });
    i = j + 1;
  }
  return spans.filter((span) => span.text.length > 0);
}

export function isInsideQuote(quotes: readonly QuoteSpan[], position: number): boolean {
  return quotes.some((quote) => position > quote.start && position < quote.end);
}
