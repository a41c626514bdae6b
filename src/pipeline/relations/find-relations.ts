import type { Mention } from "../actors/mentions";
import type { SentenceAnalysis } from "../actors/recognize";
import { callsIn } from "./calls";
import { citationsOf } from "./citations";
import type { DraftRelation } from "./draft";
import { findSpeeches } from "./speech";
import { statementsOf } from "./statements";

/** The longest quoted passage of a sentence: the words a relation reports. */
function mainQuote(analysis: SentenceAnalysis): string | undefined {
  const quotes = [...analysis.quotes].sort((a, b) => b.text.length - a.text.length);
  return quotes[0]?.text;
}

/**
 * Finds calls, statements and citations sentence by sentence. "He said" refers to the last person who
 * spoke or was named, so the walk keeps that one piece of state.
 */
export function findRelations(
  analyses: readonly SentenceAnalysis[],
  mentionsBySentence: readonly Mention[][],
): DraftRelation[] {
  const relations: DraftRelation[] = [];
  let lastPerson: string | null = null;
  analyses.forEach((analysis, index) => {
    const mentions = mentionsBySentence[index] ?? [];
    if (analysis.sentence.isHeading || analysis.isCredit) return;
    const quote = mainQuote(analysis);
    const outlets = mentions.filter((m) => m.kind === "media" && m.cited && !m.inRole && !m.inQuote);
    const speakers = new Set<string>();
    for (const speech of findSpeeches(analysis, mentions)) {
      // "Putin and Peskov, he said": a pronoun is the nearest person named before it, else the last one.
      const speaker =
        speech.speaker === "pronoun"
          ? (mentions.filter((m) => m.kind === "person" && !m.inRole && m.end <= speech.at).at(-1)?.key ??
            lastPerson)
          : speech.speaker.key;
      if (speaker === null) continue;
      speakers.add(speaker);
      relations.push(...statementsOf(speech, speaker, mentions, index, quote));
    }
    const people = mentions.filter((m) => m.kind === "person" && !m.inRole && !m.inQuote);
    const quoted = [...speakers].filter((key) => people.some((p) => p.key === key) || key === lastPerson);
    const citedPerson =
      quoted.find((key) => people.some((p) => p.key === key)) ?? quoted[0] ?? people[0]?.key;
    if (outlets.length > 0 && citedPerson)
      relations.push(...citationsOf(outlets, citedPerson, analysis.sentence.text, index, quote));
    relations.push(...callsIn(analysis, mentions));
    const lastNamed = people.at(-1)?.key;
    lastPerson = quoted.at(-1) ?? lastNamed ?? lastPerson;
  });
  return relations;
}
