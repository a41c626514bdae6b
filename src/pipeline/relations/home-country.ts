import type { ArticleActor } from "../actors/article-actors";
import { countryIn, type Gazetteer } from "../actors/gazetteer";

/**
 * The country a person's role ties them to: "Kremlin spokesman" -> Russia, "Ukraine's foreign minister"
 * -> Ukraine. A spokesman talking about their own country is not a relation between two actors.
 */
export function homeCountry(actor: ArticleActor | undefined, gazetteer: Gazetteer): string | null {
  return actor?.role ? countryIn(actor.role, gazetteer) : null;
}
