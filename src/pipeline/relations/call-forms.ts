import type { Mention } from "../actors/mentions";
import { inOneClause, ROLE_BEFORE_NAME } from "./call-pairs";

/**
 * Calls whose two ends stand apart from the call's word, each form read on its own: "said, after
 * meeting X", "summoned the ambassador", "raised the dispute with X in a brief meeting".
 */

export type PronounFor = (pronoun: "he" | "she", at: number) => string | null;

/** What a form needs of a sentence: its text, who may take part, and who "he" or "she" is. */
export interface CallFormContext {
  text: string;
  /** People and countries that may be an end of a call. */
  participants: readonly Mention[];
  /** Every mention, organisations included. */
  mentions: readonly Mention[];
  pronounFor: PronounFor;
}

/** The two ends of a call, by actor key, and "planned" where the form says the call is to come. */
export type CallEnds = [string, string] | [string, string, "planned"];

// "After speaking with Zelensky, Biden plans to brief ...": the main clause's future is the call's.
const MAIN_CLAUSE_FUTURE =
  /\b(?:will|shall|plans?\s+to|intends?\s+to|(?:is|are)\s+(?:due|set|expected|scheduled|going)\s+to)\b/i;

// "was summoned", "was later received": the verb's subject is the one summoned or received.
const PASSIVE_AUXILIARY =
  /\b(?:was|were|is|are|been|being)\s+(?:(?:later|also|then|first|warmly|formally)\s+)?$/i;

const people = (context: CallFormContext) => context.participants.filter((m) => m.kind === "person");

/** The last person named before `at`. */
const lastPersonBefore = (context: CallFormContext, at: number): Mention | undefined =>
  people(context)
    .filter((m) => m.end <= at)
    .at(-1);

/** The first person after `from` in the same clause: the object of the call's verb. */
function objectAfter(context: CallFormContext, from: number): Mention | undefined {
  return people(context).find((m) => m.start >= from && inOneClause(context.text.slice(from, m.start)));
}

const SUBJECT_PRONOUN = /\b(he|she)\b/gi;

/** The person a clause ending at `at` is about: named before, or "he"/"she" standing for one. */
function subjectBefore(context: CallFormContext, at: number, firstOfSentence: boolean): string | null {
  const before = people(context).filter((m) => m.end <= at && !m.possessive);
  const named = firstOfSentence ? before[0] : before.at(-1);
  const pronoun = [...context.text.slice(0, at).matchAll(SUBJECT_PRONOUN)].at(firstOfSentence ? 0 : -1);
  // The first of the two, or the last: a pronoun counts where no one is named on its side of it.
  const pronounFirst = named !== undefined && pronoun !== undefined && pronoun.index < named.start;
  if (pronoun && (!named || pronounFirst === firstOfSentence))
    return context.pronounFor(pronoun[1]?.toLowerCase() as "he" | "she", pronoun.index);
  return named?.key ?? null;
}

// "said on Friday, after meeting her counterpart X", "After talking with X, Y said": the gerund's
// object met the sentence's subject.
const GERUND_CUE = /\b(?:after|before|while|when|following)\s+(?:(?:first|briefly|also)\s+)?$/i;
const GERUND = /^(?:meeting|talking|speaking|visiting|hosting|phoning)$/i;

