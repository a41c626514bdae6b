import type { Mention } from "../actors/mentions";
import type { SentenceAnalysis } from "../actors/recognize";
import type { DraftRelation } from "./draft";

// "a senior political source told Reuters", "the source, who had spoken to them, told Reuters",
// "officials said": an unnamed source is credited to no one.
const UNNAMED_SOURCE =
  /\b(?:an?|the|one|two|three|several|some|other)\s+(?:[\p{L}-]+\s+){0,4}(?:sources?|officials?|diplomats?|insiders?|aides?|persons?|people|spokes(?:man|woman|person))\b(?:,?\s+(?:close to|familiar with|with knowledge of|who|briefed)[^,;]*)?,?\s*(?:(?:has|had|also|later)\s+)?$/iu;

const creditedToUnnamed = (text: string, outlet: Mention) =>
  UNNAMED_SOURCE.test(
    text.slice(0, outlet.start).replace(/\s*\b(?:told|tells|telling|speaking to)\s*$/i, ""),
  );

function subtypeOf(sentence: string): string {
  if (/interview/i.test(sentence)) return "interview";
  if (/on (?:the )?air/i.test(sentence)) return "broadcast";
  if (/comment/i.test(sentence)) return "comment";
  return "quote";
}

/** An outlet cited in the sentence quotes the person who speaks in it. */
export function citationsOf(
  outlets: readonly Mention[],
  person: string,
  sentenceText: string,
  sentence: number,
  quote: string | undefined,
): DraftRelation[] {
  return outlets.map((outlet) => ({
    type: "citation",
    subtype: subtypeOf(sentenceText),
    source: outlet.key,
    target: person,
    sentence,
    anchor: outlet.start,
    ...(quote ? { quote } : {}),
    confidence: 0.8,
  }));
}

/**
 * The citations of a sentence: each outlet it cites (not one an unnamed source spoke to) quotes the
 * person who speaks in it, else the last person spoken of, else the first person it names.
 */
export function citationsIn(
  analysis: SentenceAnalysis,
  mentions: readonly Mention[],
  speakers: readonly string[],
  lastPerson: string | undefined,
  quote: string | undefined,
): DraftRelation[] {
  const text = analysis.sentence.text;
  const outlets = mentions.filter(
    (m) => m.kind === "media" && m.cited && !m.inRole && !m.inQuote && !creditedToUnnamed(text, m),
  );
  if (outlets.length === 0) return [];
  const people = mentions.filter((m) => m.kind === "person" && !m.inRole && !m.inQuote);
  const named = (key: string) => people.some((p) => p.key === key);
  const quoted = speakers.filter((key) => named(key) || key === lastPerson);
  const cited = quoted.find(named) ?? quoted[0] ?? people[0]?.key;
  return cited ? citationsOf(outlets, cited, text, analysis.sentence.index, quote) : [];
}
