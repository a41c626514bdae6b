import type { ArticleActors } from "./article-actors";

/** A phrase that stands for an organisation named elsewhere in the article. */
export interface InstitutionReference {
  key: string;
  at: number;
  length: number;
  surface: string;
}

// "the ministry said", "the court ruled", "the regulator warned": an institution by what it is. Not
// one named in lower case ("the ministry of finance"), which is another.
const THE_INSTITUTION =
  /\b[Tt]he\s+(ministry|court|tribunal|commission|agency|authority|council|committee|regulator|watchdog)\b(?!\s+(?:of|for|on)\b)/gu;

// The head words of the names each description fits: "the regulator" is the article's one authority,
// commission or agency.
const HEADS_FOR: Record<string, readonly string[]> = {
  ministry: ["ministry"],
  court: ["court", "tribunal"],
  tribunal: ["tribunal", "court"],
  commission: ["commission"],
  agency: ["agency"],
  authority: ["authority"],
  council: ["council"],
  committee: ["committee"],
  regulator: ["authority", "commission", "agency", "regulator", "board"],
  watchdog: ["authority", "commission", "agency", "regulator", "board", "watchdog"],
};

/**
 * "The ministry" where the article names exactly one organisation whose name has that head word
 * ("the Ministry of Coastal Affairs"); with two ministries the phrase is left unread.
 */
export function institutionReferences(text: string, actors: ArticleActors): InstitutionReference[] {
  const references: InstitutionReference[] = [];
  for (const match of text.matchAll(THE_INSTITUTION)) {
    const heads = HEADS_FOR[(match[1] as string).toLowerCase()] ?? [];
    const fitting = [...actors.actors.values()].filter(
      (actor) =>
        actor.kind === "organization" &&
        actor.label
          .toLowerCase()
          .split(/[\s-]+/)
          .some((word) => heads.includes(word)),
    );
    if (fitting.length !== 1) continue;
    references.push({
      key: (fitting[0] as { key: string }).key,
      at: match.index,
      length: match[0].length,
      surface: match[0],
    });
  }
  return references;
}
