import { NAME_TITLES, ROLE_NOUNS } from "../lexicon/words";
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
const ROLE_MODIFIERS = new Set(
  "political senior top independent military research leading prominent veteran retired acting interim former chief lead".split(
    " ",
  ),
);
const SPEECH_CUT =
  /\s(?:said|says|told|stated|added|noted|argued|warned|explained|believes|thinks|confirmed|pointed|commented|wrote)\b/;
const APPOSITIVE_OPENERS = /^(?:a|an|the|former|then|now|currently|[\p{Lu}][\p{L}.]*['’]s)\s/u;

const hasRoleWord = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => ROLE_NOUNS.has(word));

/** The title words written before a name: "Political analyst", "former CIA chief General". */
export function roleBefore(
  sentence: string,
  tokens: readonly Token[],
  nameFrom: number,
  otherNames: ReadonlySet<number>,
): RolePhrase | null {
  let from = nameFrom;
  while (from > 0 && nameFrom - from < 6) {
    const previous = tokens[from - 1] as Token;
    const current = tokens[from] as Token;
    if (!/^(?: +|-)$/.test(sentence.slice(previous.end, current.start))) break;
    if (LEFT_BOUNDARIES.has(previous.lower) || previous.possessive || otherNames.has(from - 1)) break;
    // Lower-case words belong to a title only when they are title words: "press secretary", not "announced".
    if (
      !previous.isCapitalized &&
      !ROLE_NOUNS.has(previous.lower) &&
      !NAME_TITLES.has(previous.lower) &&
      !ROLE_MODIFIERS.has(previous.lower)
    )
      break;
    from--;
  }
  if (from === nameFrom) return null;
  let to = nameFrom;
  // A bare title just before the name ("General", "Mr.") is a form of address, not the role.
  while (
    to > from + 1 &&
    NAME_TITLES.has((tokens[to - 1] as Token).lower) &&
    !ROLE_NOUNS.has((tokens[to - 2] as Token).lower)
  )
    to--;
  const start = (tokens[from] as Token).start;
  const end = (tokens[to - 1] as Token).end;
  const text = sentence.slice(start, end);
  if (to - from === 1 && NAME_TITLES.has((tokens[from] as Token).lower)) return null;
  return hasRoleWord(text) ? { text, start, end } : null;
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
  if (!APPOSITIVE_OPENERS.test(text + " ") && !ROLE_NOUNS.has(text.split(/\s+/)[0]?.toLowerCase() ?? ""))
    return null;
  return { text: text.replace(/^(?:a|an|the)\s+/i, ""), start, end: start + text.length };
}
