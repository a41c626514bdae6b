import {
  CORPORATE_TAILS,
  NAME_PARTICLES,
  NAME_TITLES,
  NEVER_NAMES,
  ORGANIZATION_WORDS,
  PLACE_HEADS,
  PLACE_OPENERS,
  ROLE_NOUNS,
  TITLE_MODIFIERS,
} from "../lexicon/words";
import { hasCommonNounEnding, isCommonWord, isFirstName, isPlaceName } from "../lexicon/names";
import type { Sentence } from "../text/sentences";
import { POST_SIGNATURE } from "../text/post-signature";
import { findQuotes, type QuoteSpan } from "../text/quotes";
import { adjacent, tokenize, type Token } from "../text/tokens";
import { matchKnownAt, type Gazetteer, type KnownMatch } from "./gazetteer";
import { findOrganizations, type OrganizationSpan } from "./organizations";
import { organizationsByOffice, organizationsByWorkplace } from "./organizations-by-office";
import { initialsOrganizations } from "./initials-organizations";
import { roleAfter, roleBefore, roleSetOffBefore, type RolePhrase } from "./roles";

/** A run of capitalised words that is not a known actor: maybe a person, maybe a surname. */
export interface NameCandidate {
  from: number;
  to: number;
  /** Preceded by a form of address ("Mr.", "President", "General"). */
  titled: boolean;
  /** One word that names a place too ("Pennington"): only ever read as someone's surname. */
  placeName?: boolean;
}

/** What the cheap pass learns about one sentence; later stages never re-read its text. */
export interface SentenceAnalysis {
  sentence: Sentence;
  tokens: Token[];
  quotes: QuoteSpan[];
  known: KnownMatch[];
  names: NameCandidate[];
  /** Organisations named by the shape of their names, known to the knowledge file or not. */
  organizations: OrganizationSpan[];
  /** Roles written beside a name, keyed by the name's first token. */
  roles: Map<number, RolePhrase>;
  /** Photo credits and bylines: no actors, no relations. */
  isCredit: boolean;
}

