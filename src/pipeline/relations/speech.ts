import type { SentenceAnalysis } from "../actors/recognize";
import type { Mention } from "../actors/mentions";
import { SPEECH_STEMS } from "../lexicon/speech-verbs";
import { NAME_TITLES, ROLE_NOUNS, TITLE_MODIFIERS } from "../lexicon/words";
import { isInsideQuote } from "../text/quotes";

/**
 * A word that stands for an actor named before: "he", "she", "the latter" (last named), "the former",
 * and "it" for an organisation or a country ("It said the vessel had been fishing ...").
 */
export type Pronoun = "he" | "she" | "latter" | "former" | "it";

/** Someone saying something in a sentence: the speaker and the verb that says so. */
export interface Speech {
  /** The speaker named, or the pronoun that stands for one ("he said"). */
  speaker: Mention | Pronoun;
  verb: string;
  /** Character position of the verb in the sentence. */
  at: number;
  /**
   * What the speech is about though it stands before the verb: the subject of a passive ("Macron
   * was accused by X"), the ones acted on before ", alleging" ("sued Acme, alleging", "opened an
   * investigation into Acme's takeover of Brightfield, saying").
   */
  about?: readonly Mention[];
}

const SPEECH_VERB = new RegExp(`\\b(${SPEECH_STEMS.join("|")})\\b`, "gi");
// "according to Peskov", "according to a statement from the ministry", "per the Kremlin"; not
// "according to experts". Case is spelled out (no "i" flag) so that "\p{Lu}" still means a capital.
const ACCORDING_TO =
  /\b(?:[Aa]ccording to|[Pp]er)\s+(?:him\s+|her\s+|(?:[Aa]n?\s+|[Tt]he\s+)?(?:statement|readout|release|transcript|post|spokes(?:man|woman|person))\s+(?:from|by|of|for|issued by)\s+)?(?=[Tt]he\s|\p{Lu})/gu;
// Asides between a speaker and the verb: "Sergei Markelov, for his part, in a comment for lenta.ru, deciphered".
const ASIDE =
  /[*]|,?\s*(?:for (?:his|her|its|their) part|in (?:an?|his|her|their) (?:interview|comment|commentary|op-ed|statement|column) (?:with|for|to|in) [^,]+|in (?:an?|his|her|its|their) (?:[a-z-]+ ){0,2}(?:address|speech|broadcast|statement|interview|message|video|post|letter|briefing|press conference|news conference|review|report|ruling|judgment|filing|note|submission|response|reply|decision|readout|communiqu[ée])(?: [^,]+)?|speaking (?:to|with|at|in|on|during|after|before) [^,]+|addressing [^,]+|during (?:an?|the|his|her|its|their) [^,]+)\s*(?=,|$)/gi;
// ", who was not invited to Riyadh,": a relative clause's names do not speak the main clause's verb.
const RELATIVE_CLAUSE = /,\s*(?:who|whom|whose|which|where)\b[^,]*,/gi;
// ", in a statement by his Chief Press Secretary, Onuche Peters,": the aide through whom the subject
// speaks is not the speaker.
const THROUGH_AN_AIDE =
  /,\s*in\s+an?\s+(?:[\p{Ll}-]+\s+)?(?:statement|release|post|message|letter)\s+(?:issued\s+|signed\s+)?by\s+(?:his|her|its|their)\s+[^,]+,\s*[^,]+,/giu;
// ", who serves as Secretary for Investments, Trade and Industry,": a list of names inside it.
const RELATIVE_CLAUSE_WITH_LIST =
  /,\s*(?:who|whom|whose|which|where)\b[^,]*(?:,\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)+,?\s+(?:and|or)\s+\p{Lu}[^,]*,/gu;
const PRONOUN_BEFORE =
  /\b(he|she|(?<=the\s+)latter|(?<=the\s+)former)\s+(?:(?:also|then|later|has|had|have|previously|again|nonetheless|nevertheless|however|still|since|\p{L}+ly)\s+)*$/iu;
