import type { Mention } from "../actors/mentions";
import {
  capitalisedOrNot,
  FORMS_OF_ADDRESS,
  NAME_TITLES,
  PLURAL_ROLE_SET_OFF,
  ROLE_NOUNS,
} from "../lexicon/words";

/**
 * Who a call joins, read from the words around its trigger: "X spoke with Y", "between X and Y",
 * "X and Y met", "In a phone call with Y, X said", listed objects and subjects, "the two leaders".
 */

// "between X and Y", "between their foreign ministers, X and Y".
// "between Mexican Foreign Minister X and ...": a title of capitalised words before the first name.
const BETWEEN = new RegExp(
  String.raw`\bbetween\s+(?:the\s+|their\s+)?(?:(?:[\p{Ll}-]+\s+){0,2}(?:ministers|leaders|presidents|envoys|negotiators|counterparts|chiefs|heads|representatives|officials),\s*|(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:${[...NAME_TITLES].map(capitalisedOrNot).join("|")})\s+(?:(?:of|for)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,2})?$`,
  "u",
);
const BETWEEN_REACH = 40;
// "met Niger's military ruler, General Issoufou Maiga": a form of address may open the set-off name.
// "High Commissioner to Kenya, Dr John Okello", "deputy minister of energy, Rosa Pinto": the role
// may name its post before the comma.
export const ROLE_BEFORE_NAME = new RegExp(
  `\\b(${[...ROLE_NOUNS].join("|")})(?:\\s+(?:to|of|for|in|at|on)\\s+(?:the\\s+)?[\\p{L}.'’-]+(?:\\s+(?:and\\s+)?[\\p{L}.'’-]+){0,3})?,\\s*(?:(?:${[...FORMS_OF_ADDRESS].join("|")})\\.?\\s+)*$`,
  "iu",
);
// "spoke with his main ally, Russian President X": whom the name is to the subject, set off
// before it, with the name's own title after the comma.
const APPOSITIVE_BEFORE_NAME =
  /\b((?:his|her|their|its)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*),\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
const withoutSetOffNames = (gap: string) =>
  gap.replace(ROLE_BEFORE_NAME, "$1 ").replace(APPOSITIVE_BEFORE_NAME, "$1 ");

// "Teresita Malvar, the department's undersecretary for policy, met Y": what the subject is, set
// off between commas, stays in the subject's clause.
// "Khaled Mansour, Governor of the Central Bank, met Y": a titled role set off the same way.
const SET_OFF_AFTER_SUBJECT = new RegExp(
  String.raw`^\s*,\s+(?:(?:the|a|an|his|her|its|their|who|[\p{L}.]+['’]s?)\s|(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:${[...ROLE_NOUNS].map(capitalisedOrNot).join("|")})\b)[^,;:()"“”]{0,80},\s*`,
  "u",
);
// "The head of the observation mission, former foreign minister X, met Y": the sentence opens on a
// role, and the name set off after it, titled or not, is its holder.
const OPENING_ROLE_SET_OFF = new RegExp(
  `^(?:the\\s+)?[^,;]*\\b(?:${[...ROLE_NOUNS].join("|")})\\b[^,;]*,\\s*(?:[\\p{L}.'’-]+\\s+){0,6}$`,
  "iu",
);
const RELATIVE_OPENING =
  /^\s*,\s*who\s+(?:(?:also|had|has|have|later|then|first|held|holds|made|makes)\s+)*(?:(?:a|an)\s+(?:[\p{Ll}\d-]+\s+){0,2})?$/u;
const REPORTED_THAT = /\b(?:said|says|told|added|announced|confirmed|stated)\b[^.;]*\bthat\b/i;
export const CLAUSE_BREAK = /[,;:]|\b(?:but|because|although|while|saying)\b/;