// Photo credits and the bylines at a wire story's foot ("Reporting by ...; Editing by ...").
const CREDIT =
  /^(?:photo|image|picture|video|source|credit|caption)s?\b.*(?:\bby\b|:|\/)|getty images|\/ ?(?:afp|reuters|ap)\b|^(?:additional\s+)?(?:reporting|writing|editing|compiled|produced)\s+by\b|;\s*editing\s+by\b/i;

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/** A capitalised token that can be part of a person's name. */
function isNameWord(token: Token): boolean {
  if (!token.isCapitalized || /^\p{N}/u.test(token.text)) return false;
  if (NEVER_NAMES.has(token.lower) || ORGANIZATION_WORDS.has(token.lower)) return false;
  if (/['’](?:m|ll|t|re|ve|d)$/i.test(token.text)) return false;
  return !/^(?:\p{Lu}\.?){2,}$/u.test(token.text) || token.text.length > 4;
}

/**
 * "IG Metall", "SK Hynix": initials that open a name with a word of it that is no given name nor
 * a title ("PM Narendra Modi", "CEO Tim Cook" are titles before a person's name).
 */
function opensAName(tokens: readonly Token[], at: number, to: number): boolean {
  const token = tokens[at] as Token;
  const next = tokens[at + 1];
  return (
    at + 1 < to &&
    next !== undefined &&
    /^\p{Lu}{2,4}$/u.test(token.text) &&
    !NEVER_NAMES.has(token.lower) &&
    !NAME_TITLES.has(token.lower) &&
    !ROLE_INITIALS.has(token.lower) &&
    isNameWord(next) &&
    !/^\p{Lu}+$/u.test(next.text) &&
    !isFirstName(next.text) &&
    !isTitleWord(next)
  );
}
// Initials that stand for an office or a role, not part of a name: "PM", "MP", "CEO".
const ROLE_INITIALS = new Set("pm mp mep ceo cfo coo cto md gm vp svp evp dg sg mla mpp gop".split(" "));

// Lower-case words that follow a name's hyphen as words of their own: "Kremlin-backed", "Paris-based".
const COMPOUND_ENDS = new Set(
  "based led backed born run owned era style made linked aligned funded bound wide level held allied ruled".split(
    " ",
  ),
);

/**
 * "Park Jae-won", "Chen Yu-ting": a short lower-case syllable joined by a hyphen to the capitalised
 * word before it is part of a given name, as Korean and Chinese names are written.
 */
function isSyllableOfName(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const previous = tokens[i - 1];
  return (
    previous !== undefined &&
    previous.isCapitalized &&
    text[previous.end] === "-" &&
    token.start === previous.end + 1 &&
    /^\p{Ll}{2,5}$/u.test(token.text) &&
    !COMPOUND_ENDS.has(token.lower)
  );
}

/** A word of a title inside a run of capitals: "Prime", "Minister" in "Spanish Prime Minister Pedro Sanchez". */
function isTitleWord(token: Token): boolean {
  const word = token.lower.replace(/\.$/, "");
  return NAME_TITLES.has(word) || word === "presidents" || (ROLE_NOUNS.has(word) && !isFirstName(token.text));
}

/**
 * Whether the run at `from` follows a title's "for", "of" or "to", directly ("Minister for |
 * Fisheries", "Ambassador to | Kosovo David Harrington") or after the first part of a joint
 * portfolio ("Minister for Tourism and | Civil Aviation").
 */
function followsTitlesPortfolio(tokens: readonly Token[], from: number): boolean {
  let at = from - 1;
  if (/^(?:and|&)$/.test(tokens[at]?.lower ?? ""))
    for (at--; at > 0 && /^\p{Lu}/u.test(tokens[at]?.text ?? "");) at--;
  const titleBefore = tokens[at - 1];
  return (
    /^(?:for|of|to)$/.test(tokens[at]?.lower ?? "") && titleBefore !== undefined && isTitleWord(titleBefore)
  );
}

/**
 * The name in a capitalised run: what follows its last title word ("Spanish Prime Minister | Pedro
 * Sanchez"), less the ordinary words in front of it ("Every | ...") when no title came first.
 */
function trimToName(tokens: readonly Token[], from: number, to: number, text: string): NameCandidate | null {
  let start = from;
  let titled = false;
  for (let i = to - 2; i >= from; i--)
    if (isTitleWord(tokens[i] as Token)) {
      [start, titled] = [i + 1, true];
      break;
    }
  // "Minister for Water Resources Rana Akhtar": capitalised everyday words after a title's "for" or
  // "of" name its portfolio, not the person.
  const portfolio = followsTitlesPortfolio(tokens, from);
  // "Prime Minister of Latvia Janis Ozols": the country of the office, too.
  const portfolioWord = (token: Token) =>
    isCommonWord(token.text) ||
    hasCommonNounEnding(token.text) ||
    TITLE_MODIFIERS.has(token.lower) ||
    CORPORATE_TAILS.has(token.lower) ||
    (isPlaceName(token.text) && !isFirstName(token.text));
  while (portfolio && start < to - 2 && portfolioWord(tokens[start] as Token))
    [start, titled] = [start + 1, true];
  while (start < to) {
    const token = tokens[start] as Token;
    // A capitalised everyday word opens a sentence; inside one, its capital says it is a name ("Per").
    // A word standing alone stays: it is read only as the surname of someone named in full.
    // "Jean-Marc Roux": a word joined by a hyphen to the next is part of the name.
    const hyphenated = tokens[start + 1]?.start === token.end + 1;
    const opensSentence = start === 0 && to - from > 1 && !hyphenated;
    const ordinary = !titled && isCommonWord(token.text) && !isFirstName(token.text) && opensSentence;
    if (isTitleWord(token) || (!isNameWord(token) && !opensAName(tokens, start, to)) || ordinary) start++;
    else break;
  }
  // "the Kenyan President said": a run that ends in a title names an office, not a person.
  if (start >= to || isTitleWord(tokens[to - 1] as Token)) return null;
  // "Separately, the ministry said", "Meanwhile, ...": an everyday word opening the sentence alone.
  const lone = tokens[start] as Token;
  if (
    start === 0 &&
    to === 1 &&
    /^,/.test(text.slice(lone.end)) &&
    isCommonWord(lone.text) &&
    !isFirstName(lone.text)
  )
    return null;
  const words = tokens.slice(start, to);
  if (words.some((token) => ORGANIZATION_WORDS.has(token.lower))) return null;
  // "Pennington" alone may be a town's name and a surname both: kept, it is read only as the surname
  // of someone named in full.
  if (words.length > 1 && words.every((token) => isPlaceName(token.text) && !isFirstName(token.text)))
    return null;
  // "Davis Strait", "Hans Island", "Lake Victoria": a place, whatever given name it holds.
  if (
    words.length > 1 &&
    (PLACE_HEADS.has((words.at(-1) as Token).lower) || PLACE_OPENERS.has((words[0] as Token).lower))
  )
    return null;
  const placeName =
    words.length === 1 && isPlaceName((words[0] as Token).text) && !isFirstName((words[0] as Token).text);
  return placeName ? { from: start, to, titled, placeName } : { from: start, to, titled };
}

export function analyseSentence(sentence: Sentence, gazetteer: Gazetteer): SentenceAnalysis {
  const text = sentence.text;
  const tokens = tokenize(text);
  const analysis: SentenceAnalysis = {
    sentence,
    tokens,
    quotes: findQuotes(text),
    known: [],
    names: [],
    organizations: [],
    roles: new Map(),
    isCredit: CREDIT.test(text),
  };
  if (analysis.isCredit) return analysis;

  let runStart = -1;
  const closeRun = (end: number) => {
    if (runStart >= 0) {
      const candidate = trimToName(tokens, runStart, end, text);
      // A post's signature line is short like a heading, but names its author.
      if (candidate && (!sentence.isHeading || POST_SIGNATURE.test(text))) analysis.names.push(candidate);
    }
    runStart = -1;
  };
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i] as Token;
    const match = matchKnownAt(gazetteer, text, tokens, i);
    if (match) {
      // "Vladimir Zelensky": a first name before a known surname is a variant spelling of that person.
      const previous = tokens[i - 1];
      if (
        previous &&
        runStart === i - 1 &&
        isFirstName(previous.text) &&
        adjacent(text, previous, token) &&
        gazetteer.entries.get(match.key)?.kind === "person"
      ) {
        runStart = -1;
        match.from = i - 1;
      }
      closeRun(i);
      analysis.known.push(match);
      i = match.to;
      continue;
    }
    const continuesRun =
      runStart >= 0 &&
      adjacent(text, tokens[i - 1] as Token, token) &&
      !(tokens[i - 1] as Token).possessive &&
      !/^\p{N}/u.test(token.text) &&
      (token.isCapitalized || NAME_PARTICLES.has(token.lower) || isSyllableOfName(text, tokens, i));
    if (continuesRun) i++;
    else {
      closeRun(i);
      if (token.isCapitalized) runStart = i;
      i++;
    }
  }
  closeRun(tokens.length);
  if (!sentence.isHeading) {
    const found = [...findOrganizations(text, tokens), ...organizationsByOffice(text, tokens)];
    const initials = initialsOrganizations(text, tokens).filter(
      (span) => !found.some((other) => other.from < span.to && span.from < other.to),
    );
    const named = [...found, ...initials];
    const workplaces = organizationsByWorkplace(text, tokens).filter(
      (span) => !named.some((other) => other.from < span.to && span.from < other.to),
    );
    analysis.organizations = [...named, ...workplaces];
  }
  // A run may end in particles ("Center for ... de"): names end on a capitalised word, or a
  // syllable joined to one ("Park Jae-won").
  analysis.names = analysis.names.filter(
    (name) => (tokens[name.to - 1] as Token).isCapitalized || isSyllableOfName(text, tokens, name.to - 1),
  );

  // "In Abidjan, the director general of ..., Jane Roe": a place's name takes no role.
  const people = [
    ...analysis.known.filter((match) => gazetteer.entries.get(match.key)?.kind === "person"),
    ...analysis.names.filter((name) => !name.placeName),
  ];
  // Single capitalised words may be sentence openers, so only real names stop a title phrase.
  const taken = new Set(
    people
      .filter((span) => span.to - span.from > 1 || "key" in span)
      .flatMap((span) => range(span.from, span.to)),
  );
  for (const { from, to } of people) {
    const last = tokens[to - 1] as Token;
    const role =
      roleBefore(text, tokens, from, taken) ??
      roleAfter(text, last.endWithMark) ??
      roleSetOffBefore(text, tokens, { from, end: last.end }, taken);
    if (role) analysis.roles.set(from, role);
  }
  return analysis;
}
