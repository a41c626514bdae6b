import type { Speech } from "./speech";
import { statementSubtype } from "./statements";

// "rejected the accusation", "dismissed that account", "disputed his explanation": words that answer
// what someone said before, named by what it was, not by who said it.
const ANSWER =
  /^\s+(?:(?:the|that|this|these|those|his|her|their|its|such)\s+)(?:[\p{Ll}-]+\s+){0,2}?(?:accusations?|criticisms?|claims?|account|allegations?|charges?|explanation|remarks|comments|statements?|letter|report|suggestions?|characteri[sz]ation|assertions?|assessment|version)\b/u;

/**
 * Whom a speech answers when it rejects or disputes what was said before ("Tanzania's spokesman
 * rejected the accusation"): the last speaker of an earlier sentence who is not this one, or null
 * when the speech answers nothing, or no one spoke before.
 */
export function answered(
  text: string,
  speech: Speech,
  speaker: string,
  earlierSpeakers: readonly string[],
): string | null {
  // "rejected", "dismissed", "disputed", "denied": the verbs of a denial.
  const denial =
    statementSubtype(speech.verb) === "denial" && ANSWER.test(text.slice(speech.at + speech.verb.length));
  // "In response, X said", "X hit back": an answer by its very form, to whoever spoke before.
  const reply = IN_REPLY.test(text.slice(0, speech.at)) || REPLY_VERB.test(speech.verb);
  if (!denial && !reply) return null;
  return earlierSpeakers.find((other) => other !== speaker) ?? null;
}
const IN_REPLY = /^\s*(?:In (?:response|reply)|Responding|Replying)\b[^,;]{0,40},/;
const REPLY_VERB =
  /^(?:hit back|hits back|fired back|fires back|retorted|countered|counters|pushed back|pushes back)$/i;

// "welcomed the decision", "criticised the fine", "hailed the ruling": a reaction to what the story
// reports was done, named by what it was.
const REACTION_VERB =
  /^(?:welcomed|welcomes|criticised|criticized|criticises|criticizes|condemned|condemns|praised|praises|hailed|hails|slammed|slams)$/i;
const ACT =
  /^\s+(?:the|this|that|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:decision|ruling|penalty|fine|probe|investigation|inquiry|move|settlement|agreement|deal|measures?|ban|order|verdict|judgment|judgement|step|sanctions?|directive|announcement)\b/u;

/**
 * Whom a reaction without a named target is to: the actor the story's first sentence opens with,
 * who did what the story reports ("Ofwat fined ... . The trust welcomed the penalty"), or null.
 */
export function reactedTo(
  text: string,
  speech: Speech,
  speaker: string,
  storySubject: string | null,
): string | null {
  if (storySubject === null || storySubject === speaker || !REACTION_VERB.test(speech.verb)) return null;
  return ACT.test(text.slice(speech.at + speech.verb.length)) ? storySubject : null;
}
