import type { Mention } from "../actors/mentions";
import type { SentenceAnalysis } from "../actors/recognize";
import { SPEECH_STEMS } from "../lexicon/speech-verbs";
import { SPOKESPERSONS } from "../lexicon/words";
import type { ResolvedSpeech } from "./sentence-reading";

// "the ministry said Minister Kang had": what may stand between a relay's verb and the person whose
// words it passes on (a "that", the person's title).
const BETWEEN_VERB_AND_PERSON = /^\s*(?:that\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
// '"Minister Kang expressed ...," the ministry said': the words open with the person, after an
// opening quotation mark, a short opening phrase and their title.
const OPENING_BEFORE_PERSON = /^(?:[^,“"]{0,40},\s*)?[“"‘]?\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
// "Kang had expressed", "Putin also urged": the person's own verb of speech.
const OWN_SPEECH = new RegExp(
  String.raw`^\s+(?:(?:had|has|have|also|again|further|then|once again)\s+)*(${SPEECH_STEMS.join("|")})\b`,
  "i",
);

// "Kremlin spokesman X", "X, a spokeswoman for the ministry": one whose job is to pass words on.
const VOICE_BEFORE = new RegExp(String.raw`\b(?:${SPOKESPERSONS})\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}$`, "iu");
const VOICE_AFTER = new RegExp(
  String.raw`^\s*,\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{Ll}-]+\s+)?(?:${SPOKESPERSONS})\b`,
  "iu",
);

/**
 * An organisation or a country speaking, or a spokesperson: a voice that may pass on what its
 * people said.
 */
const isRelay = (speech: ResolvedSpeech["speech"], text: string) =>
  typeof speech.speaker === "string"
    ? speech.speaker === "it"
    : speech.speaker.kind === "organization" ||
      speech.speaker.kind === "country" ||
      (speech.speaker.kind === "person" &&
        (VOICE_BEFORE.test(text.slice(Math.max(0, speech.speaker.start - 60), speech.speaker.start)) ||
          VOICE_AFTER.test(text.slice(speech.speaker.end))));

/**
 * Where a speech's words end when they stand before its speaker: '"...," said the ministry' (the
 * verb first), '..., the Kremlin said.' (the speaker after the words' comma, nothing after the
 * verb but where or how it was said); null when they follow the verb.
 */
function wordsEndBefore(speech: ResolvedSpeech["speech"], text: string): number | null {
  if (typeof speech.speaker === "string") return null;
  if (speech.speaker.start > speech.at) return speech.at;
  const trailing =
    /[,”"]\s*(?:the\s+)?$/i.test(text.slice(0, speech.speaker.start)) &&
    /^[^,;:“"]{0,40}$/.test(text.slice(speech.at + speech.verb.length).replace(/[.!?”"]+\s*$/, ""));
  return trailing ? speech.speaker.start : null;
}

/**
 * A body (or a spokesperson) that passes on what one of its own people said or did does not speak
 * itself: in "The Kremlin said Putin urged both leaders to ...", "Putin urged both leaders to ...,
 * the Kremlin said" and '"Minister Kang expressed concern that ...," the ministry said', the words
 * are the person's, and the body is only the channel they came through (a reader credits them to
 * the person, as the call a readout reports is the leaders' and not the ministry's). Such a speech
 * is dropped; where the person's own verb stands inside the quotation, and so was not read as a
 * speech, it is added as theirs, over the same words.
 */
export function creditRelayedSpeech(
  resolved: readonly ResolvedSpeech[],
  mentions: readonly Mention[],
  analysis: SentenceAnalysis,
  sameSide: (person: string, body: string) => boolean,
): ResolvedSpeech[] {
  const text = analysis.sentence.text;
  const added: ResolvedSpeech[] = [];
  const relays = new Set<ResolvedSpeech>();
  for (const relay of resolved) {
    const { speech } = relay;
    if (!isRelay(speech, text)) continue;
    const endsBefore = wordsEndBefore(speech, text);
    const before = endsBefore !== null;
    const contentFrom = before ? 0 : speech.at + speech.verb.length;
    const contentTo = endsBefore ?? relay.scopeEnd;
    const person = mentions.find(
      (m) => m.start >= contentFrom && m.end <= contentTo && !m.inRole && !m.modifier && !m.locative,
    );
    if (person?.kind !== "person" || person.possessive || !sameSide(person.key, relay.speaker)) continue;
    const opening = text.slice(contentFrom, person.start);
    if (!(before ? OPENING_BEFORE_PERSON : BETWEEN_VERB_AND_PERSON).test(opening)) continue;
    // The person's words, or what they did or will do ("X is due to meet Y, the ministry said").
    relays.add(relay);
    const ownSpeech = resolved.some(
      (other) => other !== relay && other.speaker === person.key && other.speech.at > person.start,
    );
    const verb = OWN_SPEECH.exec(text.slice(person.end, contentTo));
    if (ownSpeech || !verb?.[1] || !person.inQuote) continue;
    added.push({
      speech: {
        speaker: person,
        verb: verb[1].toLowerCase(),
        at: person.end + verb[0].length - verb[1].length,
      },
      speaker: person.key,
      scopeEnd: contentTo,
    });
  }
  return [...resolved.filter((speech) => !relays.has(speech)), ...added];
}
