import { MEDIA_DESCRIPTORS, MEDIA_NAME_WORDS } from "../lexicon/words";
import { foldName, slugify } from "../text/normalize";
import { stripArticle, type Gazetteer, type KnownMatch } from "./gazetteer";
import type { Token } from "../text/tokens";

/** An outlet named where a sentence cites it: "told Vox", "in a comment for https://360tv.ru/". */
export interface MediaMention {
  key: string;
  label: string;
  /** Character span in the sentence. */
  start: number;
  end: number;
  known: boolean;
}

const CITATION_CUE =
  /\b(?:told|tells|telling|interview(?:ed)?\s+(?:with|by|to|for)|(?:comment|commentary|remarks?|op-ed|column|article|statement)\s+(?:for|to|in)|on(?:\s+the)?\s+air\s+of|speaking\s+(?:to|with|on)|spoke\s+(?:to|with)|writing\s+(?:in|for)|wrote\s+in|quoted\s+(?:as\s+saying\s+)?by|reported\s+by|published\s+(?:on\s+\w+\s+)?(?:by|in)|asked\s+by|carried\s+by|comments?\s+to)\s+/gi;
const DOMAIN =
  /^(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+(?:ru|com|net|org|ua|info|tv|fm|news|[a-z]{2}))\b\/?/i;
