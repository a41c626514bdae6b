import type { ArticleExtraction } from "../extract-article";
import { foldName } from "../text/normalize";

/**
 * Where one article knows a person only by surname ("President Obama") and another by full name
 * ("Barack Obama"), the lone surname is the full name's key, when exactly one person of the
 * network has that surname; otherwise the two stay apart rather than merge strangers.
 */
export function loneSurnameKeys(extractions: readonly ArticleExtraction[]): Map<string, string> {
  const fullBySurname = new Map<string, Set<string>>();
  const lone = new Map<string, string>();
  for (const { actors } of extractions)
    for (const actor of actors) {
      if (actor.kind !== "person") continue;
      const words = foldName(actor.label).split(" ");
      if (words.length === 1) lone.set(actor.key, words[0] as string);
      else {
        const surname = words.at(-1) as string;
        fullBySurname.set(surname, (fullBySurname.get(surname) ?? new Set()).add(actor.key));
      }
    }
  const keys = new Map<string, string>();
  for (const [key, surname] of lone) {
    const full = fullBySurname.get(surname);
    if (full?.size === 1) keys.set(key, [...full][0] as string);
  }
  return keys;
}

/** The extractions with lone surnames renamed to their full names' keys. */
export function mergeLoneSurnames(extractions: readonly ArticleExtraction[]): ArticleExtraction[] {
  const keys = loneSurnameKeys(extractions);
  if (keys.size === 0) return [...extractions];
  const rename = (key: string) => keys.get(key) ?? key;
  return extractions.map((extraction) => ({
    ...extraction,
    actors: extraction.actors.map((actor) => ({ ...actor, key: rename(actor.key) })),
    relations: extraction.relations
      .map((relation) => ({ ...relation, source: rename(relation.source), target: rename(relation.target) }))
      .filter((relation) => relation.source !== relation.target),
  }));
}
