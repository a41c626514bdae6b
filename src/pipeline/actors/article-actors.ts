import type { ActorKind } from "../../schema";
import { isCommonWord, isFirstName, isLastName, isPlaceName } from "../lexicon/names";
import { SPEECH_STEMS } from "../lexicon/speech-verbs";
import {
  COMPANY_ONLY_TAILS,
  NAME_TITLES,
  officeOf,
  OUT_OF_OFFICE,
  ORGANIZATION_WORDS,
  PLURAL_ROLE_SET_OFF,
  ROLE_NOUNS,
  SPEAKS_FOR_ROLES,
  VOICES_OF_A_PERSON,
} from "../lexicon/words";
import { foldName, slugify } from "../text/normalize";
import type { Token } from "../text/tokens";
import { countryIn, lastWord, type ActorEntry, type Gazetteer } from "./gazetteer";
import type { NameCandidate, SentenceAnalysis } from "./recognize";
import { findCitedMedia, hasMediaNameWord, type MediaMention } from "./media";
import { storyInstitutions } from "./country-institutions";
import { overlapsOrganization } from "./organizations";
import { isOrganizationInContext, shortNamesOf, SPEAKS_AS_IT } from "./companies";

/** An actor as one article knows it, before articles are merged. */
export interface ArticleActor {
  key: string;
  label: string;
  kind: ActorKind;
  role: string | null;
  aliases: Set<string>;
}

/** The actors of one article and the names by which the article refers to them. */
export interface ArticleActors {
  actors: Map<string, ArticleActor>;
  /** Folded full name -> key, for discovered people. */
  fullNames: Map<string, string>;
  /** Folded surname (or family name written first) -> key. */
  surnames: Map<string, string>;
  /**
   * Folded first word of a discovered name that may be a family name written first ("Yoon" of
   * "Yoon Suk Yeol") -> key: read for a name standing alone, never to merge two full names.
   */
  leadingNames: Map<string, string>;
  /** Folded given name of a discovered person -> key, or null when two people share it ("Uhuru", "Fumio"). */
  givenNames: Map<string, string | null>;
  /**
   * "president" -> the people the article gives that title, each with the sentence it first does,
   * for "the President said".
   */
  titleHolders: Map<string, Map<string, number>>;
  /** "russia president" -> key, for "the Russian president". */
  titles: Map<string, string>;
  /** Outlets cited in each sentence, by sentence index. */
  media: Map<number, MediaMention[]>;
  /** Folded name of an organisation found by its name's shape -> key; its defined acronym too. */
  organizations: Map<string, string>;
  /** Acronyms the article defines ("NFA") -> key, matched in capitals only. */
  acronyms: Map<string, string>;
  /** Person key -> the country written in the title before their name ("Kenya's President-elect X"). */
  homeCountries: Map<string, string>;
  /** Organisations found by what the text says of a name ("NordSea Energi, the Swedish utility"), first first. */
  companies: string[];
  /** The organisations named so far, the last named first: what "the ministry" most likely means. */
  recentOrganizations: string[];
  /** The country the story is about (its dateline's, or the one most named): "the government"'s. */
  storyCountry: string | null;
}

const TITLE_WORDS = [
  "president",
  "chancellor",
  "prime minister",
  "foreign minister",
  "defense minister",
  "spokesman",
];

/** The name as written, with its hyphens and initials ("Ann-Louise Hittle", "Robert M. Danin"). */
const words = (analysis: SentenceAnalysis, from: number, to: number) =>
  analysis.sentence.text.slice(
    (analysis.tokens[from] as Token).start,
    (analysis.tokens[to - 1] as Token).end,
  );

/**
 * Reads "Russian President", "President of Russia" or "Ukraine's foreign minister" as country +
 * title; a role that names no country takes `home`, the country written before it elsewhere.
 */
export function titleKey(role: string, gazetteer: Gazetteer, home: string | null = null): string | null {
  const folded = foldName(role);
  const title = TITLE_WORDS.find((word) => folded.includes(word));
  if (!title) return null;
  const country = countryIn(role, gazetteer) ?? home;
  return country ? `${country} ${title}` : null;
}

function addActor(
  actors: ArticleActors,
  actor: Omit<ArticleActor, "aliases">,
  surface: string,
): ArticleActor {
  const existing = actors.actors.get(actor.key);
  const entry = existing ?? { ...actor, aliases: new Set<string>() };
  if (!existing) actors.actors.set(actor.key, entry);
  if (entry.role === null && actor.role !== null) entry.role = actor.role;
  entry.aliases.add(surface);
  return entry;
}

