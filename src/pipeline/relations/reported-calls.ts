import type { Mention } from "../actors/mentions";
import type { SentenceAnalysis } from "../actors/recognize";
import type { DraftRelation } from "./draft";

// "I spoke to him Sunday", "I just spoke to them", "I called Modi": a speaker's own report of a call.
const FIRST_PERSON_CALL =
  /\b(?:I|we)\s+(?:(?:just|have|had|also|then|personally)\s+)*(?:spoke|spoken|talked|met|called|phoned|telephoned)\s+(?:to\s+|with\s+)?(him|her|them)?/g;

/**
 * Calls that a quoted speaker reports in the first person. "Him" or "her" is the last other person
 * named before; "them" the other people named in this sentence or the one before; a name right
 * after the verb is that person.
 */
export function firstPersonCalls(
  analysis: SentenceAnalysis,
  mentions: readonly Mention[],
  speaker: string,
  earlier: readonly string[],
  previousPeople: readonly string[],
  /** The whole sentence is the speaker's own words (an embedded post), quotation marks or not. */
  ownWords = false,
): DraftRelation[] {
  const text = analysis.sentence.text;
  const calls: DraftRelation[] = [];
  for (const match of text.matchAll(FIRST_PERSON_CALL)) {
    const quoted = analysis.quotes.some((quote) => match.index > quote.start && match.index < quote.end);
    if (!quoted && !ownWords) continue;
    const end = match.index + match[0].length;
    const people = mentions.filter((m) => m.kind === "person" && m.key !== speaker);
    const named = people.find((m) => m.start >= end && m.start - end <= 2);
    const before = people.filter((m) => m.end <= match.index).map((m) => m.key);
    const others = (keys: readonly string[]) => keys.filter((key) => key !== speaker);
    const pronoun = match[1];
    const partners = named
      ? [named.key]
      : pronoun === "them"
        ? [...new Set([...before, ...others(previousPeople)])]
        : pronoun
          ? [before.at(-1) ?? others(previousPeople).at(-1) ?? others(earlier)[0]].filter(
              (key): key is string => key !== undefined,
            )
          : [];
    for (const partner of partners) {
      const [source, target] = [speaker, partner].sort() as [string, string];
      calls.push({
        type: "call",
        subtype: /met/.test(match[0]) ? "meeting" : "phone",
        source,
        target,
        sentence: analysis.sentence.index,
        anchor: match.index,
        status: "held",
        confidence: 0.6,
      });
    }
  }
  return calls;
}
