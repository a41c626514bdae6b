import { buildGazetteer } from "../../src/pipeline/actors/gazetteer";
import { DEFAULT_KNOWN_ACTORS } from "../../src/pipeline/actors/known-actors";
import { extractArticle, type ArticleExtraction } from "../../src/pipeline/extract-article";

export const gazetteer = buildGazetteer(DEFAULT_KNOWN_ACTORS);

/** Runs one made-up article through the stages. */
export function extract(text: string, published: string | null = "2022-12-03"): ArticleExtraction {
  return extractArticle({ id: "test", text: `Test headline\n\n${text}`, published }, gazetteer);
}

export const actorKeys = (extraction: ArticleExtraction) =>
  extraction.actors.map((actor) => actor.key).sort();

export const relationsOf = (extraction: ArticleExtraction, type?: string) =>
  extraction.relations
    .filter((relation) => !type || relation.type === type)
    .map((relation) => `${relation.source} ${relation.type} ${relation.target}`)
    .sort();

/** The calls one made-up article yields, in the order the stages give them. */
export const callsOf = (text: string, published?: string | null) =>
  extract(text, published).relations.filter((relation) => relation.type === "call");
