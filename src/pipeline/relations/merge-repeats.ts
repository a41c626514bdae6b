import type { DatedRelation } from "../dates/date-relations";

// A meeting held and one planned between the same two are two events, even on one reported day.
const identity = (r: DatedRelation) => `${r.type}|${r.source}|${r.target}|${r.status ?? ""}`;

/**
 * One edge per event and article: repeats of a relation on the same date collapse into the first,
 * and an undated repeat of a relation the article dates elsewhere adds nothing.
 */
export function mergeRepeats(relations: readonly DatedRelation[]): DatedRelation[] {
  const datedFromText = new Set(relations.filter((r) => r.dateSource === "text").map(identity));
  const seen = new Map<string, DatedRelation>();
  for (const relation of relations) {
    if (relation.dateSource !== "text" && datedFromText.has(identity(relation))) continue;
    const key = `${identity(relation)}|${relation.date}`;
    const first = seen.get(key);
    if (!first) seen.set(key, relation);
    // Evidence with the speaker's own words shows a reader more than a paraphrase.
    else if (!first.quote && relation.quote) seen.set(key, relation);
  }
  return [...seen.values()];
}
