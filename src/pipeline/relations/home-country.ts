import type { ArticleActor, ArticleActors } from "../actors/article-actors";
import { countryIn, type Gazetteer } from "../actors/gazetteer";
import { foldName } from "../text/normalize";

/**
 * The country a person's role ties them to: "Kremlin spokesman" -> Russia, "Ukraine's foreign minister"
 * -> Ukraine. A spokesman talking about their own country is not a relation between two actors.
 */
export function homeCountry(actor: ArticleActor | undefined, gazetteer: Gazetteer): string | null {
  return actor?.role ? countryIn(actor.role, gazetteer) : null;
}

/**
 * Every country the article ties an actor to: a person's by role or by the title before their
 * name, an organisation's by its name ("the Lithuanian Presidency", "Kenya Airways").
 */
export function homeCountriesOf(key: string, actors: ArticleActors, gazetteer: Gazetteer): string[] {
  const actor = actors.actors.get(key);
  const named = actor?.kind === "organization" ? countryIn(actor.label, gazetteer) : null;
  return [homeCountry(actor, gazetteer), actors.homeCountries.get(key) ?? null, named].filter(
    (country): country is string => country !== null,
  );
}

/**
 * The organisations a person's role names: "Comelec chairman" -> Comelec. What a chairman says of
 * their own commission is the commission speaking, not a relation between two actors.
 */
export function homeOrganizationsOf(key: string, actors: ArticleActors): string[] {
  const role = actors.actors.get(key)?.role;
  if (!role) return [];
  const words = ` ${foldName(role)} `;
  return [...actors.actors.values()]
    .filter(
      (actor) =>
        actor.kind === "organization" &&
        [actor.label, ...actor.aliases].some((name) => {
          const folded = foldName(name);
          return folded.length > 1 && words.includes(` ${folded} `);
        }),
    )
    .map((actor) => actor.key);
}
