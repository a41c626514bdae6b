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

/** The two actors a call joins: "between X and Y", else the nearest person on each side of the trigger. */
function pairAround(participants: readonly Mention[], at: number, text: string): [Mention, Mention] | null {
  const people = participants.filter((m) => m.kind === "person");
  const pool = people.length >= 2 ? people : participants;
  const between = pool.find((m) => BETWEEN.test(text.slice(0, m.start)));
  if (between) {
    const other = pool.find((m) => m.start > between.end && m.key !== between.key);
    return other ? [between, other] : null;
  }
  if (pool !== people) return null;
  const before = pool.filter((m) => m.end <= at).at(-1);
  const after = pool.find((m) => m.start >= at && m.key !== before?.key);
  if (before && after) return [before, after];
  const distinct = [...new Map(pool.map((m) => [m.key, m])).values()];
  return distinct.length === 2 ? [distinct[0] as Mention, distinct[1] as Mention] : null;
}

export function callsIn(analysis: SentenceAnalysis, mentions: readonly Mention[]): DraftRelation[] {
  const text = analysis.sentence.text;
  const participants = mentions.filter(canTakePart);
  if (new Set(participants.map((m) => m.key)).size < 2) return [];
  for (const trigger of text.matchAll(CALL_TRIGGER)) {
    if (isInsideQuote(analysis.quotes, trigger.index)) continue;
    if (HYPOTHETICAL.test(text.slice(Math.max(0, trigger.index - 60), trigger.index))) continue;
    const pair = pairAround(participants, trigger.index, text);
    if (!pair || pair[0].key === pair[1].key) continue;
    const [source, target] = [pair[0].key, pair[1].key].sort() as [string, string];
    return [
      {
        type: "call",
        subtype: subtypeOf(trigger[0]),
        source,
        target,
        undirected: true,
        sentence: analysis.sentence.index,
        anchor: trigger.index,
        confidence: pair[0].kind === "person" && pair[1].kind === "person" ? 0.8 : 0.6,
      },
    ];
  }
  return [];
}
