import { isCommonWord, isFirstName, isLastName, isPlaceName } from "../lexicon/names";
import { isNotable } from "../lexicon/notable";
import { COMPANY_ONLY_TAILS, CORPORATE_TAILS, ROLE_NOUNS } from "../lexicon/words";
import type { Token } from "../text/tokens";
import type { NameCandidate, SentenceAnalysis } from "./recognize";

/**
 * Nouns that say what kind of organisation a name is: "NordSea Energi, the Swedish utility",
 * "Malacañang, the presidential palace".
 */
const ORGANIZATION_NOUN =
  "(?:company|firm|group|(?:chip|drug|car|auto|steel|plane|phone|smartphone)?maker|designer|producer|manufacturer|miner|utility|bank|lender|insurer|carrier|airline|retailer|start-?up|conglomerate|developer|operator|supplier|exporter|importer|refiner|shipper|trader|broker|brokerage|investor|fund|agency|regulator|watchdog|charity|coalition|network|consultancy|party|union|body|organi[sz]ation|non-profit|ngo|think[ -]tank|outfit|giant|chain|platform|subsidiary|unit|owner|palace|ministry|department|court|tribunal|parliament|legislature|assembly|council|committee|commission|authority|movement|militia|alliance|federation|association|institute|university|foundation|(?:cartel|statistics|audit|patent|tax|competition) office)";

// ", the Swedish utility", ", a company registered in Tema": an organisation set off after its name.
// The words between the article and the noun describe it ("Swedish", "state-owned"): no role noun
// or preposition, or ", an analyst at Lindqvist Bank" would make the analyst a bank.
// "Tessaro, Germany's cartel office": a country's possessive may stand for the article.
const KIND_AFTER = new RegExp(
  `^,\\s+(?:a|an|the|\\p{Lu}[\\p{L}.-]*['’]s?)\\s+((?:[\\p{L}-]+\\s+){0,4}?)${ORGANIZATION_NOUN}s?\\b(?!['’])([^,;]*)`,
  "iu",
);
const describesKind = (words: string) =>
  words
    .toLowerCase()
    .split(/\s+/)
    .every((word) => !ROLE_NOUNS.has(word) && !/^(?:at|of|for|in|with|from|to)$/.test(word));
