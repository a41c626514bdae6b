import type { Mention } from "../actors/mentions";
import type { DraftRelation } from "./draft";

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
