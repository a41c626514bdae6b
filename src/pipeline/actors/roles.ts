import { isFormOfAddress, NAME_TITLES, ROLE_NOUNS, TITLE_MODIFIERS } from "../lexicon/words";
import type { Token } from "../text/tokens";

/** A description of a person found beside the name, with its place in the sentence. */
export interface RolePhrase {
  text: string;
  start: number;
  end: number;
}

// Words that end a title phrase to the left of a name: "according to | Kremlin spokesman Dmitry Peskov".
const LEFT_BOUNDARIES = new Set(
  "the a an and or but by with to that which who said says told according from for in on at as than while since if also then when is was were are has have had".split(
    " ",
  ),
);
/** Only spaces or a hyphen between two words of one title phrase. */
const TITLE_GAP = /^(?: +|-)$/;
const SPEECH_CUT =
  /\s(?:said|says|told|stated|added|noted|argued|warned|explained|believes|thinks|confirmed|pointed|commented|wrote)\b/;
const APPOSITIVE_OPENERS = /^(?:a|an|the|former|then|now|currently|[\p{Lu}][\p{L}.]*['’]s)\s/u;

const hasRoleWord = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => ROLE_NOUNS.has(word));

/**
 * The start of a title phrase that ends with token `end - 1`: capitalised words and lower-case
 * title words ("EU foreign policy chief", "former CIA chief General"), up to six, stopping at a
 * word that opens a clause, a possessive or another name.
 */
function titlePhraseStart(
  sentence: string,
  tokens: readonly Token[],
  end: number,
  otherNames: ReadonlySet<number>,
): number {
  let from = end;
  while (from > 0 && end - from < 6) {
    const previous = tokens[from - 1] as Token;
    if (from < end && !TITLE_GAP.test(sentence.slice(previous.end, (tokens[from] as Token).start))) break;
    if (LEFT_BOUNDARIES.has(previous.lower) || previous.possessive || otherNames.has(from - 1)) break;
    // Lower-case words belong to a title only when they are title words: "press secretary", not "announced".
    const titleWord =
      ROLE_NOUNS.has(previous.lower) ||
      NAME_TITLES.has(previous.lower) ||
      TITLE_MODIFIERS.has(previous.lower);
    if (!previous.isCapitalized && !titleWord) break;
    from--;
  }
  return from;
}

/** Tokens [from, to) as a role, if they hold a role word; `bareTitle`: a lone title counts too. */
function rolePhrase(
  sentence: string,
  tokens: readonly Token[],
  [from, to]: [number, number],
  bareTitle: boolean,
): RolePhrase | null {
  if (to <= from) return null;
  const start = (tokens[from] as Token).start;
  // "... Cocoa Council (CCC": a bracket opened inside the role closes with it.
  const last = (tokens[to - 1] as Token).end;
  const end = sentence[last] === ")" && sentence.lastIndexOf("(", last) >= start ? last + 1 : last;
  const text = sentence.slice(start, end);
  // "President Putin": a title alone before the name is a form of address.
  if (!bareTitle && to - from === 1 && NAME_TITLES.has((tokens[from] as Token).lower)) return null;
  return hasRoleWord(text) ? { text, start, end } : null;
}

/** The title words written before a name: "Political analyst", "Spanish Prime Minister". */
export function roleBefore(
  sentence: string,
  tokens: readonly Token[],
  nameFrom: number,
  otherNames: ReadonlySet<number>,
): RolePhrase | null {
  if (nameFrom === 0) return null;
  if (!TITLE_GAP.test(sentence.slice((tokens[nameFrom - 1] as Token).end, (tokens[nameFrom] as Token).start)))
    return null;
  const from = titlePhraseStart(sentence, tokens, nameFrom, otherNames);
  let to = nameFrom;
  // A form of address just before the name ("General", "Mr.") is not part of the role.
  while (to > from + 1 && isFormOfAddress((tokens[to - 1] as Token).lower)) to--;
  return rolePhrase(sentence, tokens, [from, to], false);
}

/**
 * A role set off before a name that is itself set off: "Ukraine's foreign minister, Andrii
 * Sybiha, said". The name must be followed by a comma, a bracket or the sentence's end.
 */
export function roleSetOffBefore(
  sentence: string,
  tokens: readonly Token[],
  name: { from: number; end: number },
  otherNames: ReadonlySet<number>,
): RolePhrase | null {
  // "Niger's military ruler, General Issoufou Maiga": a form of address may open the set-off name.
  let roleEnd = name.from;
  while (roleEnd > 0 && isFormOfAddress((tokens[roleEnd - 1] as Token).lower)) roleEnd--;
  if (roleEnd === 0) return null;
  const last = tokens[roleEnd - 1] as Token;
  // "the director general of the Council (CCC), Yves Brou": an acronym in brackets may end the role.
  if (!/^\)?\s*,\s*$/.test(sentence.slice(last.end, (tokens[roleEnd] as Token).start))) return null;
  // "The president of the Federal Network Agency, Klaus Meiners,": the role noun before its "of".
  const nounAt = ROLE_NOUNS.has(last.lower) ? roleEnd : roleNounBeforeOf(tokens, roleEnd - 1);
  if (nounAt === null) return null;
  if (!/^\s*(?:[,)]|[.!?]?$)/.test(sentence.slice(name.end))) return null;
  const from = titlePhraseStart(sentence, tokens, nounAt, otherNames);
  // The longer form only where it opens the sentence: inside an appositive ("X, an associate at the
  // Institute of Russian, Eastern European ...") the commas list the organisation's words.
  // "In Abidjan, the director general of ...": a short opening phrase of place or time may come first.
  const opensSentence =
    /^\s*(?:(?:In|At|On|From|Meanwhile|Separately|Elsewhere|Later|Earlier)\b[^,]{0,30},\s*)?(?:(?:the|its|his|her|their)\s+)?$/i.test(
      sentence.slice(0, (tokens[from] as Token | undefined)?.start ?? 0),
    );
  // "met Vietnam's ambassador in Phnom Penh, Vu Quang Minh,": whose office it is, written before.
  const ofSomeone = tokens[from - 1]?.possessive === true;
  // A title written with capitals ("Minister of Foreign Affairs") is one wherever it stands.
  const formalTitle = nounAt !== roleEnd && (tokens[nounAt - 1] as Token).isCapitalized;
  if (nounAt !== roleEnd && !opensSentence && !formalTitle && !ofSomeone) return null;
  return rolePhrase(sentence, tokens, [from, roleEnd], true);
}