// A name right before or after a verb of speech: "Okeyo Wanjala said", "said Okeyo Wanjala, ...".
const SPEAKS_AFTER = new RegExp(
  String.raw`^\s*(?:\([^)]*\)\s*)?(?:,[^,]{1,160},\s*|,\s*who\b[^,]*(?:,[^,]{1,60}){1,3},\s*|,\s*)?(?:(?:has|had|also|later|then|[a-z]+ly)\s+)?(?:${SPEECH_STEMS.join("|")})\b`,
  "i",
);
const SPEAKS_BEFORE = /\b(?:said|says|according to|added|wrote|noted|explained|argued|warned)\s+$/i;
// "The foreign ministers of the two countries, Yuko Hasegawa and ...": the first holder listed.
const HOLDERS_LISTED_BEFORE = new RegExp(`${PLURAL_ROLE_SET_OFF}$`, "i");
// "Nomsa Dlamini of Anchor Capital said": the body a person belongs to, between the name and the verb.
const SPEAKS_AFTER_BODY = new RegExp(
  String.raw`^\s+(?:of|at|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}&'’.-]*(?:['’]s)?\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){1,7},?\s*(?:${SPEECH_STEMS.join("|")})\b`,
  "u",
);
const VOICE_AFTER = new RegExp(`^\\s+(?:${VOICES_OF_A_PERSON})\\b`, "i");
// One end of a talk: "Teresa Malvar met", "spoke by phone with Okeyo Wanjala", "spoke to Okeyo
// Wanjala". Organisations hold talks through people, so a name-shaped run there is a person's.
const TALKS_AFTER =
  /^\s*(?:,[^,]{1,160},\s*)?(?:(?:has|had|also|later|then|will|would|is|was|are|were|expected|due|set|scheduled|to)\s+)*(?:met|meet|meets|spoke|speaks|phoned|telephoned|talked|host|hosted|hosts|received|welcomed|visited|sat down with|(?:held|holds|had|has|have|hold) (?:an?\s+)?(?:[\p{Ll}-]+\s+)?(?:talks|call|meeting|conversation))\b/iu;