// "Rating agency Sterling Ratings", "Danish turbine maker Halvorsen Wind": the kind written before.
const KIND_BEFORE = new RegExp(`\\b${ORGANIZATION_NOUN}\\s+$`, "iu");
// "Halvorsen shares fell", "shares in Halvorsen", "Umoja's board": a name that business words follow.
const BUSINESS_AFTER =
  /^(?:['’]s)?\s+(?:shares|stock|board|bid|offer|takeover|profit|profits|revenue|revenues|earnings|chief executive|ceo|chairman|chairwoman|chief financial officer|cfo|management|shareholders|directors|spokes(?:man|woman|person)|executives?)\b/i;
const BUSINESS_BEFORE =
  /\b(?:shares (?:in|of)|stake in|bid for|takeover of|offer for|acquisition of|merger with|(?:to|will|would|agreed to) (?:buy|acquire)|bought|acquired)\s+$/i;
// A name that speaks: "Jinhai said", "Aurelian Resources announced".
const SPEAKS_AFTER =
  /^\s+(?:(?:has|had|also|later|then)\s+)?(?:said|says|announced|reported|warned|confirmed|denied|added|stated|posted|expects?|expected|plans?|planned|agreed|rejected|welcomed|downgraded|upgraded|(?:cut|raised|lowered)\s+its\s+(?:price\s+target|target\s+price|rating))\b/i;

/** "Yiaga Africa, in its statement, said", "Acme said its profit fell": a body speaks of itself as "it". */
export const SPEAKS_AS_IT = /^\s*(?:,\s*in its\b|(?:has\s+|had\s+)?(?:said|says|added)\s+(?:in\s+)?its\b)/i;

/**
 * A name that ends in a company word ("Halvorsen Wind", "Umoja Copper"), or in an everyday word
 * after a first word that is no given name ("Ann Lee" stays a person's), reads as a company's.
 */
export function companyShaped(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  // "Park Jae-won": a name that ends in a syllable joined by a hyphen is a person's.
  if (!first || !last || tokens.length < 2 || !last.isCapitalized) return false;
  if (CORPORATE_TAILS.has(last.lower)) return true;
  return (
    isCommonWord(last.text) && !isFirstName(first.text) && !isFirstName(last.text) && !isLastName(last.text)
  );
}

/**
 * The words of a company's name it may be called by later: its first word when that is no
 * everyday word, place or given name ("Halvorsen", "NordSea"), and its first two words.
 */
export function shortNamesOf(label: string): string[] {
  const words = label.split(/\s+/);
  if (words.length < 2) return [];
  const first = words[0] as string;
  // Every shorter run of its first words: "Hai Long Marine" and "Hai Long" for "Hai Long Marine Resources".
  const names = words.slice(2).map((_, i) => words.slice(0, i + 2).join(" "));
  if (!isCommonWord(first) && !isPlaceName(first) && !isFirstName(first) && first.length > 2)
    names.push(first);
  return names;
}

/**
 * Whether the text around a capitalised name says it is an organisation: its kind set off after it
 * or written before it, business words around it, or a company-shaped name that speaks.
 */
export function isOrganizationInContext(analysis: SentenceAnalysis, name: NameCandidate): boolean {
  const text = analysis.sentence.text;
  const tokens = analysis.tokens.slice(name.from, name.to);
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  const after = text.slice(last.end);
  const before = text.slice(0, first.start);
  // "New Jersey-based Brightwell": a name joined to a lower-case word is part of an adjective.
  if (/^-\p{Ll}/u.test(after)) return false;
  if (tokens.length > 1 && COMPANY_ONLY_TAILS.has(last.lower) && !isFirstName(first.text)) return true;
  const kindAfter = KIND_AFTER.exec(after.replace(/^['’]s/, ""));
  // "X, the Department of Foreign Affairs' undersecretary": a role further on makes X a person.
  const roleFurtherOn = (rest: string) =>
    rest
      .toLowerCase()
      .split(/[\s'’]+/)
      .some((word) => ROLE_NOUNS.has(word));
  // "..., where she will meet Zhou Haoran, the ministry said": an attribution after the name, no
  // description of it.
  const attribution = (rest: string) =>
    /^\s+(?:(?:has|had|also)\s+)?(?:said|says|confirmed|announced|added|reported|stated|told|noted|wrote|explained|declared)\b/i.test(
      rest,
    );
  if (
    (kindAfter &&
      describesKind(kindAfter[1] ?? "") &&
      !roleFurtherOn(kindAfter[2] ?? "") &&
      !attribution(kindAfter[2] ?? "")) ||
    KIND_BEFORE.test(before)
  )
    return true;
  if (BUSINESS_AFTER.test(after) || BUSINESS_BEFORE.test(before)) return true;
  if (SPEAKS_AS_IT.test(after) && !isFirstName(first.text)) return true;
  // "Gazprom said": a name that speaks, shaped like a company's or notable and no person's.
  const notableBody =
    isNotable(text.slice(first.start, last.end)) && !isFirstName(first.text) && !isLastName(last.text);
  // "Malacañang said", opening its sentence: a lone word that is no one's name (the caller checks
  // that no person of the article has it for a surname).
  const loneBody =
    tokens.length === 1 &&
    /^\s*$/.test(before) &&
    !isFirstName(first.text) &&
    !isLastName(first.text) &&
    !isCommonWord(first.text) &&
    !isPlaceName(first.text);
  return (companyShaped(tokens) || notableBody || loneBody) && SPEAKS_AFTER.test(after);
}