const LEAD_IN = /^(?:[Tt]he\s+)?(?:[\p{Lu}][\p{L}.]*['’]s\s+)?/u;
// "the Wall Street Journal Thursday reported": the outlet as the subject of a reporting verb.
const REPORTING_VERB_AFTER = String.raw`\s+(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?(?:has\s+|had\s+)?(?:reported|reports|quoted|quotes|wrote|writes|cited|cites)\b`;
const REPORTING_OUTLET = new RegExp(`^${REPORTING_VERB_AFTER}`, "i");

// "Kyodo News", "TV 2": capitalised words, and a channel's number after them; "L'Orient Today",
// "RFE/RL": an apostrophe or a slash inside a word, before a capital.
const NAME_WORD = String.raw`[\p{Lu}](?:[\p{L}\p{N}&.-]|['’/](?=\p{Lu}))*`;
const CAPITALISED_RUN = new RegExp(
  String.raw`^(?:the\s+)?(${NAME_WORD}(?:\s+${NAME_WORD}){0,4}(?:\s+\p{N}{1,2}\b)?)`,
  "u",
);
// "an interview with Dawn published on Wednesday": what is published or aired is an outlet's.
const PUBLISHED_AFTER = /^\s+(?:that\s+|which\s+)?(?:was\s+)?(?:published|aired|broadcast|printed|carried)\b/;
// "told The National in an interview": who gives an interview gives it to an outlet.
const INTERVIEW_AFTER = /^\s+(?:in|during)\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}interview\b/u;

/**
 * An outlet the knowledge file does not know, named right after a cue: a name with a media word
 * ("told Kyodo News") or an acronym ("Speaking to NHK"), which is not a known actor of another kind.
 */
function unknownOutletAt(
  sentence: string,
  at: number,
  tokens: readonly Token[],
  known: readonly KnownMatch[],
  articleSource: string | null,
) {
  const run = CAPITALISED_RUN.exec(sentence.slice(at));
  if (!run) return null;
  const label = (run[1] as string).replace(/[.]$/, "");
  const start = at + run[0].length - (run[1] as string).length;
  const end = start + label.length;
  if (
    known.some(
      (match) => (tokens[match.from] as Token).start < end && (tokens[match.to - 1] as Token).end > start,
    )
  )
    return null;
  const words = label.split(/\s+/);
  const acronym = words.length === 1 && /^\p{Lu}{2,6}(?:\/\p{Lu}{2,6})?$/u.test(label);
  // The outlet that published the article, as its manifest names it: "told Meridian by telephone".
  const ownOutlet = articleSource !== null && sameOutlet(label, articleSource);
  const published = PUBLISHED_AFTER.test(sentence.slice(end)) || INTERVIEW_AFTER.test(sentence.slice(end));
  if (!acronym && !ownOutlet && !published && !hasMediaNameWord(label)) return null;
  if (ownOutlet) return ownOutletAt(articleSource, start, start + stripArticle(articleSource).length);
  return { key: slugify(label), label, start, end, known: false };
}

/** A name with a word that marks an outlet's ("Kyodo News", "Army Radio"). */
export const hasMediaNameWord = (label: string) =>
  label.split(/\s+/).some((word) => MEDIA_NAME_WORDS.has(word.toLowerCase()));

/**
 * Where the outlet's name starts after "the German magazine" or "Britain's", and whether a descriptor
 * said so; a capitalised descriptor is part of the name ("Radio Lumen", "Swedish Radio").
 */
function nameAfterLeadIn(text: string): { offset: number; described: boolean } {
  const lead = LEAD_IN.exec(text)?.[0] ?? "";
  const words = text.slice(lead.length).split(/\s+/).slice(0, 4);
  let offset = lead.length;
  for (let i = 0; i < words.length - 1; i++) {
    const word = words[i] as string;
    const descriptor = MEDIA_DESCRIPTORS.has(word.toLowerCase());
    // "Radio Lumen" is named from "Radio"; "Swedish Radio", with no name after it, from the start.
    if (descriptor && /^\p{Lu}/u.test(word))
      return { offset: /^\p{Lu}/u.test(words[i + 1] ?? "") ? offset : lead.length, described: true };
    offset += word.length + 1;
    // "told DZMM radio on Sunday": a descriptor after the name, with no other name following it.
    if (descriptor && i > 0 && !/^\p{Lu}/u.test(words[i + 1] ?? "") && /^\p{Lu}/u.test(words[0] ?? ""))
      return { offset: lead.length, described: true };
    if (descriptor) return { offset, described: true };
  }
  return { offset: lead.length, described: false };
}

// "ABC's AM program", "the BBC's Today programme": a programme named after the outlet that airs it.
const PROGRAMME_OF =
  /^(?:the\s+)?(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3})['’]s\s+["“]?\p{Lu}[^,;."”]{0,40}["”]?\s+(?:program|programme|show)\b/u;

/** "Meridian" and "The Meridian" are one outlet; the run after a cue may carry more words. */
function sameOutlet(run: string, source: string): boolean {
  const own = slugify(stripArticle(source));
  const found = slugify(run);
  return found === own || found.startsWith(`${own}-`);
}

// "Niger's state broadcaster Télé Sahel reported that", "the daily El Heraldo quoted": an outlet
// the text introduces by what it is, as the subject of a reporting verb.
const DESCRIBED_REPORTER = new RegExp(
  `\\b(?:${[...MEDIA_DESCRIPTORS].join("|")})\\s+((?:[Tt]he\\s+)?\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&'’.-]*){0,4})(?=${REPORTING_VERB_AFTER})`,
  "gu",
);

/** Outlets a described name reports in: "state broadcaster Télé Sahel reported that ...". */
function describedReporters(
  sentence: string,
  tokens: readonly Token[],
  known: readonly KnownMatch[],
  gazetteer: Gazetteer,
): MediaMention[] {
  const found: MediaMention[] = [];
  for (const match of sentence.matchAll(DESCRIBED_REPORTER)) {
    const label = stripArticle(match[1] as string);
    const start = (match.index ?? 0) + match[0].length - label.length;
    const end = start + label.length;
    const otherActor = known.some((knownMatch) => {
      const first = tokens[knownMatch.from] as Token;
      const last = tokens[knownMatch.to - 1] as Token;
      return first.start < end && last.end > start && gazetteer.entries.get(knownMatch.key)?.kind !== "media";
    });
    if (!otherActor) found.push({ key: slugify(label), label, start, end, known: false });
  }
  return found;
}

// "told our reporter", "speaking to this newspaper": the outlet that published the article.
const OWN_OUTLET_CUE =
  /\b(?:told|tells|telling|speaking\s+(?:to|with)|spoke\s+(?:to|with)|in\s+an\s+interview\s+with)\s+((?:our|this)\s+(?:reporter|correspondent|newspaper|paper|publication|website|newsroom))\b/gi;

/** The article's own outlet where the sentence says the person spoke to it. */
function ownOutletCited(sentence: string, articleSource: string | null): MediaMention[] {
  if (!articleSource) return [];
  return [...sentence.matchAll(OWN_OUTLET_CUE)].map((cue) => {
    const end = cue.index + cue[0].length;
    return ownOutletAt(articleSource, end - (cue[1] as string).length, end);
  });
}

/** The outlet that published the article, as its manifest names it, cited over [start, end). */
function ownOutletAt(articleSource: string, start: number, end: number): MediaMention {
  const own = stripArticle(articleSource);
  return { key: slugify(own), label: own, start, end, known: false };
}

/** Outlets named after a citation cue, whether the knowledge file knows them or not. */
export function findCitedMedia(
  sentence: string,
  tokens: readonly Token[],
  known: readonly KnownMatch[],
  gazetteer: Gazetteer,
  articleSource: string | null = null,
): MediaMention[] {
  const found: MediaMention[] = [];
  for (const cue of sentence.matchAll(CITATION_CUE)) {
    const after = cue.index + cue[0].length;
    const domain = DOMAIN.exec(sentence.slice(after));
    if (domain) {
      const label = (domain[1] as string).toLowerCase();
      found.push({ key: slugify(label), label, start: after, end: after + domain[0].length, known: false });
      continue;
    }
    // "told ABC's AM program": the outlet whose programme it is, not the programme.
    const programme = PROGRAMME_OF.exec(sentence.slice(after));
    const owner = programme?.[1] ?? "";
    // A country's ("Britain's") is a lead-in, and a known outlet's is read below.
    if (programme && !gazetteer.aliases.has(foldName(owner))) {
      const start = sentence.indexOf(owner, after);
      found.push({ key: slugify(owner), label: owner, start, end: start + owner.length, known: false });
      continue;
    }
    // Skip "the German magazine", "Britain's", then take the outlet's name.
    const lead = nameAfterLeadIn(sentence.slice(after));
    const nameStart = after + lead.offset;
    const knownHere = known.find((match) => {
      const token = tokens[match.from];
      const near = token !== undefined && token.start >= after && token.start <= nameStart + 2;
      return near && gazetteer.entries.get(match.key)?.kind === "media";
    });
    const entry = knownHere ? gazetteer.entries.get(knownHere.key) : undefined;
    if (knownHere && entry) {
      const first = tokens[knownHere.from] as Token;
      const last = tokens[knownHere.to - 1] as Token;
      found.push({ key: entry.key, label: entry.label, start: first.start, end: last.end, known: true });
      continue;
    }
    if (!lead.described) {
      const outlet = unknownOutletAt(sentence, after, tokens, known, articleSource);
      if (outlet) {
        found.push(outlet);
        continue;
      }
      const trailing =
        /^((?:[\p{Lu}][\p{L}\p{N}&.-]*\s){1,4})(?:radio|tv|newspaper|magazine|channel|daily|broadcaster)\b/u.exec(
          sentence.slice(after),
        );
      if (!trailing) continue;
      const label = (trailing[1] as string).trim();
      found.push({ key: slugify(label), label, start: after, end: after + label.length, known: false });
      continue;
    }
    const name =
      /^(?:[\p{Lu}][\p{L}\p{N}&.-]*)(?:\s+(?:[\p{Lu}][\p{L}\p{N}&.-]*|\p{N}{1,2}\b|of|the|de|der|di|la|le))*/u.exec(
        sentence.slice(nameStart),
      );
    if (!name) continue;
    const label = name[0].replace(/\s+(?:of|the|de|der|di|la|le)$/, "").replace(/[.]$/, "");
    found.push({ key: slugify(label), label, start: nameStart, end: nameStart + label.length, known: false });
  }
  for (const outlet of describedReporters(sentence, tokens, known, gazetteer))
    if (!found.some((other) => other.start < outlet.end && other.end > outlet.start)) found.push(outlet);
  for (const match of known) {
    const entry = gazetteer.entries.get(match.key);
    const first = tokens[match.from];
    const last = tokens[match.to - 1];
    if (entry?.kind !== "media" || !first || !last || !REPORTING_OUTLET.test(sentence.slice(last.end)))
      continue;
    if (!found.some((outlet) => outlet.key === entry.key))
      found.push({ key: entry.key, label: entry.label, start: first.start, end: last.end, known: true });
  }
  return [...found, ...ownOutletCited(sentence, articleSource)];
}