/**
 * Where the role noun of "president of the Federal Network Agency" ends, reading back from the
 * organisation's last word over its capitalised words and "the", past "of", "at" or "for".
 */
function roleNounBeforeOf(tokens: readonly Token[], last: number): number | null {
  let i = last;
  while (
    i >= 0 &&
    last - i < 8 &&
    ((tokens[i] as Token).isCapitalized || /^(?:of|and|for|on)$/.test((tokens[i] as Token).lower))
  ) {
    // "Minister of Foreign Affairs", "Special Representative on Afghanistan": a capitalised role
    // noun is where the title starts.
    const next = tokens[i + 1];
    if (
      i < last &&
      ROLE_NOUNS.has((tokens[i] as Token).lower) &&
      next &&
      /^(?:of|for|to|on)$/.test(next.lower)
    )
      return i + 1;
    i--;
  }
  if (i < 1 || i === last) return null;
  // "director general of Ivory Coast's Cocoa Council": with no "the", the "of" was read past.
  if (ROLE_NOUNS.has((tokens[i] as Token).lower) && /^(?:of|at|for)$/.test(tokens[i + 1]?.lower ?? ""))
    return i + 1;
  if ((tokens[i] as Token).lower === "the") i--;
  // "The United States ambassador in Manila, Laura Whitcomb,": where the office is held, too.
  if (i < 1 || !/^(?:of|at|for|in|to)$/.test((tokens[i] as Token).lower)) return null;
  return ROLE_NOUNS.has((tokens[i - 1] as Token).lower) ? i : null;
}

/**
 * "analyst at ...", "telecoms analyst at ...", "Asia economist at ...": a role noun after up to three
 * words of its field, rank or region.
 */
function opensWithRoleNoun(text: string): boolean {
  const words = text.split(/\s+/).slice(0, 4);
  const at = words.findIndex((word) => ROLE_NOUNS.has(word.toLowerCase()));
  // Capitals before it only where the role noun is lower case: "Trade Principal Secretary Stephen
  // Kiprono met" is a title before a name, not a description.
  const noun = words[at] ?? "";
  const before = /^\p{Ll}/u.test(noun) ? /^\p{L}[\p{L}-]*$/u : /^\p{Ll}[\p{Ll}-]*$/u;
  return at >= 0 && words.slice(0, at).every((word) => before.test(word));
}

/** The description set off after a name: ", an expert on Russian affairs at ...," or "(a research associate ...)". */
export function roleAfter(sentence: string, nameEnd: number): RolePhrase | null {
  const rest = sentence.slice(nameEnd);
  const opener = /^\s*([,(])\s*/.exec(rest);
  if (!opener) return null;
  const start = nameEnd + opener[0].length;
  let depth = 0;
  let end = start;
  for (; end < sentence.length; end++) {
    const char = sentence[end];
    if (char === "(") depth++;
    else if (char === ")") {
      if (depth === 0) break;
      depth--;
    } else if (
      (char === "," || char === ";" || char === "“" || char === '"') &&
      depth === 0 &&
      opener[1] === ","
    )
      break;
  }
  // An appositive is set off on both sides; one that runs to the end of the sentence is a clause.
  if (end >= sentence.length || !/[,)]/.test(sentence[end] ?? "")) return null;
  let text = sentence.slice(start, end);
  const cut = SPEECH_CUT.exec(text);
  if (cut) text = text.slice(0, cut.index);
  text = text.trim();
  if (text.length === 0 || text.length > 160) return null;
  const firstWords = text.split(/\s+/).slice(0, 7).join(" ");
  if (!hasRoleWord(firstWords)) return null;
  if (!APPOSITIVE_OPENERS.test(text + " ") && !opensWithRoleNoun(text)) return null;
  return { text: text.replace(/^(?:a|an|the)\s+/i, ""), start, end: start + text.length };
}
