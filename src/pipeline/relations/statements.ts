import { namesOnlyTheGovernment, type Mention } from "../actors/mentions";
import { NAME_AHEAD, ROLE_NOUNS } from "../lexicon/words";
import type { DraftRelation } from "./draft";
import { ANALYSTS_OF, type Speech } from "./speech";

const SUBTYPES: Array<[RegExp, string]> = [
  [/^warn/, "warning"],
  [/^(urg|demand|called on|calls on|calling on|called for|calls for|calling for)/, "demand"],
  [/^respond/, "response"],
  [/^clarif/, "clarification"],
  [/^claim/, "claim"],
  [/^accus/, "accusation"],
  [/^announc/, "announcement"],
  [/^promis|^vow/, "promise"],
  [/^threaten/, "threat"],
  [/^summon/, "summons"],
  [/^(downgrad|upgrad|cut$|raised$|lowered$|trimmed$|lifted$)/, "rating"],
  [
    /^(criticiz|criticis|condemn|blam|slam|blast|lambast|hit|hits|hitting|lash|denounc|decr|rebuk|chid|mock|ridicul)/,
    "criticism",
  ],
  [/^(denied|denies|reject|disput|dismiss|refut|rebuff|contest)/, "denial"],
  [/^(welcom|prais)/, "praise"],
  [/^(told|tells|commented|noted|notes|said|says|say|saying|according)/, "remark"],
];

export const statementSubtype = (verb: string) => SUBTYPES.find(([pattern]) => pattern.test(verb))?.[1];

/**
 * Who a statement is about or addressed to: the other actors of the sentence. A country named as a
 * place counts inside what was said ("corruption in Kenya"), but not as where it was said, nor a
 * city named as a place ("jobs in Oslo").
 */
const isTarget = (mention: Mention, speaker: string, placeOfSpeech: boolean) =>
  mention.key !== speaker &&
  mention.kind !== "media" &&
  !mention.inRole &&
  !mention.modifier &&
  !(mention.locative && (placeOfSpeech || mention.seat));

const POSSESSOR_OF_ROLE = new RegExp(
  `^['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${[...ROLE_NOUNS].join("|")})\\b`,
  "u",
);

const POSSESSOR_OF_NAMED_ROLE = new RegExp(`${POSSESSOR_OF_ROLE.source},?${NAME_AHEAD}`, "u");

