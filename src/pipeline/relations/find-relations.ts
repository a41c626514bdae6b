import type { Mention } from "../actors/mentions";
import type { Gender } from "../lexicon/names";
import { VOICES_OF_A_PERSON } from "../lexicon/words";
import type { SentenceAnalysis } from "../actors/recognize";
import { RELATION_KINDS } from "../../schema";
import type { DraftRelation } from "./draft";
import { embeddedPostAuthors } from "./embedded-posts";
import { interviewAnswers } from "./interview-answers";
import { RELATION_FINDERS } from "./finders";
import { speakersOf, type ResolvedSpeech, type SentenceReading } from "./sentence-reading";
import { findSpeeches, type Pronoun, type Speech } from "./speech";
import { creditRelayedSpeech } from "./relayed-speech";
import { opensClause, speechScopeEnd } from "./statements";
import { namedPair, pairMentions, type LastPairs } from "./the-pair";

/** Whether a person belongs to a body: its country's people, or the organisation's own. */
export type SameSide = (person: string, body: string) => boolean;

/** A person's gender by their name; `guess` allows a guess from the name's ending alone. */
export type GenderOf = (key: string, guess: boolean) => Gender | null;

/** The longest quoted passage of a sentence: the words a relation reports. */
function mainQuote(analysis: SentenceAnalysis): string | undefined {
  const quotes = [...analysis.quotes].sort((a, b) => b.text.length - a.text.length);
  return quotes[0]?.text;
}

