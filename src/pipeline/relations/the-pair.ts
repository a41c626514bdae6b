import type { Mention } from "../actors/mentions";
import type { SentenceAnalysis } from "../actors/recognize";
import { isInsideQuote } from "../text/quotes";

// "the two leaders", "both candidates", "the pair", "The two held a call": the two people the
// story has just named.
const THE_PAIR =
  /\b(?:[Tt]he two|[Bb]oth)\s+(?:leaders|ministers|foreign ministers|prime ministers|presidents|premiers|chancellors|heads of (?:state|government)|men|women|officials|candidates|rivals|contenders)\b|\b[Tt]he pair\b|\b[Tt]he two(?=\s+(?:had|have|held|met|spoke|talked|agreed|discussed|last|also|previously|first)\b)/gu;
// "both countries", "the two neighbours", "both partner states": the two countries just named.
const THE_COUNTRY_PAIR =
  /\b(?:[Tt]he two|[Bb]oth)\s+(?:countries|nations|neighbou?rs|sides|governments|(?:partner |member |neighbouring |neighboring )?states)\b/gu;

// What stands before a pair that is the object of its clause: "spoke with both men", "met the two".
const OBJECT_OF = /\b(?:with|met|meet|meets|meeting|called|urged|told|asked|thanked|invited)\s+$/i;

/**
 * The two people a sentence names, when it names exactly two (not as someone's possessor nor in a
 * description): the likeliest pair a later "the two leaders" means.
 */
export function namedPair(
  mentions: readonly Mention[],
  kind: "person" | "country" = "person",
): [string, string] | null {
  const named = new Set(
    mentions
      .filter(
        (m) => m.kind === kind && !m.inRole && !m.possessive && !m.inQuote && !m.modifier && !m.populace,
      )
      .map((m) => m.key),
  );
  return named.size === 2 ? ([...named] as [string, string]) : null;
}

/** The pairs a sentence names, by kind, kept from the last sentences that named them. */
export interface LastPairs {
  person: [string, string] | null;
  country: [string, string] | null;
}

/**
 * Mentions for each of "the two leaders" or "both countries": the two people or countries named
 * before the phrase in its sentence, else the last pair an earlier sentence named. A statement
 * about them is about each ("the UN called on both countries to exercise restraint").
 */
export function pairMentions(
  analysis: SentenceAnalysis,
  mentions: readonly Mention[],
  lastPairs: LastPairs,
): Mention[] {
  const text = analysis.sentence.text;
  const found: Mention[] = [];
  const phrases = [
    ...[...text.matchAll(THE_PAIR)].map((match) => ({ match, kind: "person" as const })),
    ...[...text.matchAll(THE_COUNTRY_PAIR)].map((match) => ({ match, kind: "country" as const })),
  ];
  for (const { match, kind } of phrases) {
    const named = mentions.filter((m) => m.end <= match.index);
    const before = namedPair(named, kind);
    // "the president had spoken with both candidates": the subject is not one of those it spoke with.
    const subject = named.filter((m) => m.kind === kind).at(-1);
    const asObject = OBJECT_OF.test(text.slice(0, match.index)) && subject && before?.includes(subject.key);
    const pair = (asObject ? null : before) ?? lastPairs[kind] ?? [];
    for (const key of pair)
      found.push({
        key,
        kind,
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
