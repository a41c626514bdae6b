import type { ArticleActor } from "../actors/article-actors";
import type { Gazetteer } from "../actors/gazetteer";
import { foldName } from "../text/normalize";

/**
 * The country a person's role ties them to: "Kremlin spokesman" -> Russia, "Ukraine's foreign minister"
 * -> Ukraine. A spokesman talking about their own country is not a relation between two actors.
 */
export function homeCountry(actor: ArticleActor | undefined, gazetteer: Gazetteer): string | null {
  if (!actor?.role) return null;
  const words = foldName(actor.role).split(" ");
  const phrases = [...words.slice(1).map((word, i) => `${words[i]} ${word}`), ...words];
  for (const phrase of phrases) {
    const key = gazetteer.adjectives.get(phrase) ?? gazetteer.aliases.get(phrase)?.key;
    if (key && gazetteer.entries.get(key)?.kind === "country") return key;
  }
  return null;
}
