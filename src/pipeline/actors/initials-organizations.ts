import { SPEECH_STEMS } from "../lexicon/speech-verbs";
import { NEVER_NAMES } from "../lexicon/words";
import type { Token } from "../text/tokens";
import type { OrganizationSpan } from "./organizations";

/**
 * Organisations known only by their initials, which the text treats as bodies: "CADE said",
 * "Consumer group BEUC welcomed", "the GMB union", "the opposition party AUR, which has ..., said".
 * Initials the knowledge file holds ("NATO") win over these where the caller registers them;
 * initials a text defines ("the Northern Fisheries Authority (NFA)") are read with the full name.
 */

// Two to six capitals, or two such parts joined by a hyphen ("CPN-UML").
const INITIALS = /^\p{Lu}{2,6}$/u;

// "consumer group BEUC", "the opposition party AUR": what kind of body the initials name.
const BODY_KINDS =
  "group|party|union|regulator|watchdog|association|federation|council|commission|authority|coalition|alliance|movement";
const KIND_BEFORE = new RegExp(
  `\\b(?:${BODY_KINDS}|body|company|firm|lender|insurer|operator|organi[sz]ation|institute)\\s+$`,
  "i",
);

// "the GMB union", "the CHP party": the kind written after the initials.
const KIND_AFTER = new RegExp(`^\\s+(?:${BODY_KINDS}|militia|rebels)\\b`, "i");

const OUTLET_BEFORE =
  /\b(?:news agency|agency|broadcaster|newspaper|daily|television|tv|radio|channel|outlet|network)\s+$/i;

// "CADE said", "AUR, which has criticised ..., said", "CADE on Wednesday warned": a body that speaks.
const SPEAKS_AFTER = new RegExp(
  String.raw`^(?:\s*\([^)]*\))?(?:\s*,[^,]{1,120},)?\s+(?:(?:has|have|had|also|later|then|on\s+\p{L}+day)\s+)*(?:${SPEECH_STEMS.join("|")})\b`,
  "iu",
);

export function initialsOrganizations(sentence: string, tokens: readonly Token[]): OrganizationSpan[] {
  const spans: OrganizationSpan[] = [];
  for (let from = 0; from < tokens.length; from++) {
    const first = tokens[from] as Token;
    if (!INITIALS.test(first.text) || NEVER_NAMES.has(first.lower)) continue;
    let to = from + 1;
    const next = tokens[to];
    if (next && INITIALS.test(next.text) && sentence.slice(first.end, next.start) === "-") to++;
    const last = tokens[to - 1] as Token;
    // Part of a longer name ("Kenya LSK", "LSK Council") is that name's business.
    const previous = tokens[from - 1];
    const after = tokens[to];
    if (
      previous?.isCapitalized &&
      previous.lower !== "the" &&
      /^\s$/.test(sentence.slice(previous.end, first.start))
    )
      continue;
    if (after?.isCapitalized && /^\s$/.test(sentence.slice(last.end, after.start))) continue;
    const before = sentence.slice(0, first.start);
    const speaks = !last.possessive && SPEAKS_AFTER.test(sentence.slice(last.end));
    // "told the state news agency MTI": an outlet, which the media finder reads, unless it speaks.
    const kindAfter = !last.possessive && KIND_AFTER.test(sentence.slice(last.end));
    if (!speaks && !kindAfter && (OUTLET_BEFORE.test(before) || !KIND_BEFORE.test(before))) continue;
    spans.push({ from, to, label: sentence.slice(first.start, last.end), acronym: null });
    from = to - 1;
  }
  return spans;
}
