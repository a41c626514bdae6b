import type { ActorKind } from "../../schema";
import type { ArticleGold } from "./gold";
import { normalizeLabel } from "./normalize";

/** One gold actor across all the articles, under its canonical name. */
export interface RegisteredActor {
  name: string;
  /** The kind the first article that names it gives. */
  kind: ActorKind;
  /** Every normalised name that stands for it: its own, its aliases in any article, its equivalents. */
  names: Set<string>;
  /** Required when any article requires it. */
  required: boolean;
}

export interface Registry {
  /** By canonical name, in the order of first mention. */
  actors: Map<string, RegisteredActor>;
  /** Normalised strings that a node should never be labelled with, from every article. */
  notActors: Set<string>;
}

/** Gathers the gold actors of every article into one list, as a network merges them into one node each. */
export function registerActors(gold: ArticleGold): Registry {
  const groups = gold.equivalents.map((group) => group.map(normalizeLabel));
  const actors = new Map<string, RegisteredActor>();
  for (const article of gold.articles)
    for (const actor of article.actors) {
      const own = normalizeLabel(actor.name);
      const entry = actors.get(actor.name) ?? {
        name: actor.name,
        kind: actor.kind,
        names: new Set([own]),
        required: false,
      };
      for (const alias of actor.aliases) entry.names.add(normalizeLabel(alias));
      // A group joins through the canonical name only, so that a loose alias cannot pull a country in.
      for (const group of groups) if (group.includes(own)) for (const name of group) entry.names.add(name);
      entry.required ||= actor.required;
      actors.set(actor.name, entry);
    }
  const notActors = new Set(gold.articles.flatMap((article) => article.notActors).map(normalizeLabel));
  return { actors, notActors };
}
