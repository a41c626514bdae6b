import { isEnglishWord, isPlaceName } from "../lexicon/names";

/** A word of a sentence, offsets relative to the sentence. */
export interface Token {
  text: string;
  start: number;
  end: number;
  lower: string;
  /** Starts with a capital letter or a digit, as names do. */
  isCapitalized: boolean;
  /** Was followed by 's: "Biden's comments", or by ' after an s: "Reyes' campaign". Not part of text. */
  possessive: boolean;
  /** Where the word ends with its possessive mark: `end` plus the length of "'s" or "'". */
  endWithMark: number;
}

// Dotted acronyms ("U.S.") first, then words with inner apostrophes ("O'Brien"). Hyphenated words are
// split ("Biden-Putin talks") and their parts count as adjacent, so "Jean-Pierre" still joins one name.
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  const words = [...sentence.matchAll(WORD)];
  for (let index = 0; index < words.length; index++) {
    const match = words[index]!;
    const start = match.index;
    let word = match[0];
    const next = words[index + 1];
    if (next && isSyllablePair(sentence, word, start, next[0], next.index)) {
      word = `${word}-${next[0]}`;
      index++;
    }
    // "Putin's", and "Reyes' campaign", the possessive of a name that ends in s.
    const possessive =
      (/['’]s$/i.test(word) && word.length > 2) ||
      (/s$/i.test(word) && /^['’](?![\p{L}\p{N}])/u.test(sentence.slice(start + word.length)));
    const text = possessive && /['’]s$/i.test(word) ? word.slice(0, -2) : word;
    const end = start + text.length;
    tokens.push({
      text,
      start,
      end,
      endWithMark: possessive ? end + (text === word ? 1 : 2) : end,
      lower: text.toLowerCase(),
      isCapitalized: /^[\p{Lu}\p{N}]/u.test(text),
      possessive,
    });
  }
  return tokens;
}

/**
 * A given name of two hyphenated syllables, the second in lower case ("Min-seok", "Ing-wen"), is one
 * word: split, it would end the name at "Min". Short English tails ("Trump-era", "Kremlin-run",
 * "Iran-made", "Asia-wide") are not syllables of a name.
 */
function isSyllablePair(
  sentence: string,
  left: string,
  leftStart: number,
  right: string,
  rightStart: number,
) {
  return (
    rightStart === leftStart + left.length + 1 &&
    sentence[leftStart + left.length] === "-" &&
    /^\p{Lu}\p{Ll}{1,4}$/u.test(left) &&
    /^\p{Ll}{2,5}(?:['’]s)?$/u.test(right) &&
    !isEnglishWord(left) &&
    !isPlaceName(left) &&
    !ENGLISH_TAIL.test(right) &&
    !isEnglishWord(right.replace(/['’]s$/, ""))
  );
}

const ENGLISH_TAIL =
  /^(?:\p{Ll}+(?:ed|ing)|era|run|up|in|on|off|out|to|old|day|year|week|time|born|made|wide|like|free|long|size|type|style|bound|class|level|scale|proof|ready|based|owned|only|area|zone|side|bloc|led|hour|month)(?:['’]s)?$/u;

/**
 * True when only spaces or a hyphen separate two tokens, so they can belong to one name; an
 * initial's full stop too ("Robert M. Danin").
 */
export function adjacent(sentence: string, left: Token, right: Token): boolean {
  const gap = sentence.slice(left.end, right.start);
  return /^(?: {1,2}|-)$/.test(gap) || (gap === ". " && /^\p{Lu}$/u.test(left.text));
}
