import {
  NAME_TITLES,
  NEVER_NAMES,
  OFFICE_TITLES,
  ORGANIZATION_CONNECTORS,
  ORGANIZATION_HEADS,
  ROLE_NOUNS,
} from "../lexicon/words";
import { hasCommonNounEnding, isCommonWord, isEnglishWord, isFirstName } from "../lexicon/names";
import type { Token } from "../text/tokens";

/** An organisation named in a sentence by the shape of its name, with the acronym it defines, if any. */
export interface OrganizationSpan {
  /** Token range [from, to). */
  from: number;
  to: number;
  label: string;
  /** "the Northern Fisheries Authority (NFA)": the short name the text defines for later use. */
  acronym: string | null;
}

// Joins the words of one name: a space, a hyphen, or an ampersand ("Vriens & Partners").
const NAME_GAP = /^(?: {1,2}|-| ?& ?)$/;
// "(NFA)", and the initials some countries' press writes as a word: "(Numsa)", "(Nersa)".
const ACRONYM_AFTER = /^\s*\(\s*(\p{Lu}(?:[\p{Lu}\p{N}&-]{1,9}|\p{Ll}{2,6}))\s*\)/u;
// "Netanyahu's Likud party", "the ruling Zanu-PF party": a party named before a lower-case "party".
const NAME_THEN_PARTY = /^\s+(?:party|movement|coalition|alliance)\b/;

const isHead = (token: Token) => ORGANIZATION_HEADS.has(token.lower.replace(/\.$/, ""));
// "the Food and Drug Administration", "the Federal Aviation Administration" are agencies; "the
// Trump Administration" is a government, its country's: the head counts in names of three words or more.
const isAgencyHead = (run: readonly Token[]) =>
  run.length >= 3 && (run[run.length - 1] as Token).lower === "administration";

/** Last words of the names of agreements, laws and plans, which no one can say or do anything. */
const INSTRUMENTS = new Set([
  "agreement",
  "agreements",
  "treaty",
  "accord",
  "accords",
  "protocol",
  "pact",
  "act",
  "convention",
  "charter",
  "partnership",
  "dialogue",
  "plan",
  "strategy",
  "framework",
  "declaration",
]);

/** A single capitalised word that is a whole institution on its own: "Congress", "Parliament". */
const LONE_INSTITUTIONS = new Set([
  "congress",
  "parliament",
  "senate",
  "knesset",
  "duma",
  "bundestag",
  "pentagon",
]);

// ", Trade and Industry", ", Infrastructure, Transport and Tourism": the rest of a listed portfolio.
const PORTFOLIO_LIST = /^,\s+((?:\p{Lu}[\p{L}-]*,\s+)*\p{Lu}[\p{L}-]*,?\s+and\s+\p{Lu}[\p{L}-]*)/u;
/**
 * How far a portfolio listed after a comma runs, or null where none is: fields of government are
 * everyday words, and "the Ministry of Finance, Macron and Scholz" lists people.
 */
function portfolioListLength(rest: string): number | null {
  const list = PORTFOLIO_LIST.exec(rest);
  const fields = list?.[1]?.split(/,?\s+and\s+|,\s+/) ?? [];
  return list && fields.every((word) => isCommonWord(word) || hasCommonNounEnding(word))
    ? list[0].length
    : null;
}

/** Plural nouns for a people or a class, whose possessive names go on after: "People's Republic". */
const PEOPLES_IN_NAMES = new Set([
  "people",
  "peoples",
  "workers",
  "women",
  "farmers",
  "fishermen",
  "citizens",
]);

/**
 * Organisations named by the shape of their names: capitalised words (with "of", "for", "and"
 * between them) that hold a head word, a lone institution, or a name before "party".
 */