// "said he spoke to X": X is the other end of a call the speech reports, which the call finder sees.
const CALL_PARTNER =
  /\b(?:(?:spoke|speak|spoken|talked|(?:held|hold|holding)\s+talks)\s+(?:to|with)|met|meet|called|phoned)\s+(?:[\p{L}.'’-]+,?\s+){0,6}$/u;
const BY_PHONE =
  /^\s*(?:by\s+(?:tele)?phone|over\s+the\s+(?:tele)?phone|in\s+a\s+(?:phone\s+|telephone\s+)?call)\b/i;
const NEGATED = /\b(?:not|never|no longer)\b|n['’]t\b/i;
// "said in Auckland", "told reporters in Nairobi", "said on a visit to Kenya": where, not what.
const WHERE_SAID = /^\s*(?:[\p{L}'’]+\s+){0,4}$/u;

// "the summit in Italy", "talks in Geneva": where an event takes place, not what was said of it.
const EVENT_IN =
  /\b(?:summit|talks|meeting|conference|visit|trip|forum|games|olympics|ceremony|sidelines)\s+(?:[\p{Ll}\d-]+\s+){0,3}in\s+(?:the\s+)?$/iu;

// "in", "of", "before the", "over its": a phrase of place or circumstance opening before a name.
const CIRCUMSTANCE_BEFORE =
  /\b(?:in|of|before|through|over|between|including|under)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+)?$/u;

// "Asked about Kenya, X said", "Responding to the EU's plan, X said": the topic the sentence opens
// with is what the answer is about.
const ASKED_ABOUT =
  /^(?:[^,;]*\b(?:[Ww]hen|[Ii]f)\s+)?(?:[Aa]sked|[Qq]uestioned|[Pp]ressed|[Cc]ommenting|[Rr]esponding|[Rr]eacting|[Rr]eplying)\s+(?:about|on|over|whether|if|to)\b[^,;]*$/;

const PLACE_LIST_OPENS = /\b(?:in|to|from|across|through|via|including|such as|like)\s+(?:the\s+)?$/i;

/**
 * A country named as scenery: where an event happens, or one of three or more places listed ("ports
 * in Côte d'Ivoire, Togo and Benin"), which say where things are, not whom the words are about.
 */
function isScenery(mention: Mention, mentions: readonly Mention[], text: string): boolean {
  if (mention.kind !== "country") return false;
  if (mention.locative && EVENT_IN.test(text.slice(Math.max(0, mention.start - 60), mention.start)))
    return true;
  const places = mentions.filter((m) => m.kind === "country" && !m.inRole);
  const at = places.indexOf(mention);
  let [first, last] = [at, at];
  const listed = (a: Mention, b: Mention) =>
    /^\s*(?:,|and|or|,\s*and|,\s*or)\s+(?:the\s+)?$/.test(text.slice(a.end, b.start));
  while (first > 0 && listed(places[first - 1] as Mention, places[first] as Mention)) first--;
  while (last < places.length - 1 && listed(places[last] as Mention, places[last + 1] as Mention)) last++;
  const opening = places[first] as Mention;
  // "the cash comes from Riyadh, Abu Dhabi and Beijing": capitals stand for their governments.
  const capitals = places.slice(first, last + 1).some((m) => m.seat);
  return (
    last - first >= 2 &&
    !capitals &&
    PLACE_LIST_OPENS.test(text.slice(Math.max(0, opening.start - 30), opening.start))
  );
}

// '..., the ministry said', '..., analysts at Halden wrote': a speaker after its words' comma.
const TRAILING_SPEAKER_BEFORE = new RegExp(`[,”"]\\s*(?:the\\s+)?(?:${ANALYSTS_OF})?$`, "i");

const FOLLOWING_SPEECH = /,\s*(?:adding|saying|noting|stressing|warning|insisting|arguing)\b/i;

// ", while Biden pressed him on Russia's war": a new clause, with what someone else said or did.
// ", days before Russia invaded Ukraine": the writer's time line, not what was said (but "said on
// Monday, two days after the vote, that ..." goes on to what was).
const NEXT_CLAUSE =
  /;|,\s*(?:while|whereas)\b|,\s*(?:(?:\p{L}+|\d+)\s+)?(?:hours?|days?|weeks?|months?|years?|shortly|just|soon)\s+(?:before|after)\b(?![^,;]*,\s*that\b)/u;

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
  text = "",
): DraftRelation[] {
  const verbEnd = speech.at + speech.verb.length;
  // Inside a quotation a place is scenery ("loved in Israel"); in reported speech, what it is about.
  const placeOfSpeech = (m: Mention) =>
    m.inQuote || m.start < speech.at || WHERE_SAID.test(text.slice(verbEnd, m.start));
  // What was said comes after the verb, up to the end of its scope, or inside the quote; names
  // before it set the scene, except possessives ("in response to Biden's comments, Peskov said").
  // '"...," said X, a professor at Y': what was said stands before the verb; after it, X's description.
  // '..., the ministry said in a statement.': an attribution trailing its content, set off by a comma.
  // "..., Sato said, adding that ...": a speech of its own follows, which the trailing one does not take.
  const followedAt = FOLLOWING_SPEECH.exec(text.slice(verbEnd))?.index;
  const attributionEnd = followedAt === undefined ? text.length : verbEnd + followedAt;
  const afterVerb = text.slice(verbEnd, attributionEnd).replace(/[.!?”"]+\s*$/, "");
  const trailing =
    typeof speech.speaker !== "string" &&
    speech.speaker.start < speech.at &&
    TRAILING_SPEAKER_BEFORE.test(text.slice(0, speech.speaker.start)) &&
    !/\bthat\b|[,:]/.test(afterVerb) &&
    // "..., Ahmed called her husband's killing “an act of terror”": the verb has words of its own.
    !/^\s+(?:her|his|their|its|the|a|an|this|that)\s|[“"]/.test(afterVerb) &&
    !mentions.some((m) => m.start >= verbEnd && m.start < attributionEnd && m.kind !== "media");
  const inverted =
    typeof speech.speaker !== "string" &&
    ((speech.speaker.start > speech.at && speech.verb !== "according to") || trailing);
  const inContent = (m: Mention) =>
    inverted ? m.end <= speech.at : m.start > speech.at && m.start < scopeEnd;
  const callPartner = (m: Mention) => {
    const gap = text.slice(verbEnd, m.start);
    // "told Zuma by telephone that ...": the one told is the other end of a call.
    const byPhone = /^\s*(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(gap) && BY_PHONE.test(text.slice(m.end));
    return !m.inQuote && ((CALL_PARTNER.test(gap) && !NEGATED.test(gap)) || byPhone);
  };
  // "Macron's spokesman, X, said": the one whose spokesman speaks is no topic of what they say.
  // "spoke with Brazil's foreign minister, Heloisa Vasconcelos": the country only says whose minister.
  const describesSomeone = (m: Mention) =>
    m.possessive &&
    ((m.start < speech.at && POSSESSOR_OF_ROLE.test(text.slice(m.end, m.end + 60))) ||
      POSSESSOR_OF_NAMED_ROLE.test(text.slice(m.end, m.end + 80)));
  // "told CNN's Jake Tapper": the outlet's journalist the words were told to, no topic of them.
  const outletsPerson = (m: Mention) =>
    mentions.some(
      (outlet) =>
        outlet.kind === "media" &&
        outlet.end < m.start &&
        m.start - outlet.end <= 3 &&
        /^['’]s?\s+$/.test(text.slice(outlet.end, m.start)),
    );
  const said = mentions.filter(
    (m) =>
      isTarget(m, speaker, inverted && m.end <= speech.at ? m.inQuote : placeOfSpeech(m)) &&
      !outletsPerson(m) &&
      !isScenery(m, mentions, text) &&
      (inContent(m) ||
        m.inQuote ||
        m.possessive ||
        speech.about?.includes(m) === true ||
        (m.start < speech.at && ASKED_ABOUT.test(text.slice(0, m.start)))) &&
      !callPartner(m) &&
      !describesSomeone(m),
  );
  // "said the EU had challenged the ban in the WTO", "a case before the tribunal": past the first
  // actor a statement is about, one set in a phrase of place or circumstance is scenery, unless the
  // subject acted on it ("an investigation into A's takeover of B, saying").
  const first = said[0]?.key;
  const targets = [
    ...new Set(
      said
        .filter(
          (m) =>
            m.key === first ||
            speech.about?.includes(m) === true ||
            !CIRCUMSTANCE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)),
        )
        .map((m) => m.key),
    ),
  ];
  const subtype = statementSubtype(speech.verb);
  const governmentOnly = (target: string) =>
    said.filter((m) => m.key === target).every(namesOnlyTheGovernment);
  return targets.map((target) => ({
    type: "statement",
    ...(subtype ? { subtype } : {}),
    ...(governmentOnly(target) ? { governmentOnly: true } : {}),
    source: speaker,
    target,
    sentence,
    anchor: speech.at,
    ...(quote ? { quote } : {}),
    confidence: typeof speech.speaker === "string" ? 0.6 : 0.8,
  }));
}

/**
 * Whether a mention is the subject a clause opens with ("“..., the US played a critical role"), not an
 * object or a place further in ("binds the US and Israel", "with Shamir").
 */
export const opensClause = (text: string, mention: Mention) =>
  /(?:^|[“"‘(,;:—–]|\b(?:that|but|while|whereas|because|so|although|though|if|unless|when|once|since|as))\s*(?:the\s+)?$/iu.test(
    text.slice(0, mention.start),
  );

/**
 * What a quotation with no cue of its own, or an embedded post, says: a stand-in "he said" at its
 * start, so that what was said is the quotation (or the whole post) and the confidence a pronoun's.
 * A bare quotation is weak evidence of what it is about: only the subjects it opens with are its
 * targets; a post, or an answer in an interview, is all its speaker's words.
 */
export function continuedStatements(
  continued: { speaker: string; ownWords: boolean },
  mentions: readonly Mention[],
  sentence: number,
  quote: string | undefined,
  text: string,
): DraftRelation[] {
  const said = continued.ownWords
    ? mentions.map((m) => ({ ...m, inQuote: true }))
    : mentions.filter((m) => m.inQuote && opensClause(text, m));
  return statementsOf(
    { speaker: "he", verb: "said", at: 0 },
    continued.speaker,
    said,
    sentence,
    continued.ownWords ? text : quote,
    text.length,
    text,
  );
}
