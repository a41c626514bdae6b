import type { Mention } from "../actors/mentions";
import type { DraftRelation } from "./draft";
import type { Speech } from "./speech";

const SUBTYPES: Array<[RegExp, string]> = [
  [/^warn/, "warning"],
  [/^(urg|demand|called on|calls on)/, "demand"],
  [/^respond/, "response"],
  [/^clarif/, "clarification"],
  [/^claim/, "claim"],
  [/^accus/, "accusation"],
  [/^announc/, "announcement"],
  [/^promis|^vow/, "promise"],
  [/^threaten/, "threat"],
  [/^(criticiz|criticis|condemn|blam)/, "criticism"],
  [/^(denied|denies|reject)/, "denial"],
  [/^(welcom|prais)/, "praise"],
  [/^(told|tells|commented|noted|notes|said|says|say|saying|according)/, "remark"],
];

export const statementSubtype = (verb: string) => SUBTYPES.find(([pattern]) => pattern.test(verb))?.[1];

/** Who a statement is about or addressed to: the other actors of the sentence that act in it. */
const isTarget = (mention: Mention, speaker: string) =>
  mention.key !== speaker &&
  mention.kind !== "media" &&
  !mention.inRole &&
  !mention.modifier &&
  !mention.locative;

// ", while Biden pressed him on Russia's war": a new clause, with what someone else said or did.
const NEXT_CLAUSE = /;|,\s*(?:while|whereas)\b/;

/** Where what a speech says ends: at the next speech, or at a clause of its own after the verb. */
export function speechScopeEnd(text: string, speech: Speech, nextSpeechAt: number | undefined): number {
  const clause = text.slice(speech.at).search(NEXT_CLAUSE);
  return Math.min(clause < 0 ? text.length : speech.at + clause, nextSpeechAt ?? text.length);
}

export function statementsOf(
  speech: Speech,
  speaker: string,
  mentions: readonly Mention[],
  sentence: number,
  quote: string | undefined,
  scopeEnd = Infinity,
): DraftRelation[] {
  // What was said comes after the verb, up to the end of its scope, or inside the quote; names
  // before it set the scene, except possessives ("in response to Biden's comments, Peskov said").
  const said = mentions.filter(
    (m) => isTarget(m, speaker) && ((m.start > speech.at && m.start < scopeEnd) || m.inQuote || m.possessive),
  );
  const targets = [...new Set(said.map((m) => m.key))];
  const subtype = statementSubtype(speech.verb);
  return targets.map((target) => ({
    type: "statement",
    ...(subtype ? { subtype } : {}),
    source: speaker,
    target,
    undirected: false,
    sentence,
    anchor: speech.at,
    ...(quote ? { quote } : {}),
    confidence: typeof speech.speaker === "string" ? 0.6 : 0.8,
  }));
}