// "It said", "It also warned": only as the sentence's subject, where "it" is an actor, not a report.
const IT_BEFORE = /^(?:[\p{L}\s,]{0,30},\s*)?[Ii]t\s+(?:(?:also|then|later|has|had|previously|again)\s+)*$/u;

/** Mentions that can speak: not descriptions of others, not places, not "US" in "US officials". */
const canSpeak = (mention: Mention) =>
  !mention.inQuote && !mention.inRole && !mention.modifier && !mention.locative && !mention.populace;

/** The text between a speaker and its verb, with the speaker's own description removed. */
function gapWithoutRoles(analysis: SentenceAnalysis, from: number, to: number): string {
  // A relative clause with a list in it goes first: the role inside it would break it up.
  let gap = analysis.sentence.text
    .slice(from, to)
    .replace(RELATIVE_CLAUSE_WITH_LIST, "")
    .replace(THROUGH_AN_AIDE, ",");
  for (const role of analysis.roles.values())
    if (role.start >= from && role.end <= to)
      gap = gap.replace(analysis.sentence.text.slice(role.start, role.end), "");
  return (
    gap
      .replace(/\([^)]*\)/g, "")
      // "Eurofer, the European steel association, said", "IG Metall, Germany's largest union,
      // said": what the speaker is, set off by commas.
      .replace(/^(?:\s*,)+\s*(?:the|an?|\p{Lu}[\p{L}.-]*['’]s?)\s+[^,]{1,80},/iu, ",")
      // "Brazil's foreign ministry, known as Itamaraty, said": another name for the speaker.
      .replace(/,\s*(?:also |better |locally |widely )?known (?:locally )?as [^,]+,/giu, " ")
      // "The Pakistan Tehreek-e-Insaf (PTI) party has written": what kind of body the speaker is.
      .replace(
        /^\s*(?:party|group|movement|alliance|coalition|bloc|union)\b(?:\s+of\s+[^,]*?)?(?=\s+(?:has|have|had|also|\p{L}+ed|said|says)\b|\s*$)/u,
        "",
      )
      // "The Chinese embassy in Nairobi said": where the speaker is, not what comes between; "Nomsa
      // Dlamini of Anchor Capital said": the body the speaker belongs to.
      .replace(/\s(?:in|from|of|at)\s+\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)*/gu, " ")
      .replace(ASIDE, "")
      .replace(RELATIVE_CLAUSE, "")
  );
}

// Words that may stand between a speaker and the verb: auxiliaries, adverbs, and when it was said.
const GAP_OK =
  /^[\s,]*(?:(?:has|have|had|also|later|then|again|once again|for (?:his|her|its|their) part|explicitly|clearly|officially|reportedly|publicly|himself|herself|itself|who|further|previously|repeatedly|already|is|was|are|were|will|would|finally|first|recently|earlier|yesterday|today|(?:on|last|this|late|early|next) (?:\p{L}+day|week|month|year|night|morning|afternoon|evening)|(?:on )?\p{L}+day (?:morning|afternoon|evening|night)|\p{L}+ly)[\s,]+)*$/iu;

// "Macron's spokesman said", "the ministry's press office said", "the group's military spokesman
// said": the voice of the one named.
const SPOKESPERSON_OF =
  /^['’]s?\s+(?:(?:chief|official|main|deputy|military|foreign|senior|political|top|interim|transitional)\s+)?(?:spokes(?:man|woman|person)|press (?:secretary|office|service)|office|government|authorities|administration|junta)\b/i;

/**
 * A regular expression's source: unnamed analysts of a firm named next ("analysts at Halden said"),
 * or unnamed members of a party ("opposition politicians from the pro-Russian Party of Socialists").
 */
export const ANALYSTS_OF = String.raw`(?:analysts?|economists?|strategists?|researchers?|(?:opposition\s+)?(?:politicians|lawmakers|legislators))\s+(?:at|from|with|of)\s+(?:the\s+)?`;
const ANALYSTS_AT = new RegExp(`\\b${ANALYSTS_OF}$`, "i");

// "sued Acme", "(ASIC) on Wednesday sued wealth manager Acme", "opened an in-depth investigation
// into U.S. chipmaker Acme": a verb in the past, then its object or what it did to it.
const ACTED_ON =
  /^\s*(?:\([^)]*\)\s*)?(?:(?:on\s+\p{Lu}\p{Ll}+|also|then|later)\s+)*\p{Ll}+ed\s+(?:(?!that\b)[\p{L}.-]+\s+){0,6}$/u;
// A clause of its own inside: another subject or verb joined by a semicolon or ", and".
const CLAUSE_OF_ITS_OWN = /;|,\s+(?:and|but|while|which|who)\b/;
// "was accused", "has been warned", "were told": the verb's subject is the one spoken to or about.
const PASSIVE = /\b(?:is|was|are|were|been|being)\s+(?:\p{L}+ly\s+)?$/iu;
// "accused by the Kremlin", "told by Scholz's office": who spoke, right after the verb.
const AGENT = /^\s+by\s+(?:the\s+)?$/i;

// "Senator Rosa Pinto, of the Green Party, accused": the body a person belongs to, set after the name.
// "Jane Roe of Acme said", "Mariyam Nahula, now a senior leader of the MDP, said": a body in the
// description of the person before it, who speaks.
// "Rep. X of the ruling Democratic Party said": words of the body's kind may stand before its name.
const AFFILIATION =
  /^\s*,?\s+(?:of|from)\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$|^\s*,\s+(?:now\s+|also\s+|currently\s+)?(?:a|an|the)\s+[^,;()]{1,60}?\s+(?:of|at|for|with)\s+(?:the\s+)?$/iu;

/** '"...," said Associate Professor X', 'said Foreign Minister X': a title between verb and name. */
function isTitleBetween(gap: string): boolean {
  const words = gap.trim().split(/\s+/);
  return (
    /^\s/.test(gap) &&
    words.length <= 6 &&
    words.some(
      (word) => NAME_TITLES.has(word.toLowerCase().replace(/\.$/, "")) || ROLE_NOUNS.has(word.toLowerCase()),
    ) &&
    words.every(
      (word) =>
        /^\p{Lu}/u.test(word) ||
        TITLE_MODIFIERS.has(word) ||
        ROLE_NOUNS.has(word) ||
        /^(?:of|for|the|and)$/.test(word),
    )
  );
}

const LIST_JOINT = /^\s*(?:,|,?\s+and)\s+(?:the\s+)?$/;

/**
 * The speakers listed before the last one, of its kind: "France, Germany and | Britain said",
 * "President A and Prime Minister | B condemned" (the roles set aside).
 */
function listedBefore(last: Mention, speakers: readonly Mention[], analysis: SentenceAnalysis): Mention[] {
  const listed: Mention[] = [];
  let next = last;
  for (const m of speakers.filter((other) => other.end <= last.start).reverse()) {
    const joint = gapWithoutRoles(analysis, m.end, next.start);
    // The last two of a list are joined by "and": ", the company said" lists no one.
    if (m.kind !== last.kind || !LIST_JOINT.test(joint) || (next === last && !/\band\b/.test(joint))) break;
    if (m.key !== last.key) listed.push(m);
    next = m;
  }
  return listed;
}

/**
 * The speaker before a verb: the last of the mentions, or the person whose organisation it names
 * ("X of the Y Party said"), with where the words between speaker and verb begin.
 */
function speakerBefore(mentions: readonly Mention[], text: string): { speaker?: Mention; gapFrom: number } {
  const last = mentions.at(-1);
  const member = mentions.at(-2);
  const affiliated =
    last?.kind === "organization" &&
    member?.kind === "person" &&
    AFFILIATION.test(text.slice(member.end, last.start));
  // "The IOM, the United Nations migration agency, welcomed": a body named inside the description
  // of the one before it.
  const described =
    last?.kind === "organization" &&
    member !== undefined &&
    member.kind !== "person" &&
    DESCRIBED_AS.test(text.slice(member.end, last.start));
  // The description ends at its comma; what stands between it and the verb is the gap.
  const descriptionEnd = described && last ? text.indexOf(",", last.end) : -1;
  return {
    speaker: affiliated || described ? member : last,
    gapFrom: descriptionEnd >= 0 ? descriptionEnd + 1 : (last?.end ?? 0),
  };
}
const DESCRIBED_AS = /^\s*(?:\([^)]*\))?\s*,\s+(?:the|an?)\s+$/;