/** No clause between: a role set off before a name ("counterpart, Dr X") does not break it. */
export const inOneClause = (gap: string) => !CLAUSE_BREAK.test(withoutSetOffNames(gap));
// "Biden and Russian President Vladimir Putin": titles may stand between "and" and the second name,
// or a role set off before it ("and his counterpart, Y,").
const BOTH_SUBJECTS = /^\s*(?:,\s*)?and\s+(?:(?:his|her|their|the|[\p{L}.'’]+)\s+){0,4}$/u;
// Not a clause of its own between: "A, said on Monday that B" joins no pair.
const AND_PAIR =
  /^\s*(?:,|and|,\s*and)\s+(?!(?:[\p{L}.'’]+\s+){0,3}(?:that|said|says|told|who|which|when)\b)(?:(?:his|her|their|the|[\p{L}.'’]+)\s+){0,4}$/u;

/**
 * The pairs of actors a call joins: "between X and Y"; "X spoke with Y" (nearest on each side, in
 * one clause), and with Y the X's partner too in "W and X met Y"; or "X and Y spoke" when no one
 * else is named after the trigger.
 */
export function pairsAround(
  participants: readonly Mention[],
  at: number,
  length: number,
  text: string,
): [Mention, Mention][] {
  const pair = pairAround(participants, at, length, text);
  if (!pair) return [];
  const [before, after] = pair;
  if (after.start < at) return withListedSubjects(pair, participants, text);
  const partner = participants
    .filter(
      (m) => m.kind === "person" && m.end <= before.start && m.key !== before.key && m.key !== after.key,
    )
    .at(-1);
  const joined = partner && AND_PAIR.test(text.slice(partner.end, before.start));
  const pairs: [Mention, Mention][] = joined ? [pair, [partner, after], [partner, before]] : [pair];
  return [
    ...pairs,
    ...listedObjects(after, participants, text).map((other): [Mention, Mention] => [before, other]),
  ];
}

// What may follow the last name of a listed object: "spoke with A and B about", "..., and B on Monday".
const OBJECT_LIST_END =
  /^(?:['’]s?)?(?:\s*(?:[,.;:)]|$)|\s+(?:about|on|in|at|over|during|to|by|via|for|ahead|after|before|last|this|earlier|late|separately|and|as)\b)/i;

const LIST_BREAK =
  /\b(?:about|on|in|at|over|during|to|by|via|for|after|before|with|from|of|that|who|which)\b/i;

/** "spoke with A and B", "met A, B and C": the people listed after the first object, each an end of the call. */
export function listedObjects(first: Mention, participants: readonly Mention[], text: string): Mention[] {
  // "with both candidates": the two a pair phrase stands for share its words.
  const listed: Mention[] = participants.filter((p) => p.start === first.start && p.key !== first.key);
  let last = first;
  for (const m of participants.filter((p) => p.kind === "person" && p.start > first.end)) {
    const gap = text.slice(last.end, m.start);
    // "spoke with A, about B": a preposition ends the list.
    if (!AND_PAIR.test(gap) || LIST_BREAK.test(gap)) break;
    // "met A and B said": a name that goes on to a verb is the next clause's subject.
    if (!OBJECT_LIST_END.test(text.slice(m.end))) break;
    if (m.key !== first.key && !listed.some((p) => p.key === m.key)) listed.push(m);
    last = m;
  }
  return listed;
}

/** "Macron, Scholz and Meloni met": every two of the people listed as the subject. */
function withListedSubjects(
  pair: [Mention, Mention],
  participants: readonly Mention[],
  text: string,
): [Mention, Mention][] {
  const listed = [pair[1], pair[0]];
  for (const m of participants.filter((p) => p.kind === "person" && p.end <= pair[0].start).reverse()) {
    const next = listed.at(-1) as Mention;
    if (!/^\s*,\s*$/.test(text.slice(m.end, next.start)) || listed.some((p) => p.key === m.key)) break;
    // "Asked about Putin, Macron, Scholz and Meloni met": a name after a preposition is no subject.
    if (
      /\b(?:about|of|with|to|for|by|on|at|from|in|after|before)\s+(?:the\s+)?$/i.test(text.slice(0, m.start))
    )
      break;
    listed.push(m);
  }
  if (listed.length === 2) return [pair];
  const members = listed.reverse();
  return members.flatMap((a, i) => members.slice(i + 1).map((b): [Mention, Mention] => [a, b]));
}

const ADJUNCT_CALL = /\b(?:during|in|over|at)\s+(?:a|an|the|their)\s+(?:[\p{L}\d-]+\s+){0,3}$/u;

const ADDRESSED =
  /^\s+(?:(?:also|again|then)\s+)?(?:told|urged|asked|assured|thanked|invited|briefed|pressed)\s+$/;

const INTRO_TRIGGER =
  /^(?:In|During|At|Over)\s+(?:(?:the|their|a|an|\p{Lu}\p{Ll}+['’]s)\s+)?(?:[\p{Ll}-]+\s+)?$/u;

// "the pair held talks", "the two leaders met": the last two people named before.
const THE_PAIR =
  /\b(?:the pair|the two(?:\s+(?:leaders|men|women|presidents|ministers|sides|heads of state))?|both (?:leaders|men|women|sides))\b[^,;]{0,40}$/i;
// "told Zuma by telephone", "briefed Kishida over the phone": the object of the verb is the other end.
const OBJECT_BY_MEANS = /^\s*(?:by|over the|on the)\s+$/i;
// "by phone", "over the telephone", "by video link": the means, which may follow the verb's object.
const MEANS_TRIGGER = /^(?:by|over the)\s/i;
// "during their call", "in their meeting": the two people the clause has named.
const THEIR_CALL = /\b(?:during|in|on|at)\s+their\s+(?:[\p{L}\d-]+\s+){0,3}$/u;

function pairAround(
  participants: readonly Mention[],
  at: number,
  length: number,
  text: string,
): [Mention, Mention] | null {
  const people = participants.filter((m) => m.kind === "person");
  const pool = people.length >= 2 ? people : participants;
  if (THE_PAIR.test(text.slice(0, at))) {
    const named = [...new Map(people.filter((m) => m.end <= at).map((m) => [m.key, m])).values()];
    if (named.length >= 2) return [named.at(-2) as Mention, named.at(-1) as Mention];
  }
  // "In Monday's call, Lunde and Lindqvist discussed ...": the pair the sentence goes on with.
  // "During their call, Sadiq told Bekele that ...": the subject and the one it addressed.
  if (INTRO_TRIGGER.test(text.slice(0, at)) && /^\s*,/.test(text.slice(at + length))) {
    const [first, second] = people.filter((m) => m.start >= at + length);
    const gap = first && second ? text.slice(first.end, second.start) : "";
    const addressed = ADDRESSED.test(gap);
    if (first && second && first.key !== second.key && (AND_PAIR.test(gap) || addressed))
      return [first, second];
  }
  const [subject, object] = people.filter((m) => m.end <= at).slice(-2);
  const means = MEANS_TRIGGER.test(text.slice(at, at + length));
  const byMeans = (gap: string) => OBJECT_BY_MEANS.test(gap) || (means && /^\s*$/.test(gap));
  if (subject && object && subject.key !== object.key && byMeans(text.slice(object.end, at)))
    return [subject, object];
  // "Macron thanked Scholz for his support during their phone call".
  if (subject && object && subject.key !== object.key && THEIR_CALL.test(text.slice(0, at)))
    return [subject, object];
  // "In a phone call with Scholz on Monday, Macron said ...": the one after "with", and the subject
  // the sentence goes on with.
  if (INTRO_TRIGGER.test(text.slice(0, at)) && /^\s+with\s/i.test(text.slice(at + length))) {
    const partner = people.find((m) => m.start >= at + length);
    const comma = partner ? text.indexOf(",", partner.end) : -1;
    const opener = comma >= 0 ? people.find((m) => m.start > comma) : undefined;
    if (
      partner &&
      opener &&
      opener.key !== partner.key &&
      /^,\s*(?:[\p{L}'’.-]+\s+){0,4}$/u.test(text.slice(comma, opener.start))
    )
      return [opener, partner];
  }
  // "talks between X and Y", "a call between X and Y": "between" right after the trigger, not one
  // further on ("confirmed the call and offered dialogue between X and Y").
  // Measured to the name, less the role set off before it ("between their foreign ministers, ").
  const between = pool.find((m) => {
    const cue = BETWEEN.exec(text.slice(0, m.start));
    const role = cue ? cue[0].replace(/^between\s+(?:the\s+)?/i, "").length : 0;
    return cue !== null && m.start - (at + length) - role <= BETWEEN_REACH;
  });
  if (between) {
    const other = pool.find((m) => m.start > between.end && m.key !== between.key);
    return other ? [between, other] : null;
  }
  if (pool !== people) return sidesMeeting(pool, at, length, text);
  const before = pool.filter((m) => m.end <= at).at(-1);
  const after = pool.find((m) => m.start >= at + length && m.key !== before?.key);
  // "met Ukraine's foreign minister, Andrii Sybiha": a comma that sets off a name after its role.
  const oneClause = (from: number, to: number) =>
    !CLAUSE_BREAK.test(withoutSetOffNames(text.slice(from, to).replace(SET_OFF_AFTER_SUBJECT, " ")));
  // "Senegal's foreign minister, Aissatou Sene, will travel ... to meet": the comma after a name set
  // off after its role closes the name, not the clause.
  // "Zúniga said that the president had spoken with ...": one who says that a call was held is no end of it.
  const subjectsClause = (subject: Mention, to: number) => {
    if (REPORTED_THAT.test(text.slice(subject.end, to))) return false;
    // "Innovation Minister X, who met Y in Ottawa on Monday, said": the name's relative clause.
    if (RELATIVE_OPENING.test(text.slice(subject.end, to))) return true;
    const before = text.slice(0, subject.start);
    const setOff =
      (ROLE_BEFORE_NAME.test(before) || OPENING_ROLE_SET_OFF.test(before)) &&
      /^\s*,/.test(text.slice(subject.end, to));
    return setOff ? oneClause(text.indexOf(",", subject.end) + 1, to) : oneClause(subject.end, to);
  };
  // "told a news conference that Scholz ...": who comes after "that" is what was said, not the other end.
  const sameClauseAfter = (from: number, to: number) =>
    oneClause(from, to) && !/\bthat\b/i.test(text.slice(from, to));
  if (
    before &&
    after &&
    subjectsClause(before, at) &&
    sameClauseAfter(at, after.start) &&
    !spokeOf(at, length, text)
  )
    return [before, after];
  const withObject = /^\s+(?:with|to)\b/i.test(text.slice(at + length));
  const first = pool.filter((m) => before && m.end <= before.start && m.key !== before.key).at(-1);
  // "X and Y condemned the launch during a 25-minute telephone call": the call, a phrase of the
  // subjects' clause, may stand further from them than a verb would.
  const reach = ADJUNCT_CALL.test(text.slice(0, at)) || means ? 160 : 40;
  if (
    !withObject &&
    before &&
    first &&
    // "Macron and Scholz spoke", not "Asked about Putin, Macron said the talks were over"; "A, a
    // veteran diplomat, and B, the deputy speaker, held talks": each may be described, set off.
    BOTH_SUBJECTS.test(
      text
        .slice(first.end, before.start)
        .replace(SET_OFF_AFTER_SUBJECT, " ")
        .replace(ROLE_BEFORE_NAME, "$1 "),
    ) &&
    text.slice(before.end, at).replace(SET_OFF_AFTER_SUBJECT, " ").length <= reach &&
    (subjectsClause(before, at) || setOffPair(text, first, before, at))
  )
    return [first, before];
  return null;
}

// "Scholz spoke about Putin", "talked of Kenya's debt": whom one speaks of is no end of a call,
// though "Macron and Scholz spoke about Putin" is a call of the two.
const SPOKE_OF = /^(?:spoke|speaks?|speaking|spoken|talked|talking)\s+(?:about|of)\b/i;
const spokeOf = (at: number, length: number, text: string) => SPOKE_OF.test(text.slice(at, at + length + 7));

// "The agriculture ministers of the two countries, A and B, held talks": the pair set off after
// the plural role they share.
const PLURAL_ROLE_BEFORE = new RegExp(`${PLURAL_ROLE_SET_OFF}$`, "i");

function setOffPair(text: string, first: Mention, second: Mention, at: number): boolean {
  const gap = text.slice(second.end, at);
  return (
    PLURAL_ROLE_BEFORE.test(text.slice(0, first.start)) &&
    /^,\s/.test(gap) &&
    !CLAUSE_BREAK.test(gap.slice(1))
  );
}

// "Brazil and Paraguay held talks", "ended another round of negotiations", "Indonesia and the
// European Union will resume talks": two countries or bodies as the subjects of a call's noun. Not
// a bare verb: "France and Germany met the target" is no meeting.
// A dateline's dash opens the first sentence's clause too: "JAKARTA (AFP) - Indonesia and ...".
// "said Egyptian and Ethiopian negotiators would meet", "days before the Chinese and American
// leaders meet": a reported clause or one a conjunction opens.
const CLAUSE_OPENING =
  /(?:^|[,;:]\s*|\s[-–—]{1,2}\s+|\b(?:and|but|while|as|that|said|says|before|after|when|once|until|because)\s+)(?:the\s+)?$/;
const CALL_NOUN = /^(?:talks|negotiations|meetings?|summit|conversation|consultations)$/i;
const MEET_VERB = /^(?:meet|met|meets)$/i;
// "Working-level officials from A and B met": a word for their rank may come first.
const PEOPLE_OF_BEFORE =
  /\b(?:the\s+)?(?:[\p{L}-]+\s+)?(?:leaders|presidents|prime ministers|foreign ministers|ministers|heads of (?:state|government)|delegations|negotiators|representatives|officials)\s+(?:of|from)\s+(?:the\s+)?$/iu;
const SIDES_PEOPLE =
  /^\s+(?:leaders|negotiators|delegations|delegates|ministers|foreign ministers|prime ministers|presidents|heads of (?:state|government)|counterparts|teams)\b/;

export function sidesMeeting(
  pool: readonly Mention[],
  at: number,
  length: number,
  text: string,
): [Mention, Mention] | null {
  const [first, second] = pool
    .filter((m) => (m.kind === "country" || m.kind === "organization") && m.end <= at)
    .slice(-2);
  if (!first || !second || first.key === second.key) return null;
  // "Officials from the two countries are due to meet", "Egyptian and Ethiopian negotiators met":
  // the sides' people meet, which the verb may say as well as a noun.
  // "the leaders of Egypt and Ethiopia met": the people of both, named before them.
  const peopleOf = PEOPLE_OF_BEFORE.exec(text.slice(0, first.start));
  const throughPeople =
    first.start === second.start || peopleOf !== null || SIDES_PEOPLE.test(text.slice(second.end));
  // "met in Cairo", not "met the target": a verb with an object of its own is no meeting.
  const meets =
    throughPeople &&
    MEET_VERB.test(text.slice(at, at + length)) &&
    !/^\s+(?:the|their|its|all|every|a|an)\s/i.test(text.slice(at + length));
  if (!CALL_NOUN.test(text.slice(at, at + length)) && !meets) return null;
  if (first.start !== second.start && !/^\s+and\s+(?:the\s+)?$/.test(text.slice(first.end, second.start)))
    return null;
  // "his contacts with Bamako and Ouagadougou at the summit": the pair must open a clause.
  const opening = text.slice(0, peopleOf?.index ?? first.start);
  if (first.start !== second.start && !CLAUSE_OPENING.test(opening)) return null;
  const gap = text.slice(second.end, at);
  const withOther = /^\s+(?:with|between)\b/i.test(text.slice(at + length));
  return gap.length <= 40 && !CLAUSE_BREAK.test(gap) && !/\bwith\b/i.test(gap) && !withOther
    ? [first, second]
    : null;
}
