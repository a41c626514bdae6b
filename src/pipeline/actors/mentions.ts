import type { ActorKind } from "../../schema";
import { canOpenNounPhrase, isCityName, isCommonNoun, isCommonWord } from "../lexicon/names";
import { FORMS_OF_ADDRESS, NAME_AHEAD, officeOf, ROLE_NOUNS } from "../lexicon/words";
import { isInsideQuote } from "../text/quotes";
import { foldName } from "../text/normalize";
import type { Token } from "../text/tokens";
import { addActor, titleKey, type ArticleActors } from "./article-actors";
import type { Gazetteer } from "./gazetteer";
import { countryInstitutions } from "./country-institutions";
import { ACCUSED_OF, institutionReferences } from "./institution-references";
import { overlapsOrganization } from "./organizations";
import type { SentenceAnalysis } from "./recognize";

/** One reference to an actor in a sentence, with what the relation stages need to know about it. */
export interface Mention {
  key: string;
  kind: ActorKind;
  /** Character span in the sentence. */
  start: number;
  end: number;
  surface: string;
  possessive: boolean;
  /** Qualifies a noun rather than acting: "US officials", "Kremlin spokesman". */
  modifier: boolean;
  /** Only says where: "in Ukraine", "from Moscow". */
  locative: boolean;
  /** Inside the description of someone else: "an expert ... in Washington". */
  inRole: boolean;
  inQuote: boolean;
  /** A country's people ("Kenyans"): a statement may be about them, but they neither speak nor call. */
  populace?: boolean;
  /** A city named for its country ("Oslo" for Norway): as a place ("jobs in Oslo") only scenery. */
  seat?: boolean;
  /** The country named by its seat of government in the country data ("Abuja" for Nigeria). */
  capital?: boolean;
  /** An outlet named with a citation cue ("told Vox"), rather than merely mentioned. */
  cited: boolean;
}

const MODIFIED_NOUNS = new Set(
  `official officials statement statements troops forces force government administration side position military
  economy media leadership delegation team sources diplomats soldiers invasion response war army citizens people
  politicians interests territory borders border sanctions allies intelligence embassy security state authorities
  aggression strikes missiles missile weapons lands soil readout summit call talks relations relationship counterpart
  counterparts foreign defense press journalist pool officials' escalation escapade tweet comments remarks words
  conditions demands proposal offer plan plans priority priorities policy decision goals terms members
  participants`.split(/\s+/),
);
// A country after these words is where or what something is about, not who acts: "the invasion of Ukraine".
// "the new Prime Minister of Japan", "King Salman of Saudi Arabia": the country completes a title.
const TITLE_OF =
  /\b(?:president|prime minister|minister|king|queen|prince|emir|leader|ambassador|chancellor|premier|envoy|embassy|ministry)\s+of\s+(?:the\s+)?$/i;
// "asked the government of Sri Lanka to": the country itself, acting through its government.
// "called on Kenya to", "pressure on Kenya": the one addressed, not a place.
const ADDRESSED_ON =
  /\b(?:call(?:s|ed|ing)?|pressure|pressed|prevail(?:s|ed)?\s+up|rel(?:y|ies|ied)|depend(?:s|ed)?)\s+on\s+(?:the\s+)?$/i;
// "the government of Sri Lanka", "the military governments of Mali, Burkina Faso and Niger", "the
// foreign ministries of France and Germany", "the foreign ministers of A and B": the countries act,
// they are no places.
const GOVERNMENT_OF =
  /\b(?:governments?|authorities|(?:[\p{Ll}-]+\s+)?ministries|leaders|(?:[\p{Ll}-]+\s+)?ministers|presidents|heads of (?:state|government)|delegations|negotiators)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*,\s+|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*,?\s+and\s+(?:the\s+)?)*$/u;
const WHOSE_BODY =
  /\b(?:party|movement|faction|camp|government|administration|allies|supporters|loyalists)\s+of\s+(?:[\p{Ll}-]+\s+){0,4}$/u;
const OFFICE_OF =
  /\b(?:as|new|his|her|their)\s+(?:[\p{Ll}-]+\s+)?(?:leader|head|chair(?:man|woman|person)?|president|secretary[- ]general|member|chief|director)\s+of\s+(?:the\s+)?$/iu;