// "accused Okeyo Wanjala of", "thanked Okeyo Wanjala for", "slammed Okeyo Wanjala's decision", "said
// that Okeyo Wanjala had failed": the one a speaker addresses, praises, blames or speaks of is someone.
const ADDRESSED_BEFORE =
  /\b(?:accus(?:ed|es|ing)|urg(?:ed|es|ing)|critici[sz](?:ed|es|ing)|prais(?:ed|es|ing)|thank(?:ed|s|ing)|blam(?:ed|es|ing)|ask(?:ed|s|ing)|warn(?:ed|s|ing)|congratulat(?:ed|es|ing)|condemn(?:ed|s|ing)|slam(?:med|s|ming)|rebuk(?:ed|es|ing)|invit(?:ed|es|ing)|question(?:ed|s|ing)|dismiss(?:ed|es|ing)|reject(?:ed|s|ing)|describ(?:ed|es|ing)|referring to|(?:responded|replied|reacted|wrote|written|appealed) to|call(?:ed|s) on|press(?:ed|es)|challeng(?:ed|es)|hit (?:back|out) at|(?:said|says|told\s+[^,.;“"]{1,40}?|added|warned|claimed|argued|insisted|demanded|alleged)\s+that)\s+$/i;
// "Amara Diallo's talks with", "Amara Diallo's phone call with": the one whose talks they are.
const OWN_TALKS_AFTER =
  /^['’]s?\s+(?:[\p{Ll}-]+\s+)?(?:talks|meeting|call|conversation|visit)\s+(?:with|to)\b/iu;
const TALKS_BEFORE =
  /\b(?:met|meet|meets|meeting|(?:spoke|speak|speaks|talked|talks|met|meeting|call|conversation)\s+(?:(?:by|on the|over the)\s+(?:tele)?phone\s+)?with|(?:spoke|speak|speaks|talked)\s+(?:(?:by|on the|over the)\s+(?:tele)?phone\s+)?to|(?:received|hosted|welcomed)\s+by|sat down with|phoned|telephoned|hosted|host|hosts|received|welcomed)\s+$/i;

/**
 * "Esteban Caicedo Ruiz" is later "Caicedo": in a name of three words or more, the word before the
 * last may be the first of two family names, as Spanish names go.
 */
const firstOfTwoFamilyNames = (words: readonly Token[]): Token | undefined =>
  words.length >= 3 ? words[words.length - 2] : undefined;

/** Words that could all be parts of a name: none an everyday word of the lexicon. */
const nameShaped = (tokens: readonly Token[]) =>
  tokens.every(
    (token, i) =>
      // "Jean-Marc": capitalised words joined by a hyphen are a name's, whatever each alone may be.
      tokens[i + 1]?.start === token.end + 1 ||
      tokens[i - 1]?.end === token.start - 1 ||
      (!isCommonWord(token.text) && !isPlaceName(token.text)),
  );

interface TokenRange {
  from: number;
  to: number;
}

/** Whether two names stand side by side in a list: "A and B", "A, B", "A or B". */
function listedTogether(analysis: SentenceAnalysis, a: TokenRange, b: TokenRange): boolean {
  const [left, right] = a.from < b.from ? [a, b] : [b, a];
  const gap = analysis.sentence.text.slice(
    (analysis.tokens[left.to - 1] as Token).end,
    (analysis.tokens[right.from] as Token).start,
  );
  return /^(?:,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+)$/.test(gap);
}

// "Okonjo's spokesman, Tunde Alabi": whom a spokesman or aide speaks for, written before the role.
const PRINCIPAL_BEFORE = /(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?)['’]s?\s+$/u;
const SPEAKS_FOR_ROLE = new RegExp(`^(?:[\\p{Ll}-]+\\s+)?(?:${SPEAKS_FOR_ROLES})\\b`, "u");

/** A role's text, with the one a spokesman or aide speaks for when the text names them before it. */
function withPrincipal(analysis: SentenceAnalysis, role: { start: number; text: string } | undefined) {
  if (!role) return null;
  if (!SPEAKS_FOR_ROLE.test(role.text)) return role.text;
  const principal = PRINCIPAL_BEFORE.exec(
    analysis.sentence.text.slice(Math.max(0, role.start - 40), role.start),
  );
  return principal ? `${principal[1]}'s ${role.text}` : role.text;
}

/**
 * Decides which capitalised runs are people: a role, a title or a known first name says so, or a
 * run of two or more name-shaped words that speaks ("Okeyo Wanjala said") or meets someone.
 */
function discoverPeople(analysis: SentenceAnalysis, gazetteer: Gazetteer, actors: ArticleActors): void {
  const text = analysis.sentence.text;
  const candidates = analysis.names.filter(
    (name) =>
      name.to - name.from >= 2 &&
      !overlapsOrganization(analysis.organizations, name.from, name.to) &&
      !actors.organizations.has(foldName(words(analysis, name.from, name.to))) &&
      // "former Costa Rican foreign minister": a people's adjective, not a name.
      !gazetteer.adjectives.has(foldName(words(analysis, name.from, name.to))) &&
      !analysis.tokens
        .slice(name.from, name.to)
        .every((token) => isPlaceName(token.text) && !isFirstName(token.text)),
  );
  const looksLikePerson = (name: NameCandidate) => {
    const tokens = analysis.tokens.slice(name.from, name.to);
    const first = tokens[0] as Token;
    const last = tokens[tokens.length - 1] as Token;
    const after = text.slice(last.endWithMark);
    const before = text.slice(0, first.start);
    const speaks =
      nameShaped(tokens) &&
      (SPEAKS_AFTER.test(after) ||
        SPEAKS_AFTER_BODY.test(after) ||
        HOLDERS_LISTED_BEFORE.test(before) ||
        SPEAKS_BEFORE.test(before) ||
        (!last.possessive && (TALKS_AFTER.test(after) || TALKS_BEFORE.test(before))) ||
        // "Okeyo Wanjala's office said": the office or spokesman of a person.
        (last.possessive && tokens.length > 1 && VOICE_AFTER.test(after)) ||
        (last.possessive && tokens.length > 1 && OWN_TALKS_AFTER.test(text.slice(last.end))) ||
        (tokens.length > 1 && ADDRESSED_BEFORE.test(before)));
    if (SPEAKS_AS_IT.test(after) && !name.titled && !isFirstName(first.text)) return false;
    return (
      analysis.roles.has(name.from) ||
      name.titled ||
      speaks ||
      isFirstName(first.text) ||
      isLastName(first.text)
    );
  };
  const people = candidates.filter(looksLikePerson);
  const knownPeople = analysis.known.filter((match) => gazetteer.entries.get(match.key)?.kind === "person");
  // "ministers Jonathan Moyo and Saviour Kasukuwere": a name-shaped name listed with a person's is one too.
  const listed = candidates.filter(
    (name) =>
      !people.includes(name) &&
      nameShaped(analysis.tokens.slice(name.from, name.to)) &&
      [...people, ...knownPeople].some((person) => listedTogether(analysis, person, name)),
  );
  for (const name of [...people, ...listed].sort((a, b) => a.from - b.from)) {
    const tokens = analysis.tokens.slice(name.from, name.to);
    const role = withPrincipal(analysis, analysis.roles.get(name.from));
    const first = tokens[0] as Token;
    const full = words(analysis, name.from, name.to);
    const surname = lastWord(full);
    // A known person written another way ("Vladimir Zelensky" for Volodymyr Zelensky).
    const knownKeys = gazetteer.surnames.get(surname) ?? [];
    const knownKey = knownKeys.find(
      (key) => foldName(gazetteer.entries.get(key)?.label ?? "")[0] === foldName(full)[0],
    );
    const key =
      knownKey ?? actors.surnames.get(surname) ?? actors.fullNames.get(foldName(full)) ?? slugify(full);
    const known = knownKey ? gazetteer.entries.get(knownKey) : undefined;
    addActor(
      actors,
      {
        key,
        label: known?.label ?? full,
        kind: "person",
        role: known?.role ?? role ?? titlePhraseBefore(analysis, name.from),
      },
      full,
    );
    noteOffice(actors, key, analysis, name.from, role);
    noteHomeCountry(actors, key, analysis, name.from, gazetteer);
    actors.fullNames.set(foldName(full), key);
    actors.surnames.set(surname, key);
    const middle = firstOfTwoFamilyNames(tokens);
    if (
      middle &&
      !isFirstName(middle.text) &&
      !isCommonWord(middle.text) &&
      !actors.surnames.has(middle.lower)
    ) {
      actors.surnames.set(middle.lower, key);
      // "Óscar Funes Reyes" is later "Funes Reyes": both family names, without the given name.
      const familyNames = foldName(`${middle.text} ${(tokens.at(-1) as Token).text}`);
      if (!actors.fullNames.has(familyNames)) actors.fullNames.set(familyNames, key);
    }
    const given = first.lower;
    if (actors.givenNames.has(given) && actors.givenNames.get(given) !== key)
      actors.givenNames.set(given, null);
    else actors.givenNames.set(given, key);
    // Chinese and other names written family name first: "Yang Jin" is later "Yang".
    if (isLastName(first.text) && !isFirstName(first.text)) actors.surnames.set(first.lower, key);
    // "Yoon Suk Yeol" is later "Yoon": a first word that is no given name the lexicon knows may be
    // a family name too.
    else if (!isFirstName(first.text) && !isCommonWord(first.text) && !actors.leadingNames.has(first.lower))
      actors.leadingNames.set(first.lower, key);
    noteTitle(actors, key, role ?? titlePhraseBefore(analysis, name.from), gazetteer);
  }
}

/**
 * The country and office a person holds, for "the Senegalese leader" later: from the role itself
 * ("Senegalese President"), else from the office with the country written before it ("Senegal's
 * President Moustapha Diallo", where the possessive is not part of the role).
 */
function noteTitle(actors: ArticleActors, key: string, role: string | null, gazetteer: Gazetteer): void {
  const title = role ? titleKey(role, gazetteer, actors.homeCountries.get(key) ?? null) : null;
  if (title && !actors.titles.has(title)) actors.titles.set(title, key);
}

// Titles that stay part of the name a reader knows: "King Salman", "Sheikh Hasina".
const REGNAL_TITLES = new Set([
  "king",
  "queen",
  "prince",
  "princess",
  "sheikh",
  "emir",
  "sultan",
  "pope",
  "crown",
]);
// Titles that say a lone name is a person: "President Obama", "Mr Khairy", "Prime Minister Albanese".
const PERSONAL_TITLES = new Set([
  ...REGNAL_TITLES,
  ...`president minister chancellor mr mrs ms dr prof senator governor premier ambassador mayor admiral colonel
  judge commissioner`.split(/\s+/),
]);

/**
 * A lone name after a title ("President Obama", "King Salman") is a person, unless the article
 * names them in full elsewhere, which the surname map then finds. Runs after every full name is in.
 */
function discoverTitledSurnames(analysis: SentenceAnalysis, actors: ArticleActors): void {
  for (const name of analysis.names) {
    if (name.to - name.from !== 1 || !name.titled) continue;
    const token = analysis.tokens[name.from] as Token;
    const title = analysis.tokens[name.from - 1]?.lower.replace(/\.$/, "") ?? "";
    if (!PERSONAL_TITLES.has(title) || !nameShaped([token]) || ORGANIZATION_WORDS.has(token.lower)) continue;
    if (overlapsOrganization(analysis.organizations, name.from, name.to)) continue;
    const regnal = REGNAL_TITLES.has(title);
    const label = regnal ? `${analysis.tokens[name.from - 1]?.text} ${token.text}` : token.text;
    const folded = foldName(token.text);
    if (!regnal && actors.surnames.has(folded)) continue;
    // "Dr Zahid" for "Ahmad Zahid Hamidi": a word of one full name in the article is that person.
    const holders = new Set(
      [...actors.fullNames].filter(([full]) => full.split(" ").includes(folded)).map(([, key]) => key),
    );
    if (!regnal && holders.size === 1) {
      actors.surnames.set(folded, [...holders][0] as string);
      continue;
    }
    const key = actors.fullNames.get(foldName(label)) ?? slugify(label);
    addActor(actors, { key, label, kind: "person", role: null }, label);
    noteOffice(actors, key, analysis, name.from, null);
    actors.fullNames.set(foldName(label), key);
    if (!actors.surnames.has(folded)) actors.surnames.set(folded, key);
  }
}

// The offices a bare "the president" or "our Prime Minister" can stand for, as written before a name
// or in a role; "President-elect", "former" and "vice" holders are someone else.
const HELD_OFFICE =
  /(?:^|\s)(head of state|head of government|deputy prime minister|president|prime minister|chancellor|premier|minister|secretary|spokes(?:man|woman|person)|governor|ambassador|mayor|senator)$/i;
const NOT_THE_HOLDER = /\b(?:former|ex|vice|deputy|elect|late)\b/i;
// "The council's president, Ana Bográn": the head of an institution, not "the president" of a story.
const AN_INSTITUTIONS_OFFICE = /\b\p{Ll}+['’]s\s+(?:\p{Ll}+\s+)?\p{Ll}+$/u;

/** Remembers that the person at `key` holds the office written just before the name or in the role. */
function noteOffice(
  actors: ArticleActors,
  key: string,
  analysis: SentenceAnalysis,
  from: number,
  role: string | null,
): void {
  const before = textBefore(analysis, from).trim();
  if (AN_INSTITUTIONS_OFFICE.test(before.replace(/,$/, ""))) return;
  for (const phrase of [before, role ?? ""]) {
    const written = HELD_OFFICE.exec(phrase)?.[1];
    const office = written === undefined ? undefined : officeOf(written);
    // "Deputy Prime Minister X" holds an office of their own, "the Deputy PM" later.
    const holderOf = (office ?? "").startsWith("deputy ") ? phrase.replace(/\bdeputy\b/gi, "") : phrase;
    if (!office || NOT_THE_HOLDER.test(holderOf.split(/[,;]/).pop() ?? "")) continue;
    const holders = actors.titleHolders.get(office) ?? new Map<string, number>();
    if (!holders.has(key)) holders.set(key, analysis.sentence.index);
    actors.titleHolders.set(office, holders);
  }
}

/**
 * The title phrase written just before a name, up to five words ending in a title: "Kenya's
 * President-elect", "US President", "New Zealand Prime Minister"; a comma or a verb ends it.
 */
function titlePhraseBefore(analysis: SentenceAnalysis, from: number): string | null {
  // The words after the last boundary: "spoke with | Senegal's President", "HANOI -- | Japanese
  // Prime Minister" (a dateline's place is where the story was filed, not whose the title is).
  const phrase = textBefore(analysis, from)
    .split(/[,;:(]|\s[-–—]{1,2}\s|\b(?:and|with|to|by|for|said|says|told|met|of)\s/i)
    .pop()
    ?.trim();
  if (!phrase) return null;
  const words = phrase.split(/[\s-]+/);
  const last = words.at(-1)?.toLowerCase() ?? "";
  if (!(NAME_TITLES.has(last) || ROLE_NOUNS.has(last) || last === "elect")) return null;
  return words.length <= 5 ? phrase : null;
}

/** The country of the title written just before a name. */
function noteHomeCountry(
  actors: ArticleActors,
  key: string,
  analysis: SentenceAnalysis,
  from: number,
  gazetteer: Gazetteer,
): void {
  const phrase = titlePhraseBefore(analysis, from);
  // "New Zealand's High Commissioner to Fiji, Ben Hollister": the country whose role it is, written
  // before a role set off before the name.
  const role = analysis.roles.get(from);
  const owner =
    role && !OUT_OF_OFFICE.test(role.text)
      ? OWNER_BEFORE.exec(analysis.sentence.text.slice(Math.max(0, role.start - 40), role.start))?.[1]
      : undefined;
  const country =
    (phrase ? countryIn(phrase.replace(/['’]s?(?=\s|$)/g, ""), gazetteer) : null) ??
    (owner ? countryIn(owner, gazetteer) : null);
  if (country && !actors.homeCountries.has(key)) actors.homeCountries.set(key, country);
}
const OWNER_BEFORE = /(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)*)['’]s?\s+$/u;

/** The words just before a token: the title written in front of a name. */
const textBefore = (analysis: SentenceAnalysis, index: number) =>
  analysis.sentence.text.slice(0, (analysis.tokens[index] as Token).start).slice(-40);

/** Known people named in full make their surname usable alone in this article ("Kirby clarified"). */
function registerKnownPeople(analysis: SentenceAnalysis, gazetteer: Gazetteer, actors: ArticleActors): void {
  for (const match of analysis.known) {
    const entry = gazetteer.entries.get(match.key);
    if (entry?.kind !== "person") continue;
    if (match.to - match.from >= 2) actors.surnames.set(lastWord(entry.label), entry.key);
    const role = analysis.roles.get(match.from)?.text;
    noteOffice(actors, entry.key, analysis, match.from, role ?? null);
    noteHomeCountry(actors, entry.key, analysis, match.from, gazetteer);
    noteTitle(actors, entry.key, role ?? titlePhraseBefore(analysis, match.from), gazetteer);
  }
}

/**
 * Organisations named in the article, longest names first, so that a shorter name the article
 * uses later ("the Supreme Court" after "the Supreme Court of Kenya") is the same actor; a name
 * the knowledge file knows is its actor.
 */
function registerOrganizations(
  analyses: readonly SentenceAnalysis[],
  gazetteer: Gazetteer,
  actors: ArticleActors,
): void {
  const spans = analyses
    .filter((analysis) => !analysis.isCredit)
    .flatMap((analysis) => analysis.organizations)
    .sort((a, b) => b.label.length - a.label.length);
  // The known actors the article names, for a lone head word that stands for one of them.
  const knownHere = analyses.flatMap((analysis) =>
    analysis.known.flatMap((match) => gazetteer.entries.get(match.key) ?? []),
  );
  for (const span of spans) {
    const folded = foldName(span.label);
    const knownKey = gazetteer.aliases.get(folded)?.key;
    if (knownKey && gazetteer.entries.get(knownKey)?.kind !== "organization") continue;
    // "the Kenyan Government" is the country, which the mentions read as such.
    const [first, ...rest] = folded.split(" ");
    if (rest.join(" ") === "government" && countryIn(first ?? "", gazetteer)) continue;
    const longer = [...actors.organizations].find(([name]) => name.startsWith(`${folded} `))?.[1];
    const key =
      knownKey ??
      actors.organizations.get(folded) ??
      // "ASIC said" after "the Australian Securities and Investments Commission (ASIC)".
      actors.acronyms.get(span.label) ??
      longer ??
      wholeNameOf(folded, knownHere, actors) ??
      slugify(span.label);
    const entry = gazetteer.entries.get(key);
    const label = entry?.label ?? actors.actors.get(key)?.label ?? span.label;
    addActor(actors, { key, label, kind: "organization", role: null }, span.label);
    actors.organizations.set(folded, key);
    if (span.acronym) {
      actors.acronyms.set(span.acronym, key);
      actors.actors.get(key)?.aliases.add(span.acronym);
    }
    // "Northbridge Capital Group", "Nordlys Airways": a company's name by its last word, later
    // "Northbridge", "Nordlys".
    if (COMPANY_LAST_WORD.test(span.label)) {
      for (const short of shortNamesOf(span.label))
        if (!actors.organizations.has(foldName(short))) actors.organizations.set(foldName(short), key);
    }
    // "Northshield Lithium Corp." is a company, later "Northshield Lithium", "Northshield", "the company".
    const suffix = CORPORATE_SUFFIX.exec(span.label);
    if (suffix) {
      if (!actors.companies.includes(key)) actors.companies.push(key);
      for (const short of [
        span.label.slice(0, suffix.index),
        ...shortNamesOf(span.label.slice(0, suffix.index)),
      ])
        if (short && !actors.organizations.has(foldName(short)))
          actors.organizations.set(foldName(short), key);
    }
  }
}

/**
 * "Commission spokesperson" where the article names the European Commission: a lone head word is
 * the one organisation of the article, known or found, whose name ends in it.
 */
function wholeNameOf(word: string, known: readonly ActorEntry[], actors: ArticleActors): string | undefined {
  if (word.includes(" ")) return undefined;
  const endsInIt = new Set(
    [...known, ...actors.actors.values()]
      .filter(
        (actor) =>
          actor.kind === "organization" && lastWord(actor.label) === word && foldName(actor.label) !== word,
      )
      .map((actor) => actor.key),
  );
  return endsInIt.size === 1 ? [...endsInIt][0] : undefined;
}

/**
 * "the FDA" after "the U.S. Food and Drug Administration", "the EAC" after "the East African
 * Community": the initials of an organisation's capitalised words (a country's abbreviation
 * before them left out) stand for it where the article writes them and they name no known actor.
 */
const initialsOf = (words: readonly string[]) =>
  words.map((word) => (word[0] as string).toUpperCase()).join("");

function registerInitials(
  analyses: readonly SentenceAnalysis[],
  gazetteer: Gazetteer,
  actors: ArticleActors,
): void {
  const capitalsUsed = new Set(
    analyses.flatMap((analysis) =>
      analysis.tokens.filter((token) => /^\p{Lu}{3,6}$/u.test(token.text)).map((token) => token.text),
    ),
  );
  if (capitalsUsed.size === 0) return;
  const found = [...actors.actors.values()].filter((actor) => actor.kind === "organization");
  // Known actors the article names by more than initials.
  const namedInFull = new Set(
    analyses.flatMap((analysis) =>
      analysis.known
        .filter(
          (match) =>
            !/^\p{Lu}{2,6}$/u.test((analysis.tokens[match.from] as Token).text) || match.to - match.from > 1,
        )
        .map((match) => match.key),
    ),
  );
  const known = analyses
    .flatMap((analysis) => analysis.known)
    .map((match) => gazetteer.entries.get(match.key))
    .filter((entry) => entry?.kind === "organization");
  for (const { key, label } of [...found, ...known] as { key: string; label: string }[]) {
    const words = label.split(/[\s-]+/);
    const capitalised = words.filter((word) => /^\p{Lu}\p{Ll}/u.test(word));
    // "ECOWAS" for the Economic Community of West African States: "of" may give its letter too.
    const withConnectors = words.filter((word) => /^\p{Lu}\p{Ll}|^(?:of|and|for)$/u.test(word));
    for (const initials of new Set([capitalised, withConnectors].map(initialsOf))) {
      if (initials.length < 3 || !capitalsUsed.has(initials) || actors.acronyms.has(initials)) continue;
      // "ICC" is the International Cricket Council in a story that names it and never the court the
      // knowledge file knows by those letters.
      const knownAs = gazetteer.aliases.get(foldName(initials))?.key;
      if ((knownAs !== undefined && knownAs !== key && namedInFull.has(knownAs)) || key === slugify(initials))
        continue;
      actors.acronyms.set(initials, key);
      actors.actors.get(key)?.aliases.add(initials);
      // The initials may have been taken for an organisation of their own ("ECOWAS said"): one actor.
      const own = actors.organizations.get(foldName(initials));
      if (own && own !== key && actors.actors.get(own)?.label === initials) {
        actors.actors.delete(own);
        actors.companies = actors.companies.filter((company) => company !== own);
      }
      actors.organizations.set(foldName(initials), key);
    }
  }
}

/**
 * "The presidency said", "the foreign ministry said" where no presidency or such ministry is named:
 * the story country's (see storyInstitutions), an actor of its own.
 */
function registerStoryInstitutions(
  analyses: readonly SentenceAnalysis[],
  gazetteer: Gazetteer,
  actors: ArticleActors,
): void {
  const country = actors.storyCountry;
  if (!country) return;
  for (const analysis of analyses) {
    if (analysis.sentence.isHeading || analysis.isCredit) continue;
    for (const { key, label, phrase } of storyInstitutions(analysis.sentence.text, country, gazetteer)) {
      const named = [...actors.actors.values()].some((actor) => {
        const words = actor.label.toLowerCase().split(/[\s-]+/);
        return actor.kind === "organization" && phrase.split(" ").every((word) => words.includes(word));
      });
      if (!named) addActor(actors, { key, label, kind: "organization", role: null }, label);
    }
  }
}

// "MANILA, Nov 9 (Reuters) -", "ISLAMABAD -": a place in capitals opening one of the first lines.
const DATELINE = /^\s*\p{Lu}{3,}[\p{Lu}\s.'’/-]*(?:,|\s[-–—(])/u;

/**
 * The country a story is about: its dateline's, else the country named in at least half of the
 * article's mentions of countries (three at least); null when none stands out.
 */
function storyCountryOf(analyses: readonly SentenceAnalysis[], gazetteer: Gazetteer): string | null {
  const isCountry = (key: string) => gazetteer.entries.get(key)?.kind === "country";
  for (const analysis of analyses.slice(0, 4)) {
    if (analysis.sentence.isHeading || !DATELINE.test(analysis.sentence.text)) continue;
    const first = analysis.known[0];
    if (first && first.from === 0 && isCountry(first.key)) return first.key;
  }
  const counts = new Map<string, number>();
  for (const match of analyses.flatMap((analysis) => analysis.known))
    if (isCountry(match.key)) counts.set(match.key, (counts.get(match.key) ?? 0) + 1);
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  const [top, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  return top !== null && count >= 3 && count * 2 >= total ? top : null;
}

const COMPANY_LAST_WORD = new RegExp(
  `\\s(?:${[...COMPANY_ONLY_TAILS, "group", "holdings", "airways", "airlines", "partners"].join("|")})$`,
  "i",
);
const CORPORATE_SUFFIX = /,?\s+(?:Inc|Corp|Corporation|Ltd|Limited|Plc|PLC|LLC|AG|SA|NV|SE|ASA|AB|Co)\.?$/;

/**
 * Names the text treats as organisations (see companies.ts), with the short names the article may
 * use for them later ("NordSea" for "NordSea Energi"), unless the name is a known actor's.
 */
function registerCompanies(
  analyses: readonly SentenceAnalysis[],
  gazetteer: Gazetteer,
  actors: ArticleActors,
): void {
  // "Villaruel said" is the Corazon Villaruel of another sentence, not a company; "Kang said" is
  // the Kang Min-seok of another, whose family name comes first.
  const surnames = new Set(
    analyses.flatMap((analysis) =>
      analysis.names
        .filter((name) => name.to - name.from > 1)
        .flatMap((name) => {
          const last = analysis.tokens[name.to - 1] as Token;
          const familyFirst = /-\p{Ll}/u.test(last.text);
          const middle = firstOfTwoFamilyNames(analysis.tokens.slice(name.from, name.to));
          return familyFirst
            ? [last.lower, (analysis.tokens[name.from] as Token).lower]
            : [last.lower, ...(middle ? [middle.lower] : [])];
        }),
    ),
  );
  for (const analysis of analyses) {
    if (analysis.isCredit || analysis.sentence.isHeading) continue;
    for (const name of analysis.names) {
      const label = words(analysis, name.from, name.to);
      const folded = foldName(label);
      // "Chinese shareholders": a people's adjective is no company's name.
      if (gazetteer.aliases.has(folded) || gazetteer.adjectives.has(folded)) continue;
      if (!isOrganizationInContext(analysis, name)) continue;
      // "Australian Securities | and Investments Commission": part of a longer name found whole.
      if (overlapsOrganization(analysis.organizations, name.from, name.to)) continue;
      if (name.to - name.from === 1 && surnames.has((analysis.tokens[name.from] as Token).lower)) continue;
      // "shares in Sydney": a place, however business-like the words around it.
      if (analysis.tokens.slice(name.from, name.to).every((token) => isPlaceName(token.text))) continue;
      // "Johnson spokesman": a lone first name or surname is more likely a person's than a company's.
      const personal = isFirstName(label) || isLastName(label);
      if (name.to - name.from === 1 && !actors.organizations.has(folded) && personal) continue;
      // "Nersa said" after "the National Energy Regulator of South Africa (Nersa)".
      const key = actors.organizations.get(folded) ?? actors.acronyms.get(label) ?? slugify(label);
      addActor(
        actors,
        { key, label: actors.actors.get(key)?.label ?? label, kind: "organization", role: null },
        label,
      );
      actors.organizations.set(folded, key);
      if (!actors.companies.includes(key)) actors.companies.push(key);
      for (const short of shortNamesOf(label))
        if (!actors.organizations.has(foldName(short))) actors.organizations.set(foldName(short), key);
    }
  }
}

/**
 * Companies in the order the article first names them: "the company" is the one a business story
 * opens with, not the one with the longest name.
 */
function inOrderOfMention(
  companies: readonly string[],
  analyses: readonly SentenceAnalysis[],
  actors: ArticleActors,
): string[] {
  const order: string[] = [];
  for (const analysis of analyses) {
    if (analysis.isCredit || analysis.sentence.isHeading) continue;
    const spans = [...analysis.organizations, ...analysis.names].sort((a, b) => a.from - b.from);
    for (const span of spans) {
      const key = actors.organizations.get(foldName(words(analysis, span.from, span.to)));
      if (key && companies.includes(key) && !order.includes(key)) order.push(key);
    }
  }
  return [...order, ...companies.filter((key) => !order.includes(key))];
}

export function collectArticleActors(
  analyses: readonly SentenceAnalysis[],
  gazetteer: Gazetteer,
  articleSource: string | null = null,
): ArticleActors {
  const actors: ArticleActors = {
    actors: new Map(),
    fullNames: new Map(),
    surnames: new Map(),
    leadingNames: new Map(),
    givenNames: new Map(),
    titleHolders: new Map(),
    titles: new Map(),
    media: new Map(),
    organizations: new Map(),
    acronyms: new Map(),
    homeCountries: new Map(),
    companies: [],
    recentOrganizations: [],
    storyCountry: storyCountryOf(analyses, gazetteer),
  };
  registerOrganizations(analyses, gazetteer, actors);
  registerCompanies(analyses, gazetteer, actors);
  actors.companies = inOrderOfMention(actors.companies, analyses, actors);
  for (const analysis of analyses) {
    registerKnownPeople(analysis, gazetteer, actors);
    discoverPeople(analysis, gazetteer, actors);
  }
  for (const analysis of analyses) discoverTitledSurnames(analysis, actors);
  registerInitials(analyses, gazetteer, actors);
  registerStoryInstitutions(analyses, gazetteer, actors);
  for (const analysis of analyses) {
    if (analysis.sentence.isHeading || analysis.isCredit) continue;
    const media = findCitedMedia(
      analysis.sentence.text,
      analysis.tokens,
      analysis.known,
      gazetteer,
      articleSource,
    );
    if (media.length > 0) actors.media.set(analysis.sentence.index, media);
    for (const outlet of media) {
      const entry = addActor(
        actors,
        { key: outlet.key, label: outlet.label, kind: "media", role: null },
        outlet.label,
      );
      // "told Army Radio": a name read as an organisation's is an outlet's where one is cited by it.
      if (entry.kind === "organization" && hasMediaNameWord(entry.label)) entry.kind = "media";
    }
  }
  return actors;
}

export { addActor };
