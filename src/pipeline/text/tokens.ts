/** A word of a sentence, offsets relative to the sentence. */
export interface Token {
  text: string;
  start: number;
  end: number;
  lower: string;
  /** Starts with a capital letter or a digit, as names do. */
  isCapitalized: boolean;
  /** Was followed by 's: "Biden's comments". The 's is not part of text. */
  possessive: boolean;
}

// Dotted acronyms ("U.S.") first, then words with inner apostrophes ("O'Brien"). Hyphenated words are
// split ("Biden-Putin talks") and their parts count as adjacent, so "Jean-Pierre" still joins one name.
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.matchAll(WORD)) {
    const start = match.index;
    const possessive = /['’]s$/i.test(match[0]) && match[0].length > 2;
    const text = possessive ? match[0].slice(0, -2) : match[0];
    tokens.push({
      text,
      start,
      end: start + text.length,
      lower: text.toLowerCase(),
      isCapitalized: /^[\p{Lu}\p{N}]/u.test(text),
      possessive,
    });
  }
  return tokens;
}

/**
 * True when only spaces or a hyphen separate two tokens, so they can belong to one name; an
 * initial's full stop too ("Robert M. Danin").
 */
export function adjacent(sentence: string, left: Token, right: Token): boolean {
  const gap = sentence.slice(left.end, right.start);
  return /^(?: {1,2}|-)$/.test(gap) || (gap === ". " && /^\p{Lu}$/u.test(left.text));
}