// "from the Oval Office", "outside the Sindh Assembly": an institution's building, not the institution.
// "a statement from the ministry" is the ministry's word, not a place.
// "officials from the ministry" are the ministry's people.
const INSTITUTION_AS_PLACE =
  /(?<!\b(?:statement|readout|release|message|letter|report|post|word|call|officials|representatives|delegates|delegation|negotiators|executives|envoys|members|lawmakers|staff|experts)\s+)\b(?:from|inside|outside)\s+the\s+$/i;
const LOCATIVE =
  /\b(?:in|into|inside|outside|within|throughout|across|from|near|around|out of|on|at|over|of|against|to the border of|(?:travel\w*|fl(?:y|ies|ew|own|ying)|trip|visits?|journey|return\w*|head(?:s|ed|ing)?|arriv\w*|went|go(?:es|ing)?|came|comes?|moved?)\s+(?:back\s+)?to)\s+(?:the\s+)?$/i;
const TITLE_REFERENCE =
  /\b(?:the|his|her|their)\s+([\p{L}.]+)\s+(president|leader|chancellor|prime minister|foreign minister|counterpart)\b(?!['’]s\s+(?:office|cabinet|department|administration)\b)/giu;
const HEAD_OF_STATE = ["president", "chancellor", "prime minister"];
const HOLDERS_OF_BOTH =
  /\b[Tt]he\s+(presidents|leaders|prime ministers|foreign ministers)\s+of\s+(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?)\s+and\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?)/dgu;
const NAME_FOLLOWS = new RegExp(`^,${NAME_AHEAD}`, "u");
const NAMED_NEXT = new RegExp(`^\\s+(?:(?:${[...FORMS_OF_ADDRESS].join("|")})\\.?\\s+)*$`, "iu");
// "the British government", "the Kenyan authorities", "the Polish side": a country acting through
// its government.
const DEMONYM_GOVERNMENT =
  /\b(?:[Tt]he\s+)?(\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?)\s+(?:[Gg]overnment|[Aa]uthorities|[Aa]dministration|[Ll]eadership|[Ss]ide)\b/gu;
// "Chinese vessels", "the Russian army": a country acting through its forces, named in what is said
// of it. Not "Chinese officials", who are unnamed sources, not the country speaking.
const DEMONYM_FORCES =
  /\b(\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?)\s+(?:coast guard|navy|army|air force|military|armed forces|(?:security |border |special |government |paramilitary )?forces|troops|soldiers|vessels|ships|warships|boats|jets|warplanes|fighter jets|drones|regime|junta)\b/gu;
// "Egyptian and Ethiopian negotiators", "the Chinese and American leaders": two countries acting
// through their people. Not "officials", who are unnamed sources, nor "the Russian and US
// presidents", whom the article names.
const DEMONYM_PAIR =
  /\b(\p{Lu}[\p{L}.]+)\s+and\s+(\p{Lu}[\p{L}.]+)\s+(?:leaders|negotiators|delegations|delegates|ministers|counterparts|teams)\b/dgu;
// "summoned the Ugandan envoy", named nowhere: the country whose envoy it is.
const DEMONYM_ENVOY =
  /\b[Tt]he\s+(\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?)\s+(?:ambassador|envoy|high commissioner|charg[ée] d['’]affaires)\b(?!\s*,?\s*\p{Lu})/gu;
const FORCES_QUALIFY =
  /^(?:build|spending|base|bases|exercises?|drills?|budget|chief|chiefs|personnel|presence|aid|equipment|operations?|officers?|officials?|sources?)$/;
// "the government", "the national government", "the Federal Government", "the Government": the
// story's country. Not "the government of Chad", though "accused the government of lying" is it.
const GOVERNMENT_PHRASE = String.raw`(?:[Tt]he|[Tt]his) (?:(?:national|central|federal) government|(?:National|Central|Federal) Government|[Gg]overnment)`;
const THE_GOVERNMENT = new RegExp(
  String.raw`\b${GOVERNMENT_PHRASE}\b(?!\s+(?:of|in)\s+(?:the\s+)?\p{Lu})(?![\s-]+\p{Lu})`,
  "gu",
);
const ONLY_THE_GOVERNMENT = new RegExp(`^${GOVERNMENT_PHRASE}$`, "u");

/** Whether a mention names a country only as "the government" or "this government". */
export const namesOnlyTheGovernment = (mention: Mention) => ONLY_THE_GOVERNMENT.test(mention.surface);
// "the company said", "an overhang on the stock", "the merger would reduce competition": the
// organisation the article is about, the first it names by what it is.
const THE_COMPANY =
  /\b(?:[Tt]he|[Tt]his)\s+(?:company|firm|miner|utility|lender|insurer|carrier|airline|retailer|manufacturer|maker|producer|operator|developer|stock|shares|merger|takeover|acquisition|tie-up)\b(?!\s*['’]s\s+(?:rivals?|competitors?))/gu;
// "the president said", "our President", "the country's energy minister": the one person the article gives that office. Not a title
// written before a name ("the President Joe Biden") or another office ("the president-elect").
// Case is spelled out (no "i" flag) so that "\p{Lu}" still means a capital letter.
const BARE_OFFICE =
  /\b(?:[Tt]he (?:country|nation)['’]s|[Tt]he|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er|[Yy]our)\s+(?!(?:former|vice|deputy|ex|acting)\s)(?:(?!prime\s)[a-z]+\s+)?([Hh]ead of [Ss]tate|[Hh]ead of [Gg]overnment|[Gg]overnment [Ll]eader|PM|[Dd]eputy (?:PM|[Pp]rime [Mm]inister)|[Pp]resident|[Pp]rime [Mm]inister|[Cc]hancellor|[Pp]remier|[Mm]inister|[Ss]ecretary|[Ss]pokes(?:man|woman|person)|[Gg]overnor|[Aa]mbassador|[Mm]ayor|[Ss]enator)\b(?![\s-]+(?:[Ee]lect|general)\b)(?!\s+\p{Lu})(?!['’]s)/gu;

// Only words that name nothing but an outlet: "Iran's nuclear program" is Iran's.
const OUTLET_AFTER =
  /^['’]s?\s+(?:\p{Ll}+\s+){0,2}(?:broadcaster|newspaper|daily|tabloid|magazine|radio|television|tv|news agency|channel)\b/u;
// "a", "its", "Kestrel's" before a country: the determiner of a noun phrase the country qualifies.
// Not "the", which countries take too ("the United States", "the Iran deal" a reader counts as Iran's),
// nor "that", which opens what is said more often than it points ("demand that Canberra first explain").
const DETERMINER_BEFORE = /(?:\b(?:a|an|its|his|her|their|our|this)|\p{L}['’]s)\s+$/iu;

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/** A surname the article spells two ways ("de Roche", later "Roach"). */
function fuzzySurname(word: string, actors: ArticleActors): string | undefined {
  // "Radio" is no misspelt "Radu": an everyday word is what it says.
  if (word.length < 5 || isCommonWord(word)) return undefined;
  const matches = [...actors.surnames].filter(
    ([surname]) => surname[0] === word[0] && surname.length >= 4 && levenshtein(surname, word) <= 2,
  );
  const keys = new Set(matches.map(([, key]) => key));
  return keys.size === 1 ? [...keys][0] : undefined;
}

// "Brazil's foreign ministry, known as Itamaraty,": the name the institution goes by at home.
const KNOWN_AS =
  /^(?:['’]s?)?,?\s*\(?(?:also |better |locally |widely )?known (?:locally |at home )?as (?:the )?(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3})/u;

/**
 * An organisation's other name, given after it: later mentions of that name are the organisation,
 * and an actor the name was taken for on its own ("Itamaraty said") is folded into it. Returns the
 * folded name, or null when none is given.
 */
function noteLocalName(text: string, mention: Mention, actors: ArticleActors): string | null {
  const local = KNOWN_AS.exec(text.slice(mention.end))?.[1];
  if (!local) return null;
  const folded = foldName(local);
  const own = actors.organizations.get(folded);
  if (own && own !== mention.key && actors.actors.get(own)?.label === local) {
    actors.actors.delete(own);
    actors.companies = actors.companies.filter((company) => company !== own);
  }
  actors.organizations.set(folded, mention.key);
  actors.actors.get(mention.key)?.aliases.add(local);
  return folded;
}

function resolveTitle(
  adjective: string,
  title: string,
  actors: ArticleActors,
  gazetteer: Gazetteer,
): string | undefined {
  const titles = title === "leader" || title === "counterpart" ? HEAD_OF_STATE : [title];
  for (const candidate of titles) {
    const key = titleKey(`${adjective} ${candidate}`, gazetteer);
    if (!key) continue;
    const inArticle = actors.titles.get(key);
    if (inArticle) return inArticle;
    for (const entry of gazetteer.entries.values())
      if (entry.kind === "person" && entry.role && titleKey(entry.role, gazetteer) === key) return entry.key;
  }
  return undefined;
}

export function resolveMentions(
  analysis: SentenceAnalysis,
  actors: ArticleActors,
  gazetteer: Gazetteer,
): Mention[] {
  if (analysis.isCredit) return [];
  const { tokens, quotes } = analysis;
  const text = analysis.sentence.text;
  const roleSpans = [...analysis.roles.values()];
  const mentions: Mention[] = [];
  const cues = actors.media.get(analysis.sentence.index) ?? [];
  const push = (key: string, kind: ActorKind, from: number, to: number, surface?: string) => {
    const first = tokens[from] as Token;
    const last = tokens[to - 1] as Token;
    // "the British government": a known actor the article reaches only through a phrase is its actor too.
    const entry = gazetteer.entries.get(key);
    if (!actors.actors.has(key) && entry)
      addActor(
        actors,
        { key, label: entry.label, kind: entry.kind, role: entry.role },
        surface ?? entry.label,
      );
    const next = tokens[to];
    // "new U.S. measures", and after a determiner "a U.S. manufacturing base", "its U.S. business":
    // a country before a common noun qualifies it.
    const determined = DETERMINER_BEFORE.test(text.slice(Math.max(0, first.start - 30), first.start));
    const beforeNoun =
      kind === "country" &&
      next !== undefined &&
      text.slice(last.end, next.start) === " " &&
      !last.possessive &&
      /^\p{Ll}/u.test(next.text) &&
      (isCommonNoun(next.text) || (determined && canOpenNounPhrase(next.text)));
    const nextIsNoun =
      next !== undefined &&
      // "US officials", "Kremlin-backed", "All the (Federal Reserve) members": a name glossed in brackets too.
      /^(?:\)? |-)$/.test(text.slice(last.end, next.start)) &&
      (next.isCapitalized || MODIFIED_NOUNS.has(next.lower) || ROLE_NOUNS.has(next.lower));
    mentions.push({
      key,
      kind,
      start: first.start,
      end: last.end,
      surface: surface ?? text.slice(first.start, last.end),
      possessive: last.possessive,
      modifier:
        (kind !== "person" && !last.possessive && nextIsNoun) ||
        beforeNoun ||
        // "South Korea's Hyundai Mipo Dockyard", "Russia's Putin": the country only says whose.
        (kind === "country" &&
          last.possessive &&
          next !== undefined &&
          next.isCapitalized &&
          text.slice(last.endWithMark, next.start) === " ") ||
        // "Niger's state broadcaster": the country only says whose outlet reports.
        (kind === "country" && last.possessive && OUTLET_AFTER.test(text.slice(last.end))) ||
        // "New Jersey-based", "Kremlin-backed": a place or a patron qualifying what follows.
        /^-\p{Ll}/u.test(text.slice(last.end)) ||
        (kind === "country" && TITLE_OF.test(text.slice(Math.max(0, first.start - 30), first.start))) ||
        // "on his election as leader of the Liberal Democratic Party": the office only says what he is.
        (kind === "organization" && OFFICE_OF.test(text.slice(Math.max(0, first.start - 40), first.start))),
      // "in Ukraine", "from the Oval Office": a country or an institution as the place of something.
      // "in Moscow's favour": a possessive qualifies what follows, wherever it stands.
      locative:
        (kind === "country" &&
          !last.possessive &&
          LOCATIVE.test(text.slice(Math.max(0, first.start - 20), first.start)) &&
          !GOVERNMENT_OF.test(text.slice(Math.max(0, first.start - 80), first.start)) &&
          !ADDRESSED_ON.test(text.slice(Math.max(0, first.start - 30), first.start))) ||
        (kind === "organization" &&
          INSTITUTION_AS_PLACE.test(text.slice(Math.max(0, first.start - 20), first.start))),
      inRole:
        roleSpans.some((role) => first.start >= role.start && last.end <= role.end) ||
        // "the party of jailed former prime minister Imran Khan": whose party, not who acts.
        (kind === "person" && WHOSE_BODY.test(text.slice(Math.max(0, first.start - 60), first.start))),
      inQuote: isInsideQuote(quotes, first.start),
      cited: cues.some((outlet) => outlet.start <= first.start && outlet.end >= last.end),
    });
  };

  // "the U.N. General Assembly": a known name inside an organisation's longer name is part of it.
  const insideOrganization = (match: { from: number; to: number }) =>
    analysis.organizations.some(
      (span) => span.from <= match.from && span.to >= match.to && span.to - span.from > match.to - match.from,
    );
  for (const match of analysis.known) {
    const entry = gazetteer.entries.get(match.key);
    if (!entry || insideOrganization(match)) continue;
    const surface = text.slice((tokens[match.from] as Token).start, (tokens[match.to - 1] as Token).end);
    // "PTI" the article defines for its own organisation, not the known actor of those letters.
    const defined = actors.acronyms.get(surface);
    if (defined && defined !== entry.key) continue;
    // "the Caribbean Community (CARICOM)": the initials in brackets after the name are that mention.
    const glossed = mentions.at(-1);
    if (
      glossed?.key === entry.key &&
      /^\s*\(\s*$/.test(text.slice(glossed.end, (tokens[match.from] as Token).start))
    )
      continue;
    const role =
      entry.kind === "person" ? (entry.role ?? analysis.roles.get(match.from)?.text ?? null) : entry.role;
    addActor(actors, { key: entry.key, label: entry.label, kind: entry.kind, role }, surface);
    push(entry.key, entry.kind, match.from, match.to);
    if (match.populace) (mentions.at(-1) as Mention).populace = true;
    if (entry.kind === "country" && match.to - match.from === 1 && isCityName(surface))
      (mentions.at(-1) as Mention).seat = true;
    if (match.capital) (mentions.at(-1) as Mention).capital = true;
  }
  for (const name of analysis.names) {
    if (overlapsOrganization(analysis.organizations, name.from, name.to)) continue;
    const surface = text.slice((tokens[name.from] as Token).start, (tokens[name.to - 1] as Token).end);
    // "Washington" named as a country's capital stays the capital, not a Mr Washington's surname.
    const [start, end] = [(tokens[name.from] as Token).start, (tokens[name.to - 1] as Token).end];
    if (mentions.some((m) => m.start < end && m.end > start)) continue;
    const folded = foldName(surface);
    const organization = actors.organizations.get(folded);
    if (organization && actors.actors.get(organization)?.kind === "organization") {
      push(organization, "organization", name.from, name.to);
      continue;
    }
    const key =
      name.to - name.from > 1
        ? actors.fullNames.get(folded)
        : (actors.surnames.get(folded) ??
          actors.leadingNames.get(folded) ??
          fuzzySurname(folded, actors) ??
          actors.givenNames.get(folded) ??
          undefined);
    const actor = key ? actors.actors.get(key) : undefined;
    if (!actor) continue;
    actor.aliases.add(surface);
    push(actor.key, actor.kind, name.from, name.to);
  }
  /** The tokens [from, to) that a phrase at `at` of `length` characters covers; from is -1 if none. */
  const tokenRange = (at: number, length: number): [number, number] => [
    tokens.findIndex((token) => token.start >= at),
    tokens.findIndex((token) => token.end >= at + length) + 1,
  ];
  const overlapsMention = (from: number, to: number) =>
    mentions.some((m) => m.start < (tokens[to - 1] as Token).end && m.end > (tokens[from] as Token).start);
  for (const span of analysis.organizations) {
    const key = actors.organizations.get(foldName(span.label));
    if (!key || overlapsMention(span.from, span.to)) continue;
    // An organisation's name that the article cites as an outlet ("told Army Radio") is the outlet's.
    push(key, actors.actors.get(key)?.kind === "media" ? "media" : "organization", span.from, span.to);
  }
  tokens.forEach((token, index) => {
    const key = actors.acronyms.get(token.text);
    // "(NFA)" right after the full name defines the acronym: the name was the mention.
    const defining = /\(\s*$/.test(text.slice(0, token.start));
    if (key && !defining && !overlapsMention(index, index + 1)) push(key, "organization", index, index + 1);
  });
  for (const institution of countryInstitutions(text, gazetteer)) {
    const [from, to] = tokenRange(institution.start, institution.end - institution.start);
    if (from < 0 || to <= from) continue;
    // "Japan's Ministry | of Foreign Affairs": a longer organisation's name already holds it.
    const within = (m: Mention) =>
      m.kind === "organization" &&
      m.start <= institution.start &&
      m.end >= institution.end &&
      m.end - m.start > institution.end - institution.start;
    if (mentions.some(within)) continue;
    // "China's | Foreign Ministry": the country and the bare head word give way to the one institution.
    const inside = mentions.filter((m) => m.start >= institution.start && m.end <= institution.end);
    for (const m of inside) mentions.splice(mentions.indexOf(m), 1);
    const { label, surface } = institution;
    // "Kenya's embassy" after "the Kenyan embassy in Madrid": the one mission the article placed.
    const placed = [...actors.actors.keys()].filter((other) => other.startsWith(`${institution.key}-in-`));
    const key =
      !actors.actors.has(institution.key) && placed.length === 1 ? (placed[0] as string) : institution.key;
    addActor(actors, { key, label, kind: "organization", role: null }, surface);
    push(key, "organization", from, to, surface);
  }
  for (const reference of text.matchAll(TITLE_REFERENCE)) {
    // "her Kenyan counterpart, Mr Peter Chelule", "his Tanzanian counterpart Khamis Ndege": the name
    // that follows says who.
    const referenceEnd = reference.index + reference[0].length;
    if (NAME_FOLLOWS.test(text.slice(referenceEnd))) continue;
    const key = resolveTitle(
      reference[1] as string,
      (reference[2] as string).toLowerCase(),
      actors,
      gazetteer,
    );
    const namedNext = mentions.find(
      (m) =>
        m.kind === "person" && m.start >= referenceEnd && NAMED_NEXT.test(text.slice(referenceEnd, m.start)),
    );
    if (namedNext && namedNext.key !== key) continue;
    const actor = key ? actors.actors.get(key) : undefined;
    if (!actor) continue;
    const [from, to] = tokenRange(reference.index, reference[0].length);
    if (from < 0 || to <= from) continue;
    const [start, end] = [(tokens[from] as Token).start, (tokens[to - 1] as Token).end];
    const inside = mentions.filter((m) => m.start >= start && m.end <= end);
    // "the US President": the country only qualifies the title, which names the person.
    if (inside.some((m) => !(m.kind === "country" && m.modifier))) continue;
    for (const m of inside) mentions.splice(mentions.indexOf(m), 1);
    push(actor.key, actor.kind, from, to, reference[0]);
  }
  const pushPhrase = (key: string, kind: ActorKind, at: number, length: number, surface: string) => {
    const [from, to] = tokenRange(at, length);
    if (from >= 0 && to > from && !overlapsMention(from, to)) push(key, kind, from, to, surface);
  };
  // "The presidents of Panama and Colombia will meet": each country's holder of the office, in
  // place of the country that only says whose.
  for (const reference of text.matchAll(HOLDERS_OF_BOTH)) {
    // "prime ministers" -> "prime minister": the office each holds.
    const title = (reference[1] as string).toLowerCase().replace(/s$/, "");
    for (const group of [2, 3]) {
      const name = reference[group] as string;
      const key = resolveTitle(name, title, actors, gazetteer);
      const actor = key ? actors.actors.get(key) : undefined;
      const at = reference.indices?.[group]?.[0] ?? -1;
      const country = mentions.find((m) => m.kind === "country" && m.start === at);
      if (!actor || !country) continue;
      mentions.splice(mentions.indexOf(country), 1);
      pushPhrase(actor.key, actor.kind, at, name.length, name);
    }
  }
  // "the Kenyan military build-up", "Chinese navy exercises": the forces only qualify a noun.
  const qualifiesNoun = (end: number) => {
    const next = /^(-|\s+(\p{Ll}+))/u.exec(text.slice(end));
    return (
      next !== null && (next[1] === "-" || isCommonNoun(next[2] ?? "") || FORCES_QUALIFY.test(next[2] ?? ""))
    );
  };
  const forces = [...text.matchAll(DEMONYM_FORCES)].filter((m) => !qualifiesNoun(m.index + m[0].length));
  for (const reference of [
    ...text.matchAll(DEMONYM_GOVERNMENT),
    ...forces,
    ...text.matchAll(DEMONYM_ENVOY),
  ]) {
    const country = gazetteer.adjectives.get(foldName(reference[1] as string));
    if (country && gazetteer.entries.get(country)?.kind === "country")
      pushPhrase(country, "country", reference.index, reference[0].length, reference[0]);
  }
  for (const reference of text.matchAll(DEMONYM_PAIR)) {
    const countries = [1, 2].map((group) => gazetteer.adjectives.get(foldName(reference[group] as string)));
    if (!countries.every((key) => key && gazetteer.entries.get(key)?.kind === "country")) continue;
    countries.forEach((key, i) => {
      const [start, end] = reference.indices?.[i + 1] ?? [0, 0];
      pushPhrase(key as string, "country", start, end - start, reference[i + 1] as string);
      // The adjective stands for its country here, though a noun follows it.
      const pushed = mentions.find((m) => m.start === start && m.key === key);
      if (pushed) pushed.modifier = false;
    });
  }
  // "the government said": the country the story is about.
  if (actors.storyCountry)
    for (const reference of text.matchAll(THE_GOVERNMENT))
      pushPhrase(actors.storyCountry, "country", reference.index, reference[0].length, reference[0]);
  const company = actors.companies[0];
  if (company && actors.actors.has(company))
    for (const reference of text.matchAll(THE_COMPANY))
      pushPhrase(company, "organization", reference.index, reference[0].length, reference[0]);
  // Organisations named as actors, not as places or qualifiers: what "the group" may stand for.
  const namedAsActor = (m: Mention) => m.kind === "organization" && !m.locative && !m.modifier && !m.inRole;
  const recentBefore = (at: number) => [
    ...mentions
      .filter((m) => namedAsActor(m) && m.end <= at)
      .sort((a, b) => b.start - a.start)
      .map((m) => m.key),
    ...actors.recentOrganizations,
  ];
  for (const reference of institutionReferences(text, actors, recentBefore))
    pushPhrase(reference.key, "organization", reference.at, reference.length, reference.surface);
  for (const reference of text.matchAll(BARE_OFFICE)) {
    // "the president of the court" is another office; "accused the prime minister of" is not.
    const ofAfter = /^\s+of\b/.test(text.slice(reference.index + reference[0].length));
    if (ofAfter && !ACCUSED_OF.test(text.slice(0, reference.index))) continue;
    // The one holder of the office, else the one the article has named with it so far: "the prime
    // minister" before the second prime minister comes in.
    const holders = [...(actors.titleHolders.get(officeOf(reference[1] as string)) ?? [])];
    const namedSoFar = holders.filter(([, first]) => first <= analysis.sentence.index);
    const holder = holders.length === 1 ? holders[0] : namedSoFar.length === 1 ? namedSoFar[0] : undefined;
    if (!holder) continue;
    const actor = actors.actors.get(holder[0]);
    if (actor) pushPhrase(actor.key, actor.kind, reference.index, reference[0].length, reference[0]);
  }
  for (const outlet of actors.media.get(analysis.sentence.index) ?? []) {
    if (mentions.some((m) => m.start <= outlet.start && m.end >= outlet.end)) continue;
    mentions.push({
      key: outlet.key,
      kind: "media",
      start: outlet.start,
      end: outlet.end,
      surface: outlet.label,
      possessive: false,
      modifier: false,
      locative: false,
      inRole: false,
      inQuote: isInsideQuote(quotes, outlet.start),
      cited: true,
    });
  }
  mentions.sort((a, b) => a.start - b.start);
  for (const m of mentions) {
    const folded = m.kind === "organization" ? noteLocalName(text, m, actors) : null;
    // The other name in this very sentence is the organisation too.
    if (folded) for (const other of mentions) if (foldName(other.surface) === folded) other.key = m.key;
  }
  const named = mentions
    .filter(namedAsActor)
    .map((m) => m.key)
    .reverse();
  actors.recentOrganizations = [...new Set([...named, ...actors.recentOrganizations])];
  return mentions;
}
