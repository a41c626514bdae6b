import type { SentenceAnalysis } from "../actors/recognize";
import type { Mention } from "../actors/mentions";
import { isInsideQuote } from "../text/quotes";

export type Pronoun = "he" | "she";

/** Someone saying something in a sentence: the speaker and the verb that says so. */
export interface Speech {
  /** The speaker named, or the pronoun that stands for one ("he said"). */
  speaker: Mention | Pronoun;
  verb: string;
  /** Character position of the verb in the sentence. */
  at: number;
}

const SPEECH_VERB =
  /\b(said|says|say|saying|told|tells|stated|states|warned|warns|warning|urged|urges|urging|responded|responds|clarified|clarifies|claimed|claims|noted|notes|announced|announces|declared|declares|affirmed|affirms|confirmed|confirms|added|asserted|asserts|reiterated|reiterates|stressed|emphasized|emphasised|emphasizing|explained|insisted|argued|accused|accuses|promised|pointed out|believes|commented|criticized|criticised|condemned|demanded|demanding|demands|described|deciphered|expressed|admitted|denied|denies|rejected|threatened|vowed|welcomed|praised|blamed|wrote|tweeted|hoped|hopes|made it clear|called on|calls on)\b/gi;
const ACCORDING_TO = /\b(?:according to|per)\s+(?:him\s+|her\s+)?(?=the\s|[\p{Lu}])/giu;
// Asides between a speaker and the verb: "Sergei Markelov, for his part, in a comment for lenta.ru, deciphered".
const ASIDE =
  /[*]|,?\s*(?:for (?:his|her|its|their) part|in (?:an?|his|her|their) (?:interview|comment|commentary|op-ed|statement|column) (?:with|for|to|in) [^,]+|speaking (?:to|with) [^,]+)\s*(?=,|$)/gi;
// ", who was not invited to Riyadh,": a relative clause's names do not speak the main clause's verb.
const RELATIVE_CLAUSE = /,\s*(?:who|whom|whose|which|where)\b[^,]*,/gi;
const PRONOUN_BEFORE = /\b(he|she)\s+(?:also\s+|then\s+|later\s+)?$/i;

/** Mentions that can speak: not descriptions of others, not places, not "US" in "US officials". */
const canSpeak = (mention: Mention) =>
  !mention.inQuote && !mention.inRole && !mention.modifier && !mention.locative;

/** The text between a speaker and its verb, with the speaker's own description removed. */
function gapWithoutRoles(analysis: SentenceAnalysis, from: number, to: number): string {
  let gap = analysis.sentence.text.slice(from, to);
  for (const role of analysis.roles.values())
    if (role.start >= from && role.end <= to)
      gap = gap.replace(analysis.sentence.text.slice(role.start, role.end), "");
  return gap
    .replace(/\([^)]*\)/g, "")
    .replace(ASIDE, "")
    .replace(RELATIVE_CLAUSE, "");
}

const GAP_OK =
  /^[\s,]*(?:(?:has|have|had|also|later|then|again|once again|for (?:his|her|its|their) part|explicitly|clearly|officially|reportedly|publicly|himself|herself|itself|who|further|previously|repeatedly|already|is|was|are|were)[\s,]+)*$/i;

export function findSpeeches(analysis: SentenceAnalysis, mentions: readonly Mention[]): Speech[] {
  const text = analysis.sentence.text;
  const speeches: Speech[] = [];
  const clauses = [...text.matchAll(RELATIVE_CLAUSE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const inClause = (m: Mention) => clauses.some((clause) => m.start > clause.start && m.end < clause.end);
  const speakers = mentions.filter((m) => canSpeak(m) && m.kind !== "media" && !inClause(m));
  for (const verb of text.matchAll(SPEECH_VERB)) {
    if (isInsideQuote(analysis.quotes, verb.index)) continue;
    // ", demanding ..." continues the sentence's main speaker rather than the nearest name.
    if (/ing$/i.test(verb[0]) && /,\s*$/.test(text.slice(0, verb.index))) {
      const main = speeches.at(-1);
      if (main) speeches.push({ ...main, verb: verb[0].toLowerCase(), at: verb.index });
      continue;
    }
    const before = speakers.filter((m) => m.end <= verb.index && !m.possessive).at(-1);
    if (before && GAP_OK.test(gapWithoutRoles(analysis, before.end, verb.index))) {
      speeches.push({ speaker: before, verb: verb[0].toLowerCase(), at: verb.index });
      continue;
    }
    const end = verb.index + verb[0].length;
    const after = speakers.find((m) => m.start >= end && m.start - end <= 2);
    if (after && /[”",]\s*$/.test(text.slice(0, verb.index))) {
      speeches.push({ speaker: after, verb: verb[0].toLowerCase(), at: verb.index });
      continue;
    }
    const pronoun = PRONOUN_BEFORE.exec(text.slice(0, verb.index))?.[1]?.toLowerCase();
    if (pronoun === "he" || pronoun === "she")
      speeches.push({ speaker: pronoun, verb: verb[0].toLowerCase(), at: verb.index });
  }
  for (const cue of text.matchAll(ACCORDING_TO)) {
    const end = cue.index + cue[0].length;
    const speaker = speakers.find((m) => m.start >= end && m.start - end <= 40 && !m.possessive);
    if (speaker && !isInsideQuote(analysis.quotes, cue.index))
      speeches.push({ speaker, verb: "according to", at: cue.index });
  }
  return speeches;
}
