import type { Mention } from "../actors/mentions";
import type { SentenceAnalysis } from "../actors/recognize";
import { CALLED_AS_NAMING } from "../lexicon/speech-verbs";
import { FORMS_OF_ADDRESS, ROLE_NOUNS } from "../lexicon/words";
import {
  bodyMetAfter,
  callFormEnds,
  isFormOnlyTrigger,
  JOINT_VERBS,
  receivesThroughForm,
} from "./call-forms";
import { CLAUSE_BREAK, sidesMeeting, inOneClause, listedObjects, pairsAround } from "./call-pairs";
import { isInsideQuote } from "../text/quotes";
import type { DraftRelation } from "./draft";

const CALL_TRIGGER = new RegExp(
  String.raw`\b(?:phone call|video (?:conference|call|link|summit|meeting)|call(?:s|ed)?|phoned|telephoned?|spoke|speak(?:s|ing)?|spoken|talked|talks?|conversation|summit|meeting|met|meet(?:s|ings?)?|(?:state |official )?visit(?:ed)?|negotiations|on the phone|phone lines?|(?:press|news) (?:briefing|conference)|exchanged views|held discussions|(?:telephonic |phone |telephone )?conversations|host(?:ed|s|ing)?|by (?:tele)?phone|over the (?:tele)?phone|by video(?: link| call)?|received|receives|welcomed|welcomes|summon(?:ed|s)|(?:sat|sit|sits|sitting) down with|co-chair(?:s|ed|ing)?|sh(?:ook|ake|akes|aking) hands|negotiated|encounter|(?:working )?(?:dinner|lunch|breakfast)|${JOINT_VERBS})\b`,
  "gi",
);
// Said of a call that did not, or may not, happen: "is ready to talk", "have not spoken since".
const HYPOTHETICAL =
  /(?:n['’]t|\b(?:not|never|no longer|ready|readiness|willing|willingness|prepared|open|openness|happy|wants?|hopes?|seeks?|offer(?:ed|s)?|propos\w*|refus\w*|unlikely|would|could|might|if|whether))\b[^,;]{0,40}$/i;
// "He added that X would travel to meet Y": the future of a report, not a hypothesis; "X would
// meet Y if ..." stays one.
const REPORTED_WOULD =
  /\b(?:said|says|added|announced|confirmed|stated|told [^,;]{1,40}?)\s+(?:that\s+)?[^,;]{0,60}?\bwould\s+(?!not\b|never\b|only\b|be\s+(?:willing|ready|happy|open|prepared)\b)[^,;]{0,60}$/i;
const CONDITION = /\b(?:if|unless|whether|provided)\b/i;
const reportedFuture = (before: string, after: string) =>
  REPORTED_WOULD.test(before) &&
  !CONDITION.test(/[^,;]*$/.exec(before)?.[0] ?? "") &&
  !CONDITION.test(/^[^,;.]{0,60}/.exec(after)?.[0] ?? "");
// "denied a report that Trump had spoken with Xi": the call is denied, wherever the denial stands.
const DENIED = /\b(?:den(?:y|ies|ied|ying)|dismissed reports?|false reports?)\b[^;]*$/i;
// "A call between Biden and Xi ... did not take place", "a summit could take place", "The meeting
// was called off": a call that did not happen, or has yet to.
const DID_NOT_HAPPEN =
  /^[^.;]{0,120}?\b(?:(?:did|does|has|had|will|would|could|can|may|might)(?:\s*(?:not|n['’]t))?|never)\s+(?:take place|happen|go ahead|occur|be held)\b|^[^.;]{0,80}?\b(?:was|were|has been|had been)\s+(?:cancell?ed|postponed|called off|scrapped)\b/i;
// "called for talks", "calls from Rome", "called on Moscow", "called off", "so-called": not calls.
// "a call on Saturday", "held a call on March 3": "on" with a date is when a call was held.
const NOT_A_CALL =
  /^call(?:s|ed|ing)?\s+(?:for|from|on(?!\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d))|upon|out|off|it)\b/i;
// "paid a courtesy call on the general secretary": a visit, though "called on" is not one.
const PAID_A_CALL = /\b(?:courtesy|(?:paid|pays?|paying|made|makes?)\s+an?(?:\s+[\p{Ll}-]+)?)\s+$/iu;
// "received a call from Macron", "took a phone call from": a call, from whoever made it.
const CALL_RECEIVED =
  /\b(?:received|receives|receiving|took|takes|got|gets|answered|returned)\s+(?:an?\s+|the\s+)?(?:(?:tele)?phone\s+)?$/i;

// "spoke by phone", "held talks via video link", "talked over the telephone".
const MEANS_AFTER = /^\s+(?:by|via|over|on)\s+(?:the\s+|a\s+)?(video|tele)?(phone)?/i;

/** The kind of call, from its trigger and the words that may follow it ("spoke | by phone"). */
function subtypeOf(trigger: string, after: string): string {
  const means = MEANS_AFTER.exec(after);
  if (means?.[1]?.toLowerCase() === "video") return "video";
  if (means?.[1] || means?.[2]) return "phone";
  if (/video/i.test(trigger)) return "video";
  if (/phone|call|telephon/i.test(trigger)) return "phone";
  if (/visit/i.test(trigger)) return "visit";
  if (/summon/i.test(trigger)) return "meeting";
  if (/summit/i.test(trigger)) return "summit";
  if (/conference|briefing/i.test(trigger)) return "press conference";
  return "meeting";
}

/** Named as an actor in its own right: not in someone's title, a quotation, a qualifier or a place. */
const actsInItsOwnRight = (m: Mention) => !m.inRole && !m.inQuote && !m.modifier && !m.locative;

const canTakePart = (m: Mention) =>
  (m.kind === "person" || m.kind === "country") && actsInItsOwnRight(m) && !m.populace;

const canTakePartAsBody = (m: Mention) =>
  (m.kind === "country" || m.kind === "organization") && actsInItsOwnRight(m);

// "are due to meet", "will travel to meet", "plans to call", "a meeting scheduled for next week",
// "is expected in Paris for a dinner with".
const PLANNED_BEFORE =
  /\b(?:will|shall|['’]ll|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|slated|going)\s+to|(?:is|are)\s+(?:due|expected)\s+(?:in|at)|plans?\s+to|planning\s+to|intends?\s+to|agreed\s+to|would|upcoming|planned|proposed|scheduled|arranging|requested|requesting|seeking|sought)\b[^.;]{0,50}$/i;
const PLANNED_AFTER =
  /^[^.;,]{0,40}?\b(?:scheduled|slated|planned|set)\s+for\b|^[^.;]{0,40}?\bnext\s+(?:week|month|year|\p{L}+day)\b|^[^.;,]{0,60}?\b(?:is|are)\s+(?:due|scheduled|expected|set|slated)\s+to\s+(?:begin|start|open|resume|take place|be held)\b/iu;

/** Held, or only planned: the future or a schedule in the clause around the trigger. */
export function callStatus(text: string, at: number, length: number): "held" | "planned" {
  const clauseStart = Math.max(text.lastIndexOf(";", at), text.lastIndexOf(". ", at), 0);
  const before = text.slice(clauseStart, at);
  const after = text.slice(at + length);
  // "agreed to the meeting during a phone call on Tuesday": what was agreed in a call is to come,
  // the call itself was held.
  if (PAST_SETTING.test(before) && !FUTURE_SETTING.test(before)) return "held";
  return PLANNED_BEFORE.test(before) || PLANNED_AFTER.test(after) ? "planned" : "held";
}
const PAST_SETTING =
  /\b(?:agreed|decided|announced|discussed|said)\b[^.;]{0,40}\b(?:during|in|over)\s+(?:a|an|the|their)\s+(?:[\p{L}\d-]+\s+){0,2}$/iu;
const FUTURE_SETTING = /\b(?:will|shall|would|(?:is|are)\s+(?:due|set|expected|scheduled)\s+to)\b/i;

/** A call is undirected: its ends are stored in key order so repeats merge. */
function callBetween(
  a: string,
  b: string,
  trigger: RegExpMatchArray,
  sentence: number,
  confidence: number,
): DraftRelation {
  const [source, target] = [a, b].sort() as [string, string];
  const text = trigger.input ?? "";
  const at = trigger.index ?? 0;
  const subtype = subtypeOf(trigger[0], text.slice(at + trigger[0].length));
  return {
    type: "call",
    subtype,
    source,
    target,
    sentence,
    anchor: at,
    status: callStatus(text, at, trigger[0].length),
    confidence,
  };
}

// "Biden spoke with the leaders of Britain, France and Germany": one call with each country named.
const LEADERS_OF =
  /^\s+with\s+(?:the\s+)?(?:leaders?|heads? of (?:state|government)|presidents?|prime ministers?|counterparts?)\s+(?:of|from)\s+/i;
// "That summit, grouping the leaders of Egypt, Jordan and Iraq": a meeting of every country listed.
const MEETING_OF_LEADERS =
  /^,?\s+(?:grouping|bringing together|that (?:brings|brought|will bring) together|of|between|among)\s+(?:the\s+)?(?:leaders|heads of (?:state|government)|presidents|prime ministers|foreign ministers)\s+of\s+/i;
const MEETING_NOUN = /^(?:summit|meeting|talks)$/i;

function callsWithLeadersOf(
  analysis: SentenceAnalysis,
  mentions: readonly Mention[],
  trigger: RegExpMatchArray,
): DraftRelation[] {
  const text = analysis.sentence.text;
  const at = (trigger.index ?? 0) + trigger[0].length;
  const meeting = MEETING_NOUN.test(trigger[0]) ? MEETING_OF_LEADERS.exec(text.slice(at)) : null;
  const list = meeting ?? LEADERS_OF.exec(text.slice(at));
  if (!list) return [];
  const listStart = at + list[0].length;
  const clauseEnd = text.slice(listStart).search(/[;.]|,\s+(?!and\b)[a-z]/);
  const listEnd = clauseEnd < 0 ? text.length : listStart + clauseEnd;
  const listed = [
    ...new Set(
      mentions
        .filter((m) => m.kind === "country" && m.start >= listStart && m.end <= listEnd)
        .map((m) => m.key),
    ),
  ];
  if (meeting) {
    // "That summit, grouping ..., is scheduled to be held": the schedule comes after the list.
    const planned = PLANNED_AFTER.test(text.slice(listEnd).replace(/^\s*,/, ""));
    return listed.flatMap((a, i) =>
      listed.slice(i + 1).map((b) => {
        const call = callBetween(a, b, trigger, analysis.sentence.index, 0.6);
        return planned ? { ...call, status: "planned" as const } : call;
      }),
    );
  }
  const caller = mentions
    .filter((m) => m.kind === "person" && !m.inRole && !m.inQuote && m.end <= (trigger.index ?? 0))
    .at(-1);
  if (!caller) return [];
  return listed.map((country) => callBetween(caller.key, country, trigger, analysis.sentence.index, 0.6));
}

// "she spoke with X", "where he will meet X", "he held a video call with X", "he received a call
// from X", "he is scheduled to hold talks with X": a pronoun as the subject of the call's verb, or
// of the verb that holds the call's noun.
const PRONOUN_SUBJECT =
  /\b(he|she)\s+(?:(?:also|then|later|had|has|have|will|would|is|was|first|briefly|(?:due|set|scheduled|expected|going|planning|hoping|plans|intends)\s+to)\s+)*(?:(?:hold|held|holds|had|has|made|makes|received|receives|took|takes|got|gets|placed|places|returned)\s+(?:(?:a|an|the|his|her)\s+(?:[\p{Ll}-]+\s+){0,2})?)?$/iu;

// "received Kenyan President William Ruto", "welcomed his counterpart, Olaf Scholz, to Paris",
// "received the Japanese Ambassador to Vietnam, X": a visitor received. Not "received support
// from", "welcomed the decision", "welcomed Scholz's plan".
const GUEST_VERB = /^(?:received|receives|welcomed|welcomes)$/i;
const GUEST_AFTER = new RegExp(
  String.raw`^\s+(?:(?:the|his|her|their|visiting|counterpart|${[...FORMS_OF_ADDRESS, ...ROLE_NOUNS].join("|")}|\p{Lu}[\p{L}.'’-]*)[\s,]+(?:(?:to|of|for)\s+(?=\p{Lu}))?){0,6}$`,
  "u",
);

function receivesAGuest(text: string, trigger: RegExpMatchArray, mentions: readonly Mention[]): boolean {
  const end = (trigger.index ?? 0) + trigger[0].length;
  const guest = mentions.find((m) => m.kind === "person" && m.start >= end);
  return (
    guest !== undefined &&
    !guest.possessive &&
    GUEST_AFTER.test(text.slice(end, guest.start)) &&
    !/\p{Ll}+(?:ed|ing)\s/u.test(text.slice(end, guest.start).replace(/\b(?:visiting|counterpart)\b/gi, ""))
  );
}

// ", Kenya's finance minister,": what a name is, set off after it.
const SET_OFF_DESCRIPTION = /^\s*,\s+[^,;:()"“”]{1,80},\s*/u;
// Between an organisation and the verb of its meeting: its people, and auxiliaries ("The Teachers
// Union leaders will meet", "Acme Corp has met").
const BODY_SUBJECT_GAP =
  /^\.?\s+(?:(?:leaders|officials|representatives|executives|negotiators|delegates|has|have|had|will|would|also|later|then|(?:is|are|was|were)\s+(?:due|set|expected|scheduled)\s+to)\s+)*(?:held\s+|hold\s+)?$/i;
const MEETS_SOMEONE = /^(?:met|meet|meets|talks)$/i;

/** A trigger that reads as a call, not one that did not or may not happen, nor "called on". */
function isCallTrigger(
  analysis: SentenceAnalysis,
  trigger: RegExpMatchArray,
  mentions: readonly Mention[],
): boolean {
  const text = analysis.sentence.text;
  const at = trigger.index ?? 0;
  if (
    GUEST_VERB.test(trigger[0]) &&
    !receivesAGuest(text, trigger, mentions) &&
    !receivesThroughForm(text, trigger)
  )
    return false;
  return !(
    isInsideQuote(analysis.quotes, at) ||
    (HYPOTHETICAL.test(text.slice(Math.max(0, at - 60), at)) &&
      !reportedFuture(text.slice(0, at), text.slice(at + trigger[0].length))) ||
    DENIED.test(text.slice(0, at)) ||
    DID_NOT_HAPPEN.test(text.slice(at + trigger[0].length)) ||
    (NOT_A_CALL.test(text.slice(at)) &&
      !CALL_RECEIVED.test(text.slice(0, at)) &&
      !PAID_A_CALL.test(text.slice(0, at))) ||
    CALLED_AS_NAMING.test(text.slice(at)) ||
    /so-$/i.test(text.slice(0, at))
  );
}

/**
 * The calls of a sentence. `pronounFor` says who "he" or "she" is, for "she spoke with X" where
 * no one is named before the verb.
 */
export function callsIn(
  analysis: SentenceAnalysis,
  mentions: readonly Mention[],
  pronounFor: (pronoun: "he" | "she", at: number) => string | null = () => null,
): DraftRelation[] {
  const text = analysis.sentence.text;
  for (const trigger of text.matchAll(CALL_TRIGGER)) {
    const withLeaders = callsWithLeadersOf(analysis, mentions, trigger);
    if (withLeaders.length > 0) return withLeaders;
  }
  const participants = mentions.filter(canTakePart);
  const twoOrMore = new Set(participants.map((m) => m.key)).size >= 2;
  const calls: DraftRelation[] = [];
  for (const trigger of text.matchAll(CALL_TRIGGER)) {
    if (!isCallTrigger(analysis, trigger, mentions)) continue;
    const ends = callFormEnds({ text, participants, mentions, pronounFor }, trigger);
    if (ends) {
      const [a, b, status] = ends;
      const add = (x: string, y: string) => {
        const call = callBetween(x, y, trigger, analysis.sentence.index, 0.6);
        calls.push(status ? { ...call, status } : call);
      };
      add(a, b);
      // "to meet President A and Foreign Minister B": each one listed after the form's object.
      const after = participants.filter((m) => m.start > trigger.index && (m.key === a || m.key === b));
      const object = new Set(after.map((m) => m.key)).size === 1 ? after[0] : undefined;
      if (object) {
        const other = object.key === a ? b : a;
        for (const listed of listedObjects(object, participants, text))
          if (listed.key !== other) add(other, listed.key);
      }
      continue;
    }
    if (isFormOnlyTrigger(trigger[0])) continue;
    // "spoke with A on Tuesday, a day after a call with B": the subject's earlier call, with B.
    const earlier = twoOrMore ? subjectsEarlierCall(participants, trigger, text) : null;
    const pairs = earlier
      ? [earlier]
      : twoOrMore
        ? pairsAround(participants, trigger.index, trigger[0].length, text).filter(
            ([a, b]) => a.key !== b.key,
          )
        : [];
    // "Indonesia and the European Union will resume talks": a body of states or firms as a side.
    const sides =
      pairs.length > 0
        ? null
        : sidesMeeting(mentions.filter(canTakePartAsBody), trigger.index, trigger[0].length, text);
    if (sides) pairs.push(sides);
    if (pairs.length > 0) {
      calls.push(
        ...pairs.map(([a, b]) => {
          const confidence = a.kind === "person" && b.kind === "person" ? 0.8 : 0.6;
          return callBetween(a.key, b.key, trigger, analysis.sentence.index, confidence);
        }),
      );
      continue;
    }
    if (calls.length > 0) continue;
    const pronoun = PRONOUN_SUBJECT.exec(text.slice(Math.max(0, trigger.index - 60), trigger.index))?.[1];
    const end = trigger.index + trigger[0].length;
    const partner = participants.find(
      (m) => m.kind === "person" && m.start >= end && inOneClause(text.slice(end, m.start)),
    );
    const subject = pronoun ? pronounFor(pronoun.toLowerCase() as "he" | "she", trigger.index) : null;
    // "during which he will meet President A and Foreign Minister B": each one listed.
    if (subject && partner && subject !== partner.key)
      return [partner, ...listedObjects(partner, participants, text)]
        .filter((other) => other.key !== subject)
        .map((other) => callBetween(subject, other.key, trigger, analysis.sentence.index, 0.6));
    // "held talks with the IMF", "due to meet the leadership of the Suez Canal Authority": an
    // organisation met through its people, by the person the clause is about.
    const body = bodyMetAfter(text, mentions, end);
    const hostAt = participants.filter((m) => m.kind === "person" && m.end <= trigger.index).at(-1);
    const host = hostAt?.key ?? subject;
    // "Njeri Mwangi, Kenya's finance minister, held talks with the IMF": a description set off
    // after the host's name stays in the host's clause.
    const hostGap = hostAt ? text.slice(hostAt.end, trigger.index).replace(SET_OFF_DESCRIPTION, " ") : "";
    if (body && host && (!hostAt || !CLAUSE_BREAK.test(hostGap)))
      return [callBetween(host, body.key, trigger, analysis.sentence.index, 0.6)];
    // "The Teachers Union met Education Minister X", "Acme Corp met the Competition Commission": an
    // organisation as the subject of the meeting verb, and the one it met.
    const bodySubject = mentions
      .filter(canTakePartAsBody)
      .filter((m) => m.end <= trigger.index)
      .at(-1);
    const met = partner ?? body;
    if (
      bodySubject &&
      met &&
      met.key !== bodySubject.key &&
      !bodySubject.possessive &&
      BODY_SUBJECT_GAP.test(text.slice(bodySubject.end, trigger.index)) &&
      MEETS_SOMEONE.test(trigger[0])
    )
      return [callBetween(bodySubject.key, met.key, trigger, analysis.sentence.index, 0.6)];
  }
  // One call per pair and status: "held talks ... during the meeting" is one.
  const seen = new Set<string>();
  return calls.filter((call) => {
    // "spoke on Tuesday and agreed to meet on Monday": a call held and one planned are two.
    const pair = `${call.source} ${call.target} ${call.status}`;
    return !seen.has(pair) && seen.add(pair) !== undefined;
  });
}

// "a day after a call with", "following talks with", "ahead of a meeting with".
const AFTER_ANOTHER =
  /\b(?:after|following|before|ahead of)\s+(?:(?:a|an|the|his|her|their|last|[\p{L}]+['’]s)\s+)?(?:[\p{Ll}-]+\s+)?$/u;

/** The sentence's subject and the one named after "with" in "..., a day after a call with B". */
function subjectsEarlierCall(
  participants: readonly Mention[],
  trigger: RegExpMatchArray,
  text: string,
): [Mention, Mention] | null {
  const at = trigger.index ?? 0;
  const end = at + trigger[0].length;
  if (!AFTER_ANOTHER.test(text.slice(0, at)) || !/^\s+with\s/i.test(text.slice(end))) return null;
  const subject = participants.find((m) => m.kind === "person" && m.end <= at);
  const partner = participants.find(
    (m) => m.kind === "person" && m.start >= end && !CLAUSE_BREAK.test(text.slice(end, m.start)),
  );
  return subject && partner && subject.key !== partner.key ? [subject, partner] : null;
}
