import type { Mention } from "../actors/mentions";
import type { SentenceAnalysis } from "../actors/recognize";
import { isInsideQuote } from "../text/quotes";
import type { DraftRelation } from "./draft";

const CALL_TRIGGER =
  /\b(?:phone call|video (?:conference|call|link|summit|meeting)|call(?:s|ed)?|phoned|telephoned?|spoke|speak(?:s|ing)?|spoken|talked|talks?|conversation|summit|meeting|met|meet(?:s|ing)?|(?:state |official )?visit(?:ed)?|negotiations|on the phone|phone lines?|(?:press|news) (?:briefing|conference))\b/gi;
// Said of a call that did not, or may not, happen: "is ready to talk", "have not spoken since".
const HYPOTHETICAL =
  /\b(?:not|n['’]t|never|no longer|ready|readiness|willing|willingness|prepared|open|openness|happy|wants?|hopes?|seeks?|offer(?:ed|s)?|propos\w*|refus\w*|unlikely|would|could|might|if|whether)\b[^,;]{0,40}$/i;
const BETWEEN = /\bbetween\s+(?:the\s+)?$/i;

function subtypeOf(trigger: string): string {
  if (/video/i.test(trigger)) return "video";
  if (/phone|call|telephon/i.test(trigger)) return "phone";
  if (/visit/i.test(trigger)) return "visit";
  if (/summit/i.test(trigger)) return "summit";
  if (/conference|briefing/i.test(trigger)) return "press conference";
  return "meeting";
}

const canTakePart = (m: Mention) =>
  (m.kind === "person" || m.kind === "country") && !m.inRole && !m.inQuote && !m.modifier && !m.locative;

const CLAUSE_BREAK = /[,;:]|\b(?:but|because|although|while|saying)\b/;
// "Biden and Russian President Vladimir Putin": titles may stand between "and" and the second name.
const AND_PAIR = /^\s*(?:,|and|,\s*and)\s+(?:(?:his|her|their|the|[\p{L}.'’]+)\s+){0,4}$/u;

/**
 * The two actors a call joins: "between X and Y"; "X spoke with Y" (nearest on each side, in one
 * clause); or "X and Y spoke" when no one else is named after the trigger.
 */
function pairAround(
  participants: readonly Mention[],
  at: number,
  length: number,
  text: string,
): [Mention, Mention] | null {
  const people = participants.filter((m) => m.kind === "person");
  const pool = people.length >= 2 ? people : participants;
  const between = pool.find((m) => BETWEEN.test(text.slice(0, m.start)));
  if (between) {
    const other = pool.find((m) => m.start > between.end && m.key !== between.key);
    return other ? [between, other] : null;
  }
  if (pool !== people) return null;
  const before = pool.filter((m) => m.end <= at).at(-1);
  const after = pool.find((m) => m.start >= at + length && m.key !== before?.key);
  const oneClause = (from: number, to: number) => !CLAUSE_BREAK.test(text.slice(from, to));
  if (before && after && oneClause(before.end, at) && oneClause(at, after.start)) return [before, after];
  const withObject = /^\s+(?:with|to)\b/i.test(text.slice(at + length));
  const first = pool.filter((m) => before && m.end <= before.start && m.key !== before.key).at(-1);
  if (
    !withObject &&
    before &&
    first &&
    AND_PAIR.test(text.slice(first.end, before.start)) &&
    at - before.end <= 40
  )
    return [first, before];
  return null;
}

/** A call is undirected: its ends are stored in key order so repeats merge. */
function callBetween(
  a: string,
  b: string,
  trigger: RegExpMatchArray,
  sentence: number,
  confidence: number,
): DraftRelation {
  const [source, target] = [a, b].sort() as [string, string];
  const subtype = subtypeOf(trigger[0]);
  return {
    type: "call",
    subtype,
    source,
    target,
    undirected: true,
    sentence,
    anchor: trigger.index ?? 0,
    confidence,
  };
}

// "Biden spoke with the leaders of Britain, France and Germany": one call with each country named.
const LEADERS_OF =
  /^\s+with\s+(?:the\s+)?(?:leaders?|heads? of (?:state|government)|presidents?|prime ministers?|counterparts?)\s+(?:of|from)\s+/i;

function callsWithLeadersOf(
  analysis: SentenceAnalysis,
  mentions: readonly Mention[],
  trigger: RegExpMatchArray,
): DraftRelation[] {
  const text = analysis.sentence.text;
  const at = (trigger.index ?? 0) + trigger[0].length;
  const list = LEADERS_OF.exec(text.slice(at));
  if (!list) return [];
  const listStart = at + list[0].length;
  const clauseEnd = text.slice(listStart).search(/[;.]|,\s+(?!and\b)[a-z]/);
  const listEnd = clauseEnd < 0 ? text.length : listStart + clauseEnd;
  const caller = mentions
    .filter((m) => m.kind === "person" && !m.inRole && !m.inQuote && m.end <= (trigger.index ?? 0))
    .at(-1);
  if (!caller) return [];
  const countries = mentions.filter((m) => m.kind === "country" && m.start >= listStart && m.end <= listEnd);
  return [...new Set(countries.map((m) => m.key))].map((country) =>
    callBetween(caller.key, country, trigger, analysis.sentence.index, 0.6),
  );
}

export function callsIn(analysis: SentenceAnalysis, mentions: readonly Mention[]): DraftRelation[] {
  const text = analysis.sentence.text;
  for (const trigger of text.matchAll(CALL_TRIGGER)) {
    const withLeaders = callsWithLeadersOf(analysis, mentions, trigger);
    if (withLeaders.length > 0) return withLeaders;
  }
  const participants = mentions.filter(canTakePart);
  if (new Set(participants.map((m) => m.key)).size < 2) return [];
  for (const trigger of text.matchAll(CALL_TRIGGER)) {
    if (isInsideQuote(analysis.quotes, trigger.index)) continue;
    if (HYPOTHETICAL.test(text.slice(Math.max(0, trigger.index - 60), trigger.index))) continue;
    const pair = pairAround(participants, trigger.index, trigger[0].length, text);
    if (!pair || pair[0].key === pair[1].key) continue;
    const confidence = pair[0].kind === "person" && pair[1].kind === "person" ? 0.8 : 0.6;
    return [callBetween(pair[0].key, pair[1].key, trigger, analysis.sentence.index, confidence)];
  }
  return [];
}
