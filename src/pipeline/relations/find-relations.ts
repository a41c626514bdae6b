import type { Mention } from "../actors/mentions";
import type { Gender } from "../lexicon/names";
import type { SentenceAnalysis } from "../actors/recognize";
import { callsIn } from "./calls";
import { citationsOf } from "./citations";
import { embeddedPostAuthors } from "./embedded-posts";
import { firstPersonCalls } from "./reported-calls";
import type { DraftRelation } from "./draft";
import { findSpeeches, type Pronoun, type Speech } from "./speech";
import { speechScopeEnd, statementsOf } from "./statements";

/** The longest quoted passage of a sentence: the words a relation reports. */
function mainQuote(analysis: SentenceAnalysis): string | undefined {
  const quotes = [...analysis.quotes].sort((a, b) => b.text.length - a.text.length);
  return quotes[0]?.text;
}

// "a senior political source told Reuters", "the source, who had spoken to them, told Reuters",
// "officials said": an unnamed source is credited to no one.
const UNNAMED_SOURCE =
  /\b(?:an?|the|one|two|three|several|some|other)\s+(?:[\p{L}-]+\s+){0,4}(?:sources?|officials?|diplomats?|insiders?|aides?|persons?|people|spokes(?:man|woman|person))\b(?:,?\s+(?:close to|familiar with|with knowledge of|who|briefed)[^,;]*)?,?\s*(?:(?:has|had|also|later)\s+)?$/iu;

const creditedToUnnamed = (text: string, outlet: Mention) =>
  UNNAMED_SOURCE.test(
    text.slice(0, outlet.start).replace(/\s*\b(?:told|tells|telling|speaking to)\s*$/i, ""),
  );

