import type { ArticleActor, ArticleActors } from "../actors/article-actors";
import type { Mention } from "../actors/mentions";
import type { DraftRelation } from "./draft";
import type { SentenceAnalysis } from "../actors/recognize";
import { countryIn, type Gazetteer } from "../actors/gazetteer";
import { OUT_OF_OFFICE, SPEAKS_FOR_ROLES } from "../lexicon/words";
import { foldName } from "../text/normalize";

/**
 * The country a person's role ties them to: "Kremlin spokesman" -> Russia, "Ukraine's foreign minister"
 * -> Ukraine. A spokesman talking about their own country is not a relation between two actors.
 */
export function homeCountry(actor: ArticleActor | undefined, gazetteer: Gazetteer): string | null {
  const role = actor?.role;
  if (!role) return null;
  if (STUDIES_A_PLACE.test(role)) return whereACommentatorWorks(role, gazetteer);
  if (!SERVES_A_STATE.test(role) || OUT_OF_OFFICE.test(role)) return null;
  // "High Commissioner to Fiji": the country an envoy is posted to is not theirs.
  return countryIn(role.replace(POSTED_TO, ""), gazetteer);
}
const POSTED_TO =
  /\b(?<=(?:ambassador|envoy|high commissioner|consul|charg[ée] d['’]affaires|representative|delegate)\s+)(?:to|in|at)\s.*$/i;

// Those who study and comment rather than serve: "an analyst at the University of Lagos".
const STUDIES_A_PLACE =
  /\b(?:analyst|expert|professor|economist|researcher|fellow|scholar|lecturer|strategist|academic)\b/i;
// "a China analyst", "Russia expert": the country a commentator studies, which is not theirs (but
// "a Nairobi-based analyst" is where they work).
const STUDIED_COUNTRY_BEFORE =
  /\b\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*)*(?=\s+(?:analyst|expert|economist|researcher|scholar|strategist|specialist|watcher|hand)s?\b)/gu;

// "an expert on Russian affairs at ...", "a scholar of Chinese politics": the field studied, up to
// where the role says where its holder works.
const STUDIED_FIELD_AFTER =
  /\b((?:analyst|expert|economist|researcher|scholar|strategist|specialist)s?)\s+(?:on|of|in)\s+.*?(?=\s+(?:at|with|for|from)\s|$)/giu;
// "a fellow at the Arctic Policy Institute in Washington": where the institute stands says less of
// whose side its fellows speak from than its name does; on earlier rounds readers took their words
// about that country as a relation.
const WHERE_AN_INSTITUTE_STANDS = /\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s*$/u;

/**
 * The country a commentator works in, as their role names it: "a professor at the University of
 * Lagos", "a Nairobi-based analyst", "a fellow at the Polish Institute of ...". What they say of
 * their own country is comment on home, which readers do not take as a relation between two
 * actors, while what they say of another is.
 */
function whereACommentatorWorks(role: string, gazetteer: Gazetteer): string | null {
  const place = role
    .replace(STUDIED_COUNTRY_BEFORE, "")
    .replace(STUDIED_FIELD_AFTER, "$1")
    .replace(WHERE_AN_INSTITUTE_STANDS, "")
    .replace(/-based\b/gi, "");
  return countryIn(place, gazetteer);
}

// A role in a state's service ties a person to its country; "a fellow at an institute in Washington"
// only says where the institute is, and "a former official" speaks for no one.
const SERVES_A_STATE =
  /\b(?:president|presidential|prime minister|premier|chancellor|minister|ministry|spokes(?:man|woman|person)|ambassador|envoy|embassy|diplomat|official|secretary|government|king|queen|prince|emir|senator|governor|mayor|lawmaker|mp|parliament|general|commander|military|army|navy|foreign|defen[cs]e|kremlin|white house)\b/i;

// Who speaks for a government: "Mining Minister X said the government remained committed" means
// X's own government. A senator or an opposition figure who speaks of "the government" does not.
const IN_GOVERNMENT =
  /\b(?:minister|spokes(?:man|woman|person)|secretary|president|prime minister|premier|chancellor|advis[eo]r|treasurer)\b/i;

/**
 * Whether a person's role puts them in the government they would call "the government". The
 * president of a body the article names ("LSK president") heads that body, not the state.
 */
export function speaksForTheGovernment(key: string, actors: ArticleActors): boolean {
  const actor = actors.actors.get(key);
  const role = actor?.role;
  return (
    actor?.kind === "person" &&
    !!role &&
    IN_GOVERNMENT.test(role) &&
    !OUT_OF_OFFICE.test(role) &&
    !/\b(?:senate|party|union|congress|council|commission|bank|company|university)\b/i.test(role) &&
    homeOrganizationsOf(key, actors).every((body) => OF_THE_STATE.test(actors.actors.get(body)?.label ?? ""))
  );
}

/**
 * Every country the article ties an actor to: a person's by role or by the title before their
 * name, an organisation's by its name ("the Lithuanian Presidency", "Kenya Airways").
 */
export function homeCountriesOf(key: string, actors: ArticleActors, gazetteer: Gazetteer): string[] {
  const actor = actors.actors.get(key);
  // "the Kenyan foreign ministry" speaks for Kenya; "the Kenya Transporters Association" or "Kenya
  // Airways" only comes from it, and may urge its government like anyone else.
  const named =
    actor?.kind === "organization" && OF_THE_STATE.test(actor.label)
      ? countryIn(actor.label, gazetteer)
      : null;
  return [homeCountry(actor, gazetteer), actors.homeCountries.get(key) ?? null, named].filter(
    (country): country is string => country !== null,
  );
}

/**
 * The organisations a person's role names ("Comelec chairman" -> Comelec), and the person a
 * spokesman's or aide's role names ("Okonjo's spokesman" -> Okonjo). What a chairman says of their
 * own commission is the commission speaking, not a relation between two actors.
 */
export function homeOrganizationsOf(key: string, actors: ArticleActors): string[] {
  const role = actors.actors.get(key)?.role;
  if (!role) return [];
  // "Chief executive Ingrid Solheim": an executive who names no organisation runs the article's company.
  const company = actors.companies[0];
  if (company && EXECUTIVE.test(role) && !/\p{Lu}/u.test(role.replace(new RegExp(EXECUTIVE, "gi"), "")))
    return [company];
  const words = ` ${foldName(role).replace(/'s?(?= |$)/g, "")} `;
  // "Home Minister X" speaks for the Ministry of Home Affairs: the portfolio names the ministry.
  const portfolio = MINISTER.test(role)
    ? words
        .trim()
        .split(" ")
        .filter(
          (word) => word.length >= 4 && !/^(?:minister|secretary|deputy|state|former|acting)$/.test(word),
        )
    : [];
  const ministry = (label: string) =>
    MINISTRY.test(label) && portfolio.some((word) => foldName(label).split(" ").includes(word));
  // "Okonjo's spokesman": what a spokesman or aide says of the one they speak for is that one's word.
  const speaksFor = SPEAKS_FOR.test(role);
  return [...actors.actors.values()]
    .filter(
      (actor) =>
        (actor.kind === "organization" || (speaksFor && actor.kind === "person")) &&
        ((actor.kind === "organization" && ministry(actor.label)) ||
          [actor.label, ...actor.aliases].some((name) => {
            const folded = foldName(name);
            return folded.length > 1 && words.includes(` ${folded} `);
          })),
    )
    .map((actor) => actor.key);
}

// "Jane Roe of Acme Capital", "Pedro Alves, of the Workers' Party": the body named right after a name.
const MEMBER_OF = /^\s*,?\s+(?:of|from|at)\s+(?:the\s+)?$/i;
// "the Liberal Party's Rafael Andino": the body whose member the name is.
const MEMBER_AFTER_BODY = /^['’]s?\s*$/;

/**
 * The organisations each person is introduced as belonging to, by person key: what someone says
 * of their own firm, university or party is that body's word, not a relation between two actors.
 */
export function affiliationsOf(
  analyses: readonly SentenceAnalysis[],
  mentions: readonly (readonly Mention[])[],
): Map<string, Set<string>> {
  const affiliations = new Map<string, Set<string>>();
  const note = (person: string, body: string) =>
    affiliations.set(person, (affiliations.get(person) ?? new Set()).add(body));
  mentions.forEach((sentence, index) => {
    const text = analyses[index]?.sentence.text ?? "";
    sentence.forEach((m, i) => {
      if (m.kind !== "person" || m.inQuote) return;
      const next = sentence[i + 1];
      if (next?.kind === "organization" && MEMBER_OF.test(text.slice(m.end, next.start)))
        note(m.key, next.key);
      const previous = sentence[i - 1];
      if (
        previous?.kind === "organization" &&
        previous.possessive &&
        MEMBER_AFTER_BODY.test(text.slice(previous.end, m.start))
      )
        note(m.key, previous.key);
    });
  });
  return affiliations;
}

const MINISTER = /\b(?:minister|secretary)\b/i;
const MINISTRY = /\b(?:ministry|department)\b/i;

const SPEAKS_FOR = new RegExp(`\\b(?:${SPEAKS_FOR_ROLES})\\b`, "i");

const EXECUTIVE =
  /\b(?:chief executive(?: officer)?|ceo|chief financial officer|cfo|chief operating officer|coo|managing director)\b/i;

/**
 * "At a regular briefing in Beijing, foreign ministry spokesperson Wang Lixin urged ...": an office
 * of state that names no country is most likely that of the place where its holder is seen
 * speaking, the first sentence naming them and one place only. Notes it where the article ties
 * the person to no country already.
 */
export function noteHomesFromPlaces(
  actors: ArticleActors,
  mentions: readonly (readonly Mention[])[],
  gazetteer: Gazetteer,
): void {
  const settled = new Set<string>();
  for (const sentence of mentions) {
    const places = new Set(
      sentence.filter((other) => other.kind === "country" && other.locative).map((other) => other.key),
    );
    for (const m of sentence) {
      if (m.kind !== "person" || settled.has(m.key)) continue;
      const role = actors.actors.get(m.key)?.role;
      if (!role || !SERVES_A_STATE.test(role) || OUT_OF_OFFICE.test(role)) {
        settled.add(m.key);
        continue;
      }
      if (homeCountriesOf(m.key, actors, gazetteer).length > 0) settled.add(m.key);
      else if (places.size === 1) {
        actors.homeCountries.set(m.key, [...places][0] as string);
        settled.add(m.key);
      }
    }
  }
}

// "The Bundeskartellamt, Germany's cartel office,": the country whose body the description says it is.
const DESCRIBED_AS_ONES = /^\s*(?:\([^)]*\))?\s*,\s+$/;

/**
 * Ties an organisation to the country its description set off after its name makes it one of
 * ("IG Metall, Germany's largest union, said"), where nothing else in the article has: what it
 * says of that country is its own side's word.
 */
export function noteHomesFromDescriptions(
  actors: ArticleActors,
  analyses: readonly SentenceAnalysis[],
  mentions: readonly (readonly Mention[])[],
): void {
  mentions.forEach((sentence, index) => {
    const text = analyses[index]?.sentence.text ?? "";
    sentence.forEach((m, i) => {
      const next = sentence[i + 1];
      if (m.kind !== "organization" || m.possessive || actors.homeCountries.has(m.key)) return;
      if (next?.kind !== "country" || !next.possessive) return;
      if (DESCRIBED_AS_ONES.test(text.slice(m.end, next.start))) actors.homeCountries.set(m.key, next.key);
    });
  });
}

// The institutions through which a state itself acts or speaks.
const OF_THE_STATE =
  /\b(?:ministry|department|presidency|presidential|cabinet|government|parliament|senate|congress|assembly|police|army|navy|air force|military|armed forces|coast guard|embassy|high commission|consulate|foreign office|central bank|(?:reserve |national )?bank of|state council|palace|chancellery|kremlin|white house|bureau|authority|agency|statistics|revenue|customs)\b/i;

// "the Ministry of Natural Resources", "the Presidency": an institution of state whose name says no
// country is the story's ("GEORGETOWN - ... the Ministry of Natural Resources said").
const STATE_INSTITUTION =
  /\b(?:ministry|department|presidency|cabinet|parliament|senate|police|army|navy)\b/i;

/**
 * Ties each institution of state that names no country to the country the story is about, and each
 * person in a government (speaksForTheGovernment) whose country nothing else in the article says
 * (not the title, nor where they were seen speaking: noteHomesFromPlaces runs first). A visiting
 * minister whose country the article never names is misplaced so; on the finding rounds that cost
 * one true relation for every three false ones it removed ("Finance Minister X said Canada would
 * impose tariffs" in a story from Ottawa).
 */
export function noteHomesFromStory(actors: ArticleActors, gazetteer: Gazetteer): void {
  const country = actors.storyCountry;
  if (!country) return;
  for (const actor of actors.actors.values())
    if (
      actor.kind === "organization" &&
      !actors.homeCountries.has(actor.key) &&
      STATE_INSTITUTION.test(actor.label) &&
      countryIn(actor.label, gazetteer) === null
    )
      actors.homeCountries.set(actor.key, country);
  for (const actor of actors.actors.values())
    if (
      speaksForTheGovernment(actor.key, actors) &&
      homeCountriesOf(actor.key, actors, gazetteer).length === 0
    )
      actors.homeCountries.set(actor.key, country);
}

// "said on Monday that Abuja regretted", "told N1 television that Belgrade had presented": a
// capital as the subject of what a speech reports.
const REPORTS_OF =
  /^(?:said|says|told|added|stated|insisted|stressed|noted)\b[^,.;"“]{0,50}?\s+(?:that\s+)?$/i;
const OPENS_A_CLAUSE =
  /^\s+(?:\p{Ll}+ed|had|has|have|would|will|was|is|wants|remains|could|can|must|did|does|should)\b/u;
// Who serves a state, as against those who comment on it.
const OFFICIAL =
  /\b(?:minister|spokes(?:man|woman|person)|ruler|president|premier|head|chief|secretary|ambassador|envoy|official|governor|junta|commander|general)\b/i;
const COMMENTATOR = /\b(?:analyst|expert|professor|economist|researcher|fellow|scholar|former|opposition)\b/i;

/**
 * Whether an official speaks of their own state when a statement's target is a country named by its
 * capital as the subject of what they report ("Foreign Minister X said that Abuja regretted the
 * decision"): journalists name the speaker's own government so; another government they name by
 * its country far more often. Read where the article says nothing of which country they serve.
 */
export function speaksOfOwnCapital(
  draft: DraftRelation,
  text: string,
  mentions: readonly Mention[],
  speaker: ArticleActor | undefined,
): boolean {
  const role = speaker?.kind === "person" ? (speaker.role ?? "") : "";
  if (!OFFICIAL.test(role) || COMMENTATOR.test(role)) return false;
  return mentions.some(
    (m) =>
      m.key === draft.target &&
      m.capital === true &&
      m.start > draft.anchor &&
      REPORTS_OF.test(text.slice(draft.anchor, m.start)) &&
      OPENS_A_CLAUSE.test(text.slice(m.end)),
  );
}
