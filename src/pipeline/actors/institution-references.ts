import { isCommonNoun } from "../lexicon/names";
import { capitalisedOrNot } from "../lexicon/words";
import type { ArticleActors } from "./article-actors";

/** A phrase that stands for an organisation named elsewhere in the article. */
export interface InstitutionReference {
  key: string;
  at: number;
  length: number;
  surface: string;
}

const INSTITUTION_NOUNS = [
  "ministry",
  "department",
  "bureau",
  "board",
  "presidency",
  "court",
  "tribunal",
  "commission",
  "agency",
  "authority",
  "council",
  "committee",
  "regulator",
  "watchdog",
  "group",
  "organi[sz]ation",
  "body",
  "bloc",
  "alliance",
  "union",
  "party",
  "fund",
  "central bank",
  "bank",
  "lender",
];
// "the digital ministry", "the competition commission": a word for what the institution deals with.
const TOPIC_WORD = String.raw`\p{Ll}{4,}`;
const TOPICAL_NOUNS = ["ministry", "commission", "agency", "authority", "committee", "court"];
// "the ministry said", "the court ruled", "the Commission's concerns": an institution by what it is,
// in either case. Not one named in full ("the ministry of finance", "the Commission for Energy").
const THE_INSTITUTION = new RegExp(
  `\\b[Tt]he\\s+(?:(${TOPIC_WORD})\\s+(?=(?:${TOPICAL_NOUNS.join("|")})\\b))?(${INSTITUTION_NOUNS.map(capitalisedOrNot).join("|")})\\b(?!\\s+\\p{Lu})`,
  "gu",
);

// "met Commission officials", "commission officials said": the institution through its people,
// with no "the" before it. Not "European Commission officials", whose name is read whole.
const INSTITUTIONS_PEOPLE = new RegExp(
  `(?<![\\p{Lu}][\\p{L}'’-]*\\s)(?<!\\b[Tt]he\\s)\\b(${INSTITUTION_NOUNS.map(capitalisedOrNot).join("|")})(?=\\s+(?:officials|representatives|negotiators|staff|investigators|executives|delegates|lawyers)\\b)`,
  "gu",
);

export const ACCUSED_OF = /\b(?:accus\w*|suspect\w*|convict\w*|warn\w*|remind\w*)\s+$/i;

// The head words of the names each description fits: "the regulator" is the article's one authority,
// commission or agency.
const HEADS_FOR: Record<string, readonly string[]> = {
  ministry: ["ministry"],
  // "the department said": the Department of Foreign Affairs; "the bureau": the Competition Bureau.
  department: ["department"],
  bureau: ["bureau"],
  board: ["board"],
  presidency: ["presidency"],
  court: ["court", "tribunal"],
  tribunal: ["tribunal", "court"],
  commission: ["commission"],
  agency: ["agency"],
  authority: ["authority"],
  council: ["council"],
  committee: ["committee"],
  regulator: ["authority", "commission", "agency", "regulator", "board", "administration"],
  watchdog: ["authority", "commission", "agency", "regulator", "board", "watchdog", "administration"],
  // "the bloc": a union of states by any of the names such unions take.
  bloc: [
    "community",
    "union",
    "association",
    "league",
    "cooperation",
    "bloc",
    "organization",
    "organisation",
  ],
  alliance: ["alliance", "organization", "organisation", "treaty"],
  union: ["union"],
  party: ["party"],
  fund: ["fund"],
  bank: ["bank"],
  // "the central bank": the Bank of Thailand, the Reserve Bank of India, the Federal Reserve.
  "central bank": ["bank", "reserve"],
  lender: ["bank", "fund"],
};
// "the group", "the organisation": any organisation, so the one named last.
const ANY_ORGANIZATION = /^(?:group|organi[sz]ation|body)$/i;
// "work closely with the regulator" after "the Reserve Bank of India barred PayKaro": a central bank
// regulates banks and payments.
const CENTRAL_BANK = /\b(?:reserve bank|central bank|bank of|national bank|federal reserve)\b/i;
const REGULATES = /^(?:regulator|watchdog)$/i;

/**
 * "The ministry": the ministry named last before it, in its sentence or the ones before ("Chile's
 * Foreign Ministry ... the ministry said"), else the one organisation of the article whose name has that head word; with two
 * ministries and neither named before, the phrase is left unread.
 */
export function institutionReferences(
  text: string,
  actors: ArticleActors,
  recentBefore: (at: number) => readonly string[],
): InstitutionReference[] {
  const references: InstitutionReference[] = [];
  // Each phrase as found: where it stands, its noun, the topic word before it, and whether the noun
  // is followed by the institution's people ("Commission officials").
  const phrases = [
    ...[...text.matchAll(THE_INSTITUTION)].map((match) => ({
      match,
      noun: match[2] as string,
      topic: match[1],
      throughPeople: false,
    })),
    ...[...text.matchAll(INSTITUTIONS_PEOPLE)].map((match) => ({
      match,
      noun: match[1] as string,
      topic: undefined,
      throughPeople: true,
    })),
  ];
  for (const { match, noun: written, topic: topicWord, throughPeople } of phrases) {
    // "the ministry of finance" names one in full; "accused the bloc of delay" does not.
    const ofAfter = /^\s+(?:of|for|on)\b/.test(text.slice(match.index + match[0].length));
    if (ofAfter && !ACCUSED_OF.test(text.slice(0, match.index))) continue;
    // "the party machinery": the noun qualifies another, unless the noun is its people.
    const next = /^\s+(\p{Ll}+)/u.exec(text.slice(match.index + match[0].length))?.[1];
    if (next && isCommonNoun(next) && !throughPeople) continue;
    const noun = written.toLowerCase();
    const topic = topicWord?.toLowerCase();
    const heads = HEADS_FOR[noun] ?? [];
    const fitting = [...actors.actors.values()].filter((actor) => {
      const words = actor.label.toLowerCase().split(/[\s-]+/);
      // "the digital ministry" is the Ministry for Digital Affairs, and no other ministry.
      if (topic && !words.some((word) => word.startsWith(topic.slice(0, 5)))) return false;
      return (
        actor.kind === "organization" &&
        (ANY_ORGANIZATION.test(noun) ||
          words.some((word) => heads.includes(word)) ||
          (REGULATES.test(noun) && CENTRAL_BANK.test(actor.label)))
      );
    });
    // "the tribunal" is the Competition Tribunal before the Appeal Court that a tribunal may also be.
    const exact = fitting.filter((actor) =>
      actor.label
        .toLowerCase()
        .split(/[\s-]+/)
        .includes(noun),
    );
    const fits = exact.length > 0 ? exact : fitting;
    const key =
      recentBefore(match.index).find((candidate) => fits.some((actor) => actor.key === candidate)) ??
      (fits.length === 1 ? (fits[0] as { key: string }).key : null);
    if (key === null) continue;
    references.push({
      key,
      at: match.index,
      length: match[0].length,
      surface: match[0],
    });
  }
  return references;
}