// "said Mr Mugabe had told": the next speaker right after the verb is what this speech reports.
const REPORTED_SPEAKER = /^\s*(?:that\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;

/** How many sentences back "it" may reach for the organisation it stands for. */
const IT_REACH = 2;

const isBody = (m: Mention) =>
  (m.kind === "organization" || m.kind === "country") &&
  !m.inQuote &&
  !m.inRole &&
  !m.modifier &&
  !m.locative &&
  !m.populace;

/** The organisation or country a sentence is about: the one that speaks, else the subject it opens with. */
function bodyOf(text: string, speeches: readonly Speech[], mentions: readonly Mention[]): string | null {
  for (const speech of speeches)
    if (typeof speech.speaker !== "string" && isBody(speech.speaker)) return speech.speaker.key;
  const first = mentions.find((m) => !m.inQuote && !m.inRole);
  return first && isBody(first) && !first.possessive && opensClause(text, first) ? first.key : null;
}

// "On Sunday he held ...", "He later met ...": a pronoun that opens the sentence is its subject.
const OPENING_PRONOUN = /^(?:[^,“"]{0,40},\s*|(?:[\p{L}\d]+\s+){1,3})?(he|she)\b/iu;

/**
 * The person a sentence is about: the one it opens with, by name or by a pronoun. "He" in the next
 * sentence most likely goes on with them, not with whoever was named last ("he held a call with X.
 * A day earlier, he ...").
 */
function subjectOf(
  text: string,
  people: readonly Mention[],
  pronounFor: (pronoun: Pronoun, at: number) => string | null,
): string | null {
  const first = people.find((m) => !m.possessive);
  const pronoun = OPENING_PRONOUN.exec(text);
  if (pronoun && (!first || first.start > pronoun.index + pronoun[0].length))
    return pronounFor(pronoun[1]?.toLowerCase() as Pronoun, pronoun[0].length);
  return first && SUBJECT_BEFORE.test(text.slice(0, first.start)) ? first.key : null;
}

// What may stand before a sentence's subject: a short opening ("On Sunday", "In Jakarta,") and the
// title words of the name ("Sweden's Prime Minister").
const SUBJECT_BEFORE =
  /^(?:[^,“"]{0,40},\s*|(?:[\p{L}\d]+\s+){0,3})(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}$/u;

// "LONDON, Sept 5 (Reuters) - ", "HANOI -- ": a dateline before the first sentence's words.
const DATELINE_PREFIX = /^\p{Lu}{3,}[^-–—]{0,60}?\s(?:-{1,2}|[–—])\s+/u;
// Only capitalised words (a title) or "the" before the subject: "Energy Minister X", "The Commission".
const OPENS_WITH = /^\s*(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}$/u;

/**
 * The actor the article's first sentence opens with, as its subject: in news, who did what the
 * story reports ("Ofwat fined Severnside Water ..."); null when it opens otherwise.
 */
function storySubjectOf(
  analyses: readonly SentenceAnalysis[],
  mentionsBySentence: readonly Mention[][],
): string | null {
  const index = analyses.findIndex((analysis) => !analysis.sentence.isHeading && !analysis.isCredit);
  const analysis = analyses[index];
  if (!analysis) return null;
  const text = analysis.sentence.text;
  const from = DATELINE_PREFIX.exec(text)?.[0].length ?? 0;
  const first = (mentionsBySentence[index] ?? []).find(
    (m) => m.start >= from && !m.inQuote && !m.inRole && !m.modifier && !m.locative,
  );
  return first && !first.possessive && OPENS_WITH.test(text.slice(from, first.start)) ? first.key : null;
}

/** How many sentences back an answer ("rejected the accusation") may reach for what it answers. */
const ANSWER_REACH = 3;

// "X's office", "X's spokeswoman": the voice of a person, whom a "he" in what it says stands for.
const VOICE_OF = new RegExp(`^['’]s?\\s+(?:${VOICES_OF_A_PERSON})\\b`, "i");
// What the voice said, ending where the pronoun stands: "office said | he".
const SAID_BETWEEN = /^[^.;“"]{0,60}\b(?:said|says|added|told|confirmed|announced|stated)\b[^.;“"]{0,40}$/i;

/** How many people named in earlier sentences a pronoun may reach back to. */
const PRONOUN_REACH = 4;

/**
 * Who "he" or "she" is: the nearest person named before it in the sentence, else the subject of the
 * sentence before, else the last who spoke or was named before; the first of those whose name does
 * not say the other gender.
 */
function pronounSpeaker(
  pronoun: Pronoun,
  at: number,
  mentions: readonly Mention[],
  earlier: readonly string[],
  genderOf: GenderOf,
  lastSubject: string | null = null,
  text = "",
): string | null {
  // "Asante-Mensah's office said he had told Okonjo": he is the one whose office speaks.
  const voiced = mentions.find(
    (m) =>
      m.kind === "person" &&
      m.possessive &&
      m.end <= at &&
      VOICE_OF.test(text.slice(m.end, m.end + 30)) &&
      SAID_BETWEEN.test(text.slice(m.end, at)),
  );
  const inSentence = mentions
    .filter((m) => m.kind === "person" && !m.inRole && !m.inQuote && m.end <= at)
    .map((m) => m.key)
    .reverse();
  const candidates = [...new Set([...inSentence, ...earlier])];
  // "the latter" is the last of the two people named before; "the former" the one before it.
  if (pronoun === "latter") return candidates[0] ?? null;
  if (pronoun === "former") return candidates[1] ?? null;
  const wanted: Gender = pronoun === "she" ? "female" : "male";
  const fits = (guess: boolean) => (key: string) => (genderOf(key, guess) ?? wanted) === wanted;
  if (voiced && pronoun !== "it" && fits(false)(voiced.key)) return voiced.key;
  // Someone named earlier in this sentence first, then the last sentence's subject, then the rest;
  // a gender only guessed from the name's ending rules no one out when no one else fits.
  const bySubject = [...new Set([...inSentence, ...(lastSubject ? [lastSubject] : []), ...earlier])];
  return bySubject.find(fits(true)) ?? bySubject.find(fits(false)) ?? null;
}

/**
 * The speaker a cue-less quotation continues: the sentence is all quotation, and the sentence
 * before, in the same or the previous paragraph, quoted someone by name.
 */
function continuedQuotation(
  analysis: SentenceAnalysis,
  speechCount: number,
  lastQuoted: { speaker: string; paragraph: number; index: number } | null,
  index: number,
): string | null {
  if (speechCount > 0 || !lastQuoted || lastQuoted.index !== index - 1) return null;
  if (analysis.sentence.paragraph - lastQuoted.paragraph > 1) return null;
  const text = analysis.sentence.text;
  const quoted = analysis.quotes.reduce((sum, quote) => sum + quote.text.length, 0);
  return /^["“]/.test(text) && quoted >= text.length * 0.8 ? lastQuoted.speaker : null;
}

/**
 * "said the deal was agreed after a meeting between him and Reilly": Reilly is the other end of the
 * speaker's meeting, which the call says, not what the speaker talked about.
 */
function withoutCallPartners(
  relations: readonly DraftRelation[],
  isBodyKey: (key: string) => boolean,
): DraftRelation[] {
  const calls = relations.filter((relation) => relation.type === "call");
  // "paid a courtesy call on Dung, who said the visit showed “...”": a call told before a quoted
  // speech is not what the speaker said, and the words quoted of their partner stand.
  // A summons is both: the meeting, and the protest the summoner makes to the one summoned.
  const toldInSpeech = (statement: DraftRelation) =>
    statement.subtype !== "summons" &&
    calls.some(
      (call) =>
        (call.anchor > statement.anchor || statement.quote === undefined) &&
        [call.source, call.target].includes(statement.source) &&
        [call.source, call.target].includes(statement.target),
    );
  // "Lukashenko also spoke with Putin on Sunday, the Kremlin said": a body that reports a call
  // between two others, naming both, says that it happened; that is no statement about either.
  const reportsACall = (statement: DraftRelation) => {
    if (!isBodyKey(statement.source)) return false;
    // Whom the same speech of the body is about.
    const about = relations
      .filter(
        (other) =>
          other.type === "statement" &&
          other.source === statement.source &&
          other.anchor === statement.anchor,
      )
      .map((other) => other.target);
    return calls.some(
      ({ source, target }) =>
        source !== statement.source &&
        target !== statement.source &&
        about.includes(source) &&
        about.includes(target),
    );
  };
  return relations.filter(
    (relation) => relation.type !== "statement" || !(toldInSpeech(relation) || reportsACall(relation)),
  );
}

/**
 * Finds the relations of every kind sentence by sentence: the walk settles who speaks in each
 * (a name, "he" for the last person who spoke or was named whose name fits, "it" for the last
 * organisation), then each kind's finder (finders.ts) reads the sentence.
 */
export function findRelations(
  analyses: readonly SentenceAnalysis[],
  mentionsBySentence: readonly Mention[][],
  genderOf: GenderOf = () => null,
  sameSide: SameSide = () => true,
): DraftRelation[] {
  const relations: DraftRelation[] = [];
  // The people of earlier sentences, the likeliest antecedent first.
  let earlier: string[] = [];
  // Who spoke last, and in which paragraph: a quotation that follows with no cue of its own goes on
  // in their words ("...,” Morse wrote. | “Unprecedented ...”).
  let lastQuoted: { speaker: string; paragraph: number; index: number } | null = null;
  let previousPeople: string[] = [];
  // The person the sentence before was about, whom "he" or "she" most likely goes on with.
  let lastSubject: string | null = null;
  // The organisation or country "it" stands for: the last that spoke or opened a sentence.
  let lastBody: { key: string; index: number } | null = null;
  const postAuthors = embeddedPostAuthors(analyses, mentionsBySentence);
  const answerers = interviewAnswers(analyses, mentionsBySentence);
  // The two people, and the two countries, the last sentence that named exactly two named: "the two
  // leaders", "both countries" later.
  const lastPairs: LastPairs = { person: null, country: null };
  const storySubject = storySubjectOf(analyses, mentionsBySentence);
  // Who made the statements of each sentence so far: "rejected the accusation" answers one of them.
  const statementSpeakers: Array<{ key: string; index: number }> = [];
  analyses.forEach((analysis, index) => {
    const named = mentionsBySentence[index] ?? [];
    if (analysis.sentence.isHeading || analysis.isCredit) return;
    // "the two ministers" stands for the two people just named, each a mention of their own.
    const mentions = [...named, ...pairMentions(analysis, named, lastPairs)].sort(
      (a, b) => a.start - b.start,
    );
    const text = analysis.sentence.text;
    const speeches = findSpeeches(analysis, mentions);
    const post = postAuthors.get(index);
    // An interview's answer is the interviewee's, unless a sentence of it gives words to someone else.
    const answerer = speeches.length === 0 ? answerers.get(index) : undefined;
    const continuedSpeaker =
      post?.key ?? answerer ?? continuedQuotation(analysis, speeches.length, lastQuoted, index);
    const pronounFor = (pronoun: Pronoun, at: number) =>
      pronounSpeaker(pronoun, at, mentions, earlier, genderOf, lastSubject, text);
    // A speech's words end where the next speech begins: at its speaker when named before the verb,
    // unless that speaker opens what the first one said ("X said Mr Y had told Z ...").
    const starts = speeches.map((speech) => ({
      at: speech.at,
      from: typeof speech.speaker === "string" ? speech.at : Math.min(speech.at, speech.speaker.start),
    }));
    const resolved: ResolvedSpeech[] = [];
    for (const speech of speeches) {
      const speaker =
        typeof speech.speaker !== "string"
          ? speech.speaker.key
          : speech.speaker === "it"
            ? lastBody !== null && index - lastBody.index <= IT_REACH
              ? lastBody.key
              : null
            : pronounFor(speech.speaker, speech.at);
      if (speaker === null) continue;
      const next = starts.filter((other) => other.at > speech.at).sort((a, b) => a.at - b.at)[0];
      const reported =
        next !== undefined && REPORTED_SPEAKER.test(text.slice(speech.at + speech.verb.length, next.from));
      const nextAt = next === undefined ? undefined : reported ? next.at : next.from;
      resolved.push({ speech, speaker, scopeEnd: speechScopeEnd(text, speech, nextAt) });
    }
    const reading: SentenceReading = {
      analysis,
      mentions,
      quote: mainQuote(analysis),
      speeches: creditRelayedSpeech(resolved, mentions, analysis, sameSide),
      continued: continuedSpeaker
        ? { speaker: continuedSpeaker, post, ownWords: post !== undefined || answerer !== undefined }
        : null,
      earlier,
      previousPeople,
      earlierSpeakers: [
        ...new Set(
          statementSpeakers
            .filter((spoke) => index - spoke.index <= ANSWER_REACH)
            .reverse()
            .map((spoke) => spoke.key),
        ),
      ],
      storySubject,
      pronounFor,
    };
    const isBodyKey = (key: string) =>
      mentions.some((m) => m.key === key && (m.kind === "organization" || m.kind === "country"));
    const found = withoutCallPartners(
      RELATION_KINDS.flatMap((kind) => RELATION_FINDERS[kind.type](reading)),
      isBodyKey,
    );
    relations.push(...found);
    for (const relation of found)
      if (relation.type === "statement") statementSpeakers.push({ key: relation.source, index });

    // The last speaker first, then the people named from last to first, then the earlier ones.
    const sentencePeople = named.filter((m) => m.kind === "person" && !m.inRole && !m.inQuote);
    const quoted = speakersOf(reading).filter(
      (key) => sentencePeople.some((p) => p.key === key) || key === earlier[0],
    );
    const namedPeople = sentencePeople.map((p) => p.key).reverse();
    const lastSpeaker = quoted.at(-1) ?? continuedSpeaker ?? undefined;
    if (lastSpeaker && (reading.quote || continuedSpeaker))
      lastQuoted = { speaker: lastSpeaker, paragraph: analysis.sentence.paragraph, index };
    const order = [...(lastSpeaker ? [lastSpeaker] : []), ...namedPeople, ...earlier];
    earlier = [...new Set(order)].slice(0, PRONOUN_REACH);
    lastSubject = subjectOf(text, sentencePeople, pronounFor);
    const body = bodyOf(text, speeches, named);
    if (body) lastBody = { key: body, index };
    previousPeople = [...new Set(named.filter((m) => m.kind === "person").map((m) => m.key))];
    lastPairs.person = namedPair(named, "person") ?? lastPairs.person;
    lastPairs.country = namedPair(named, "country") ?? lastPairs.country;
  });
  return relations;
}