export function findSpeeches(analysis: SentenceAnalysis, mentions: readonly Mention[]): Speech[] {
  const text = analysis.sentence.text;
  const speeches: Speech[] = [];
  const clauses = [...text.matchAll(RELATIVE_CLAUSE), ...text.matchAll(THROUGH_AN_AIDE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const inClause = (m: Mention) => clauses.some((clause) => m.start > clause.start && m.end < clause.end);
  const speakers = mentions.filter((m) => canSpeak(m) && m.kind !== "media" && !inClause(m));
  for (const verb of text.matchAll(SPEECH_VERB)) {
    if (isInsideQuote(analysis.quotes, verb.index)) continue;
    // "wrote for a website", "writes for the Herald": a writer's work, not a statement.
    if (/^(?:writ|wrote)/i.test(verb[0]) && /^\s+for\b/i.test(text.slice(verb.index + verb[0].length)))
      continue;
    // "the court ruled that ..." is a statement; "a country ruled by the army" is none.
    if (/^rule/i.test(verb[0]) && /^\s+(?:by|over)\b/i.test(text.slice(verb.index + verb[0].length)))
      continue;
    // "Interfax quoted Scholz as saying", "Scholz was quoted as saying": the one quoted speaks.
    if (/^saying$/i.test(verb[0]) && /\bas\s+$/i.test(text.slice(0, verb.index))) {
      const quotedOne = speakers.filter((m) => m.end <= verb.index && m.kind !== "media").at(-1);
      const gap = quotedOne ? text.slice(quotedOne.end, verb.index) : "";
      // "Park was quoted by his office as saying": whoever quotes, the one quoted speaks.
      if (
        quotedOne &&
        /^\s+(?:(?:was|were|is|has been|had been)\s+)?(?:quoted\s+)?(?:by\s+[^,]{1,40}?\s+)?as\s+$/i.test(gap)
      )
        speeches.push({ speaker: quotedOne, verb: "saying", at: verb.index });
      continue;
    }
    // ", demanding ..." continues the sentence's main speaker rather than the nearest name; with
    // none, the subject of the clause it hangs on ("Morrison defended the policy, saying ...").
    if (/ing$/i.test(verb[0]) && /,\s*$/.test(text.slice(0, verb.index))) {
      const main = speeches.at(-1);
      const subject = speakers.find((m) => m.end <= verb.index && !m.possessive);
      // "On Saturday she spoke with X, telling him ...": a pronoun before any name is the subject.
      const pronoun = /\b(he|she)\b/i.exec(text.slice(0, subject?.start ?? verb.index))?.[1]?.toLowerCase();
      if (main) speeches.push({ ...main, verb: verb[0].toLowerCase(), at: verb.index });
      else if (pronoun === "he" || pronoun === "she")
        speeches.push({ speaker: pronoun, verb: verb[0].toLowerCase(), at: verb.index });
      else if (subject) {
        // "The commission sued Acme, alleging that ...", "opened an investigation into Acme's
        // takeover of Brightfield, saying ...": those the subject acted on are what it says.
        const objects = mentions.filter(
          (m) => m.start > subject.end && m.end <= verb.index && !m.inQuote && !m.inRole && !m.modifier,
        );
        const first = objects[0];
        const acted =
          first !== undefined &&
          ACTED_ON.test(text.slice(subject.end, first.start)) &&
          !CLAUSE_OF_ITS_OWN.test(text.slice(subject.end, verb.index).replace(/,\s*$/, ""));
        speeches.push({
          speaker: subject,
          verb: verb[0].toLowerCase(),
          at: verb.index,
          ...(acted ? { about: objects } : {}),
        });
      }
      continue;
    }
    // "analysts at Halden Securities wrote": the firm speaks through its unnamed analysts.
    const firm = mentions
      .filter((m) => m.kind === "organization" && m.end <= verb.index && !m.inQuote && !m.inRole)
      .find((m) => ANALYSTS_AT.test(text.slice(0, m.start)) && GAP_OK.test(text.slice(m.end, verb.index)));
    if (firm) {
      speeches.push({ speaker: firm, verb: verb[0].toLowerCase(), at: verb.index });
      continue;
    }
    const { speaker: before, gapFrom } = speakerBefore(
      speakers.filter((m) => m.end <= verb.index && !m.possessive),
      text,
    );
    const end = verb.index + verb[0].length;
    const gap = before ? gapWithoutRoles(analysis, gapFrom, verb.index) : "";
    const spokenFor = speakers.filter((m) => m.end <= verb.index && m.possessive).at(-1);
    const spokesperson = spokenFor && SPOKESPERSON_OF.exec(text.slice(spokenFor.end));
    if (
      spokenFor &&
      spokesperson &&
      (!before || before.start < spokenFor.start) &&
      GAP_OK.test(gapWithoutRoles(analysis, spokenFor.end + spokesperson[0].length, verb.index))
    ) {
      speeches.push({ speaker: spokenFor, verb: verb[0].toLowerCase(), at: verb.index });
      continue;
    }
    if (before && GAP_OK.test(gap)) {
      // "Macron was accused by Scholz": the one after "by" speaks, about the subject; with no one
      // named after "by", nobody the sentence names said it.
      if (PASSIVE.test(gap) && /(?:ed|told|said|written)$/i.test(verb[0])) {
        const agent = speakers.find((m) => m.start >= end && AGENT.test(text.slice(end, m.start)));
        if (agent)
          speeches.push({ speaker: agent, verb: verb[0].toLowerCase(), at: verb.index, about: [before] });
        continue;
      }
      speeches.push({ speaker: before, verb: verb[0].toLowerCase(), at: verb.index });
      // "Mali, Burkina Faso and Niger announced": each one listed with the speaker speaks.
      for (const member of listedBefore(before, speakers, analysis))
        speeches.push({ speaker: member, verb: verb[0].toLowerCase(), at: verb.index });
      continue;
    }
    const after = speakers.find(
      (m) => m.start >= end && (m.start - end <= 2 || isTitleBetween(text.slice(end, m.start))),
    );
    // '"...," said Scholz.' or ', said Scholz, a professor': the name ends the clause; in ", said
    // Putin had failed" it opens what was said.
    // "said Jane Roe of Acme Capital.": the body the speaker belongs to may close the clause with them.
    const endsClause =
      after !== undefined &&
      /^(?:['’]s?)?(?:\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+(?:(?:of|for|and)\s+)?(?:the\s+)?\p{Lu}[\p{L}.'’&-]*)*)?\s*(?:[,.;:(”"]|$)/u.test(
        text.slice(after.end),
      );
    if (after && endsClause && /[”",]\s*$/.test(text.slice(0, verb.index))) {
      speeches.push({ speaker: after, verb: verb[0].toLowerCase(), at: verb.index });
      continue;
    }
    const pronoun = PRONOUN_BEFORE.exec(text.slice(0, verb.index))?.[1]?.toLowerCase();
    if (pronoun === "he" || pronoun === "she" || pronoun === "latter" || pronoun === "former")
      speeches.push({ speaker: pronoun, verb: verb[0].toLowerCase(), at: verb.index });
    else if (IT_BEFORE.test(text.slice(0, verb.index)))
      speeches.push({ speaker: "it", verb: verb[0].toLowerCase(), at: verb.index });
  }
  for (const cue of text.matchAll(ACCORDING_TO)) {
    const end = cue.index + cue[0].length;
    // "according to a statement from Wanjala's office": the office speaks for the one named.
    const speaker = speakers.find(
      (m) =>
        m.start >= end && m.start - end <= 40 && (!m.possessive || SPOKESPERSON_OF.test(text.slice(m.end))),
    );
    if (speaker && !isInsideQuote(analysis.quotes, cue.index))
      speeches.push({ speaker, verb: "according to", at: cue.index });
  }
  return speeches;
}
