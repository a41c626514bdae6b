import type { Mention } from "../actors/mentions";
import type { SentenceAnalysis } from "../actors/recognize";
import { isInsideQuote } from "../text/quotes";

// "the two leaders", "the two ministers", "both men": the two people the story has just named.
const THE_PAIR =
  /\b(?:[Tt]he two|[Bb]oth)\s+(?:leaders|ministers|foreign ministers|prime ministers|presidents|heads of state|men|women|officials)\b/gu;

/**
 * The two people a sentence names, when it names exactly two (not as someone's possessor nor in a
 * description): the likeliest pair a later "the two leaders" means.
 */
export function namedPair(mentions: readonly Mention[]): [string, string] | null {
  const people = new Set(
    mentions.filter((m) => m.kind === "person" && !m.inRole && !m.possessive && !m.inQuote).map((m) => m.key),
  );
  return people.size === 2 ? ([...people] as [string, string]) : null;
}

/**
 * Mentions for each of "the two leaders": the two people named before the phrase in its sentence,
 * else the last pair an earlier sentence named. A statement about them is about each
 * ("the ministry said the two ministers had discussed ...").
 */
export function pairMentions(
  analysis: SentenceAnalysis,
  mentions: readonly Mention[],
  lastPair: readonly [string, string] | null,
): Mention[] {
  const text = analysis.sentence.text;
  const found: Mention[] = [];
  for (const match of text.matchAll(THE_PAIR)) {
    const before = namedPair(mentions.filter((m) => m.end <= match.index));
    const pair = before ?? lastPair ?? [];
    for (const key of pair)
      found.push({
        key,
        kind: "person",
        start: match.index,
        end: match.index + match[0].length,
        surface: match[0],
        possessive: false,
        modifier: false,
        locative: false,
        inRole: false,
        inQuote: isInsideQuote(analysis.quotes, match.index),
        cited: false,
      });
  }
  return found;
}