export function findOrganizations(sentence: string, tokens: readonly Token[]): OrganizationSpan[] {
  const spans: OrganizationSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i] as Token;
    if (!first.isCapitalized || /^\p{N}/u.test(first.text)) {
      i++;
      continue;
    }
    let end = i + 1;
    // Where a listed portfolio ends, and the name with it: "... and Energy | and Japan's Ministry".
    let portfolioEnd = Infinity;
    while (end < tokens.length) {
      const previous = tokens[end - 1] as Token;
      const token = tokens[end] as Token;
      if (token.start >= portfolioEnd) break;
      // "the National Canoe Fishermen's Council": a possessive inside a name that ends in a head word.
      // "the People's Republic of China", "the Workers' Party": a people named inside a name.
      const possessiveInName =
        previous.possessive && token.isCapitalized && (isHead(token) || PEOPLES_IN_NAMES.has(previous.lower));
      if (previous.possessive && !possessiveInName) break;
      const gap = sentence.slice(possessiveInName ? previous.endWithMark : previous.end, token.start);
      // "the Ministry of Economy, Trade and Industry": a portfolio listed after "of", up to its "and".
      const listed =
        /^,\s+$/.test(gap) && tokens.slice(i, end).some((inName) => inName.lower === "of")
          ? portfolioListLength(sentence.slice(previous.end))
          : null;
      if (!NAME_GAP.test(gap) && listed === null) break;
      if (listed !== null) portfolioEnd = previous.end + listed;
      // "Tehreek-e-Insaf", "Hizb-ut-Tahrir": a short lower-case joint between hyphens.
      const joint =
        token.text.length <= 3 &&
        gap === "-" &&
        sentence[token.end] === "-" &&
        (tokens[end + 1] as Token | undefined)?.isCapitalized === true;
      if (!token.isCapitalized && !ORGANIZATION_CONNECTORS.has(token.lower) && !joint) break;
      // "the Ministry of X and the Ministry of Y", "X's Ministry of Trade and Y's Ministry of
      // Finance": "and the" or "and" before a possessive begins another name.
      if (token.lower === "the" && previous.lower === "and") break;
      if (token.lower === "and" && tokens[end + 1]?.possessive === true) break;
      // A number or a weekday ends the name: "the Sindh Assembly on Friday", "General Assembly 18 months".
      if (/^\p{N}/u.test(token.text) || (token.isCapitalized && NEVER_NAMES.has(token.lower))) break;
      end++;
    }
    // A name ends on a capitalised word: "Council on Foreign Relations and" gives back the "and".
    while (end > i + 1 && !(tokens[end - 1] as Token).isCapitalized) end--;
    let start = i;
    // "the Senate", and in a quotation "This Senate", "Our Party": the determiner is no part of the name
    // ("Its Foreign Ministry" stays whole, which at least says whose ministry it is).
    if (/^(?:the|this|that|our|your)$/.test((tokens[start] as Token).lower) && end - start > 1) start++;
    // "When the International Cricket Council": "the" after any word but a connector opens the name.
    for (let j = end - 2; j > start; j--)
      if (
        (tokens[j] as Token).lower === "the" &&
        !ORGANIZATION_CONNECTORS.has((tokens[j - 1] as Token).lower)
      ) {
        start = j + 1;
        break;
      }
    start = afterMembersName(sentence, tokens, start, end);
    const run = tokens.slice(start, end);
    const last = run[run.length - 1] as Token;
    const lone = run.length === 1 && LONE_INSTITUTIONS.has(last.lower) && i > 0;
    const party = NAME_THEN_PARTY.test(sentence.slice(last.end)) && !last.possessive;
    // A head word alone ("Police said") is an ordinary noun at the start of a sentence. An office
    // names a person ("Energy Secretary X"), but not in "the Prime Minister's Office".
    const officeOfHolder = run.length > 1 && (run[run.length - 2] as Token).possessive && isHead(last);
    const office = !officeOfHolder && run.some((token) => OFFICE_TITLES.has(token.lower));
    const acronym = ACRONYM_AFTER.exec(sentence.slice(last.endWithMark))?.[1] ?? null;
    // "the Pakistan Tehreek-e-Insaf (PTI)": a name that defines its initials is an organisation's.
    const definesInitials =
      acronym !== null &&
      run.length > 1 &&
      run
        .filter((token) => token.isCapitalized)
        .map((token) => token.text[0])
        .join("") === acronym.toUpperCase();
    // "the Comprehensive Economic Cooperation Agreement (CECA)": a treaty or a plan, not an actor.
    const instrument = INSTRUMENTS.has(last.lower);
    // "the Federal Government": the story's country acting, which mentions.ts reads as such.
    const countrysGovernment =
      run.length === 2 &&
      last.lower === "government" &&
      /^(?:national|federal|central)$/.test(run[0]?.lower ?? "");
    if (
      !office &&
      !instrument &&
      !countrysGovernment &&
      ((run.length > 1 && (run.some(isHead) || isAgencyHead(run))) || lone || party || definesInitials)
    ) {
      spans.push({ from: start, to: end, label: sentence.slice(run[0]?.start, last.end), acronym });
    }
    i = end;
  }
  return spans;
}

// "Nomsa Dlamini of Anchor Capital said", "said Tan Kheng Hock of the National University": a name
// no lexicon knows, before "of", is a person's where a speech verb stands next to the whole run.
const SPEECH_BEFORE = /\b(?:said|says|according to)\s+$/i;
const SPEECH_AFTER = /^\s*,?\s+(?:said|says|told|wrote|added|noted|warned|argued|believes|thinks)\b/i;

/**
 * "Pedro Alves of the Workers' Party", "Professor Tan Kheng Hock of the National University": a
 * person's name before "of" and the body they belong to. The body's name starts after the "of"; a
 * name that opens on a given name or a title, or that speaks, is no organisation's.
 */
function afterMembersName(sentence: string, tokens: readonly Token[], start: number, end: number): number {
  const of = tokens.findIndex((token, at) => at > start + 1 && at < end && token.lower === "of");
  if (of < 0) return start;
  const first = tokens[start] as Token;
  const member = tokens.slice(start, of);
  const last = tokens[end - 1] as Token;
  const speaks =
    member.some((token) => !isEnglishWord(token.text)) &&
    (SPEECH_BEFORE.test(sentence.slice(0, first.start)) || SPEECH_AFTER.test(sentence.slice(last.end)));
  if (!isFirstName(first.text) && !NAME_TITLES.has(first.lower) && !ROLE_NOUNS.has(first.lower) && !speaks)
    return start;
  if (!member.every((token) => token.isCapitalized && !isHead(token) && !OFFICE_TITLES.has(token.lower)))
    return start;
  const body = (tokens[of + 1] as Token | undefined)?.lower === "the" ? of + 2 : of + 1;
  return body < end ? body : start;
}

/** Whether the tokens [from, to) share a token with an organisation's name: they are not a person's. */
export const overlapsOrganization = (spans: readonly OrganizationSpan[], from: number, to: number) =>
  spans.some((span) => span.from < to && span.to > from);