// "said Mr Mugabe had told": the next speaker right after the verb is what this speech reports.
const REPORTED_SPEAKER = /^\s*(?:that\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;

/**
 * Whether a mention is the subject a clause opens with ("“..., the US played a critical role"), not an
 * object or a place further in ("binds the US and Israel", "with Shamir"). A quotation with no cue of
 * its own is weak evidence of what it is about: only its subjects are taken as its targets.
 */
const opensClause = (text: string, mention: Mention) =>
  /(?:^|[“"‘(,;:—–]|\b(?:that|but|while|whereas|because|so|although|though|if|unless|when|once|since|as))\s*(?:the\s+)?$/iu.test(
    text.slice(0, mention.start),
  );

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

/** How many people named in earlier sentences a pronoun may reach back to. */
const PRONOUN_REACH = 4;

/**
 * Who "he" or "she" is: the nearest person named before it in the sentence, else the last who
 * spoke or was named before; the first of those whose name does not say the other gender.
 */
function pronounSpeaker(
  pronoun: Pronoun,
  at: number,
  mentions: readonly Mention[],
  earlier: readonly string[],
  genderOf: (key: string) => Gender | null,
): string | null {
  const inSentence = mentions
    .filter((m) => m.kind === "person" && !m.inRole && !m.inQuote && m.end <= at)
    .map((m) => m.key)
    .reverse();
  const candidates = [...new Set([...inSentence, ...earlier])];
  // "the latter" is the last of the two people named before; "the former" the one before it.
  if (pronoun === "latter") return candidates[0] ?? null;
  if (pronoun === "former") return candidates[1] ?? null;
  const wanted: Gender = pronoun === "she" ? "female" : "male";
  const fits = (key: string) => (genderOf(key) ?? wanted) === wanted;
  return candidates.find(fits) ?? null;
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
 * Finds calls, statements and citations sentence by sentence. "He said" refers to the last person who
 * spoke or was named whose name fits the pronoun, so the walk keeps the last few people in order.
 */
export function findRelations(
  analyses: readonly SentenceAnalysis[],
  mentionsBySentence: readonly Mention[][],
  genderOf: (key: string) => Gender | null = () => null,
): DraftRelation[] {
  const relations: DraftRelation[] = [];
  // The people of earlier sentences, the likeliest antecedent first.
  let earlier: string[] = [];
  // Who spoke last, and in which paragraph: a quotation that follows with no cue of its own goes on
  // in their words ("...,” Morse wrote. | “Unprecedented ...”).
  let lastQuoted: { speaker: string; paragraph: number; index: number } | null = null;
  let previousPeople: string[] = [];
  // The organisation or country "it" stands for: the last that spoke or opened a sentence.
  let lastBody: { key: string; index: number } | null = null;
  const postAuthors = embeddedPostAuthors(analyses, mentionsBySentence);
  analyses.forEach((analysis, index) => {
    const mentions = mentionsBySentence[index] ?? [];
    if (analysis.sentence.isHeading || analysis.isCredit) return;
    const quote = mainQuote(analysis);
    const outlets = mentions.filter(
      (m) =>
        m.kind === "media" &&
        m.cited &&
        !m.inRole &&
        !m.inQuote &&
        !creditedToUnnamed(analysis.sentence.text, m),
    );
    const speakers = new Set<string>();
    const speeches = findSpeeches(analysis, mentions);
    const post = postAuthors.get(index);
    const continued = post?.key ?? continuedQuotation(analysis, speeches.length, lastQuoted, index);
    if (continued) {
      speakers.add(continued);
      const dated = (relation: DraftRelation) =>
        post ? { ...relation, dateSentence: post.signature } : relation;
      relations.push(
        // A speech with no cue of its own: a stand-in "he said" at the start, so that what was said
        // is the quotation (or the whole post) and the confidence is a pronoun's.
        ...statementsOf(
          { speaker: "he", verb: "said", at: 0 },
          continued,
          post
            ? mentions.map((m) => ({ ...m, inQuote: true }))
            : mentions.filter((m) => m.inQuote && opensClause(analysis.sentence.text, m)),
          index,
          post ? analysis.sentence.text : quote,
          analysis.sentence.text.length,
          analysis.sentence.text,
        ).map(dated),
        ...firstPersonCalls(analysis, mentions, continued, earlier, previousPeople, post !== undefined).map(
          dated,
        ),
      );
    }
    // A speech's words end where the next speech begins: at its speaker when named before the verb,
    // unless that speaker opens what the first one said ("X said Mr Y had told Z ...").
    const starts = speeches.map((speech) => ({
      at: speech.at,
      from: typeof speech.speaker === "string" ? speech.at : Math.min(speech.at, speech.speaker.start),
    }));
    for (const speech of speeches) {
      const speaker =
        typeof speech.speaker !== "string"
          ? speech.speaker.key
          : speech.speaker === "it"
            ? lastBody !== null && index - lastBody.index <= IT_REACH
              ? lastBody.key
              : null
            : pronounSpeaker(speech.speaker, speech.at, mentions, earlier, genderOf);
      if (speaker === null) continue;
      speakers.add(speaker);
      const next = starts.filter((other) => other.at > speech.at).sort((a, b) => a.at - b.at)[0];
      const reported =
        next !== undefined &&
        REPORTED_SPEAKER.test(analysis.sentence.text.slice(speech.at + speech.verb.length, next.from));
      const nextAt = next === undefined ? undefined : reported ? next.at : next.from;
      const scopeEnd = speechScopeEnd(analysis.sentence.text, speech, nextAt);
      relations.push(
        ...statementsOf(speech, speaker, mentions, index, quote, scopeEnd, analysis.sentence.text),
        ...firstPersonCalls(analysis, mentions, speaker, earlier, previousPeople),
      );
    }
    const people = mentions.filter((m) => m.kind === "person" && !m.inRole && !m.inQuote);
    const lastPerson = earlier[0];
    const quoted = [...speakers].filter((key) => people.some((p) => p.key === key) || key === lastPerson);
    const citedPerson =
      quoted.find((key) => people.some((p) => p.key === key)) ?? quoted[0] ?? people[0]?.key;
    if (outlets.length > 0 && citedPerson)
      relations.push(...citationsOf(outlets, citedPerson, analysis.sentence.text, index, quote));
    const calls = callsIn(analysis, mentions, (pronoun, at) =>
      pronounSpeaker(pronoun, at, mentions, earlier, genderOf),
    );
    // "said the deal was agreed after a meeting between him and Reilly": Reilly is the other end of
    // the speaker's meeting, which the call says, not what the speaker talked about.
    const partners = new Set(
      calls.flatMap((call) => [`${call.source} ${call.target}`, `${call.target} ${call.source}`]),
    );
    for (let i = relations.length - 1; i >= 0 && (relations[i] as DraftRelation).sentence === index; i--) {
      const relation = relations[i] as DraftRelation;
      if (relation.type === "statement" && partners.has(`${relation.source} ${relation.target}`))
        relations.splice(i, 1);
    }
    relations.push(...calls);
    // The last speaker first, then the people named from last to first, then the earlier ones.
    const named = people.map((p) => p.key).reverse();
    const lastSpeaker = quoted.at(-1) ?? continued ?? undefined;
    if (lastSpeaker && (quote || continued))
      lastQuoted = { speaker: lastSpeaker, paragraph: analysis.sentence.paragraph, index };
    const order = [...(lastSpeaker ? [lastSpeaker] : []), ...named, ...earlier];
    earlier = [...new Set(order)].slice(0, PRONOUN_REACH);
    const body = bodyOf(analysis.sentence.text, speeches, mentions);
    if (body) lastBody = { key: body, index };
    previousPeople = [...new Set(mentions.filter((m) => m.kind === "person").map((m) => m.key))];
  });
  return relations;
}