function afterMeeting(context: CallFormContext, trigger: RegExpMatchArray): CallEnds | null {
  const at = trigger.index ?? 0;
  const { text } = context;
  if (!GERUND.test(trigger[0]) || !GERUND_CUE.test(text.slice(0, at))) return null;
  const object = objectAfter(context, at + trigger[0].length);
  if (!object) return null;
  // "After meeting X on Monday, Y said": the subject follows the opening phrase.
  const comma = text.indexOf(",", object.end);
  const opener =
    at < 12 && comma >= 0
      ? people(context).find(
          (m) => m.start > comma && /^,\s*(?:[\p{L}.'’-]+\s+){0,4}$/u.test(text.slice(comma, m.start)),
        )
      : undefined;
  const subject = opener?.key ?? subjectBefore(context, at, true);
  if (!subject || subject === object.key) return null;
  const mainClause = opener ? text.slice(opener.end, opener.end + 60) : text.slice(0, at);
  return MAIN_CLAUSE_FUTURE.test(mainClause) ? [subject, object.key, "planned"] : [subject, object.key];
}

// "India's foreign ministry summoned Sri Lanka's envoy": a summons is a meeting, which a ministry or
// a government may call as well as a person. Not "was summoned" or "summoned the courage".
const SUMMONED = /^summon(?:ed|s)$/i;
const ENVOYS = String.raw`ambassador|envoy|high commissioner|charg[ée] d['’]affaires|consul|diplomat`;
const ENVOY_AFTER = new RegExp(String.raw`^['’]s?\s+(?:[\p{L}-]+\s+){0,2}(?:${ENVOYS})`, "iu");
// "the Ugandan envoy", read as the country: a mention whose own words end in the envoy.
const ENDS_IN_ENVOY = new RegExp(String.raw`\b(?:${ENVOYS})$`, "iu");

const canSummon = (m: Mention) =>
  (m.kind === "person" || m.kind === "organization" || m.kind === "country") &&
  !m.inRole &&
  !m.inQuote &&
  !m.modifier &&
  !m.locative &&
  !m.possessive;

function summons(context: CallFormContext, trigger: RegExpMatchArray): CallEnds | null {
  const at = trigger.index ?? 0;
  const { text } = context;
  if (!SUMMONED.test(trigger[0]) || PASSIVE_AUXILIARY.test(text.slice(0, at))) return null;
  const host = context.mentions
    .filter((m) => canSummon(m) && m.end <= at && inOneClause(text.slice(m.end, at)))
    .at(-1);
  const end = at + trigger[0].length;
  // "summoned Uganda's envoy", "summoned the Ugandan ambassador": the country whose envoy it is.
  const envoy =
    objectAfter(context, end) ??
    context.mentions.find(
      (m) =>
        m.kind === "country" &&
        m.start >= end &&
        /^\s+(?:the\s+)?$/i.test(text.slice(end, m.start)) &&
        (ENVOY_AFTER.test(text.slice(m.end)) || ENDS_IN_ENVOY.test(m.surface)),
    );
  return host && envoy && host.key !== envoy.key ? [host.key, envoy.key] : null;
}

// "raised the dispute with X in a brief meeting", "had raised her concerns with the bank's chief,
// Y, during a video call": the call is an adjunct of a verb whose object, after "with", is the other end.
// ", during a video call", "in a brief meeting", "when they met": the call the verb happened in.
const CALL_ADJUNCT =
  /^\s*,?\s*(?:(?:during|in|over|at|on)\s+(?:a|an|the|their)\s+(?:[\p{L}\d-]+\s+){0,3}|when\s+(?:they|the\s+two(?:\s+\p{Ll}+)?)\s+(?:(?:had|have|last|first)\s+)?)$/u;
const WITH_BEFORE = /\bwith\s+(?:(?:the|his|her|its|their|[\p{L}.'’-]+)\s+){0,5}$/u;
// "with Y, the internal market commissioner, in a video call": who the partner is, set off.
const DESCRIBED_AFTER = /^\s*,\s+(?:the|an?|his|her|its|their)\s+[^,;()“"]{1,80}(?=,)/u;

function withInACall(context: CallFormContext, trigger: RegExpMatchArray): CallEnds | null {
  const at = trigger.index ?? 0;
  const { text } = context;
  const partner = lastPersonBefore(context, at);
  if (!partner || !CALL_ADJUNCT.test(text.slice(partner.end, at).replace(DESCRIBED_AFTER, ""))) return null;
  const before = text.slice(0, partner.start).replace(ROLE_BEFORE_NAME, "$1 ");
  const withAt = WITH_BEFORE.exec(before)?.index;
  if (withAt === undefined) return null;
  const clauseStart = Math.max(0, ...[",", ";", ":"].map((mark) => text.lastIndexOf(mark, withAt)));
  const subject =
    people(context)
      .filter((m) => m.end <= withAt && m.start >= clauseStart && m.key !== partner.key)
      .at(-1)?.key ?? subjectBefore(context, withAt, false);
  return subject && subject !== partner.key ? [subject, partner.key] : null;
}

// "Kone was later received by President Ofori-Atta": a visitor received, in the passive.
const RECEIVED_BY = /^received$/i;
// "received a delegation led by Garba": the one who led it is the other end.
const DELEGATION_LED_BY =
  /^\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}delegation\s+(?:[\p{Ll}-]+\s+){0,3}(?:led|headed)\s+by\s+/u;

function receivedBy(context: CallFormContext, trigger: RegExpMatchArray): CallEnds | null {
  const at = trigger.index ?? 0;
  const { text } = context;
  if (!RECEIVED_BY.test(trigger[0]) && !/^(?:met|hosted|welcomed|receives)$/i.test(trigger[0])) return null;
  const end = at + trigger[0].length;
  if (PASSIVE_AUXILIARY.test(text.slice(0, at)) && RECEIVED_BY.test(trigger[0])) {
    const by = /^\s+by\s+/i.exec(text.slice(end));
    const host = by ? objectAfter(context, end + by[0].length) : undefined;
    const guest = people(context)
      .filter((m) => m.end <= at && inOneClause(text.slice(m.end, at)))
      .at(-1);
    return host && guest && host.key !== guest.key ? [host.key, guest.key] : null;
  }
  const led = DELEGATION_LED_BY.exec(text.slice(end));
  if (!led) return null;
  const leader = objectAfter(context, end + led[0].length);
  const host = subjectBefore(context, at, false);
  return leader && host && leader.key !== host ? [host, leader.key] : null;
}

// "said he and Mr Chua had spoken by phone", "she and her counterpart held talks": the pronoun's
// person and the one named beside it.
const PRONOUN_AND = /\b(he|she)\s+and\s+(?:(?:his|her|the|[\p{L}.'’]+)\s+){0,4}$/iu;
const UP_TO_THE_CALL = /^\s+(?:[\p{Ll}-]+\s+){0,4}$/u;

function pronounAndName(context: CallFormContext, trigger: RegExpMatchArray): CallEnds | null {
  const at = trigger.index ?? 0;
  const { text } = context;
  const named = lastPersonBefore(context, at);
  if (!named || !UP_TO_THE_CALL.test(text.slice(named.end, at))) return null;
  const pronoun = PRONOUN_AND.exec(text.slice(0, named.start));
  if (!pronoun) return null;
  const subject = context.pronounFor(pronoun[1]?.toLowerCase() as "he" | "she", pronoun.index);
  return subject && subject !== named.key ? [subject, named.key] : null;
}

// "X and his Vietnamese counterpart Y agreed on Saturday to ...", "signed", "pledged": what two
// counterparts do together, they do at a meeting.
/** A regular expression's source: the verbs of what two counterparts do together. */
export const JOINT_VERBS = "agreed|agree|signed|sign|pledged|vowed|reaffirmed|discussed|discuss";
const JOINT_VERB = new RegExp(`^(?:${JOINT_VERBS})$`, "i");
const AND_COUNTERPART =
  /^\s*,?\s+and\s+(?:his|her|their)\s+(?:[\p{L}-]+\s+)?counterpart,?\s+(?:\p{Lu}[\p{L}.]*\s+)*$/u;
const TO_THE_JOINT_VERB =
  /^,?\s+(?:(?:also|jointly|have|had|has|both|will|on\s+\p{Lu}\p{Ll}+|failed\s+to|are\s+(?:due|set|expected)\s+to)\s+)*$/u;

function counterpartsTogether(context: CallFormContext, trigger: RegExpMatchArray): CallEnds | null {
  if (!JOINT_VERB.test(trigger[0])) return null;
  const at = trigger.index ?? 0;
  const { text } = context;
  const before = people(context).filter((m) => m.end <= at && !m.possessive);
  const [first, second] = before.slice(-2);
  if (!first || !second || first.key === second.key) return null;
  return TO_THE_JOINT_VERB.test(text.slice(second.end, at)) &&
    AND_COUNTERPART.test(text.slice(first.end, second.start))
    ? [first.key, second.key]
    : null;
}

// "In a separate phone call on Monday, | A and Iraqi Prime Minister B discussed": the call opens the
// sentence as its setting, and the pair that opens the main clause held it.
const OPENING_SETTING = /^\s*(?:In|During|Over|At)\s+(?:a|an|the|their)\s+(?:[\p{L}\d'’-]+\s+){0,3}$/u;
const AND_THE_OTHER = /^\s+and\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,4}$/u;
const WITH_THE_OTHER = /^\s+(?:[\p{Ll}]+\s+){1,6}with\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,4}$/u;

function openingSetting(context: CallFormContext, trigger: RegExpMatchArray): CallEnds | null {
  const at = trigger.index ?? 0;
  const { text } = context;
  if (!OPENING_SETTING.test(text.slice(0, at))) return null;
  const comma = text.indexOf(",", at);
  if (comma < 0) return null;
  const [first, second] = people(context).filter((m) => m.start > comma);
  if (!first || !second || first.key === second.key) return null;
  if (!/^\s*$/.test(text.slice(comma + 1, first.start))) return null;
  const between = text.slice(first.end, second.start);
  if (!AND_THE_OTHER.test(between) && !WITH_THE_OTHER.test(between)) return null;
  return MAIN_CLAUSE_FUTURE.test(text.slice(comma))
    ? [first.key, second.key, "planned"]
    : [first.key, second.key];
}

// Between a call's word and an organisation it was held with: "talks with the", "meet the
// leadership of", "met officials from".
const BODY_MET =
  /^\s+(?:with\s+)?(?:the\s+)?(?:(?:officials|representatives|leadership|leaders|delegation|delegates|executives|members|heads?)\s+(?:of|from)\s+(?:the\s+)?)?$/i;

/** "held talks with the IMF", "meet the leadership of the Authority": an organisation met through its people. */
export function bodyMetAfter(text: string, mentions: readonly Mention[], end: number): Mention | undefined {
  return mentions.find(
    (m) =>
      m.kind === "organization" &&
      !m.inQuote &&
      !m.inRole &&
      m.start >= end &&
      BODY_MET.test(text.slice(end, m.start).replace(/\b\p{Lu}\p{L}+['’]s\s+/gu, "")),
  );
}

// "he would travel to Rabat in April to meet X", "will then fly to Male on Thursday for talks with
// X": a journey whose purpose is the call; its traveller is the clause's subject.
const JOURNEY_FOR =
  /\b(?:travel\w*|fl(?:y|ies|ew|own|ying)|head(?:s|ed|ing)?|go(?:es|ing)?|went|come|comes|came|return\w*)\s+(?:back\s+)?to\s+\p{Lu}[^;:“"]{0,80}?\s(?:to|for)\s+(?:(?:a|an|the|further|fresh|more)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;
const PURPOSE_TRIGGER = /^(?:meet|meeting|talks)$/i;
const JOURNEY_AHEAD =
  /\b(?:will|would|shall|['’]ll|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|going)\s+to|plans?\s+to|intends?\s+to)\s+(?:\p{Ll}+\s+)?$/u;

function journeyToMeet(context: CallFormContext, trigger: RegExpMatchArray): CallEnds | null {
  const at = trigger.index ?? 0;
  const { text } = context;
  if (!PURPOSE_TRIGGER.test(trigger[0])) return null;
  const journey = JOURNEY_FOR.exec(text.slice(0, at));
  if (!journey) return null;
  // "to meet Kestrel's board": an organisation met through its people, where no person is named.
  const end = at + trigger[0].length;
  const object = objectAfter(context, end) ?? bodyMetAfter(text, context.mentions, end);
  const subject = subjectBefore(context, journey.index, false);
  if (!object || !subject || subject === object.key) return null;
  return JOURNEY_AHEAD.test(text.slice(0, journey.index))
    ? [subject, object.key, "planned"]
    : [subject, object.key];
}

/** The ends of a call read from one of the forms above, or null when the trigger is in none. */
export function callFormEnds(context: CallFormContext, trigger: RegExpMatchArray): CallEnds | null {
  return (
    afterMeeting(context, trigger) ??
    summons(context, trigger) ??
    receivedBy(context, trigger) ??
    withInACall(context, trigger) ??
    pronounAndName(context, trigger) ??
    counterpartsTogether(context, trigger) ??
    openingSetting(context, trigger) ??
    journeyToMeet(context, trigger)
  );
}

/** "was received by Y", "received a delegation led by Y": a guest received, though not named right after. */
export function receivesThroughForm(text: string, trigger: RegExpMatchArray): boolean {
  const at = trigger.index ?? 0;
  const after = text.slice(at + trigger[0].length);
  return (
    (PASSIVE_AUXILIARY.test(text.slice(0, at)) && /^\s+by\s/i.test(after)) || DELEGATION_LED_BY.test(after)
  );
}

/** Whether the trigger is a word only these forms read ("summoned"), not the general call finder. */
export const isFormOnlyTrigger = (trigger: string) => SUMMONED.test(trigger) || JOINT_VERB.test(trigger);
