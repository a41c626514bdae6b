import type { ArticleRecord } from "../schema";
import { collectArticleActors, type ArticleActor } from "./actors/article-actors";
import type { Gazetteer } from "./actors/gazetteer";
import { resolveMentions } from "./actors/mentions";
import { analyseSentence } from "./actors/recognize";
import { dateRelations, type DatedRelation } from "./dates/date-relations";
import { publishedFromText } from "./dates/published";
import type { ArticleInput } from "./input";
import type { DraftRelation } from "./relations/draft";
import { findRelations } from "./relations/find-relations";
import { genderOfName } from "./lexicon/names";
import {
  affiliationsOf,
  homeCountriesOf,
  homeOrganizationsOf,
  noteHomesFromDescriptions,
  noteHomesFromPlaces,
  noteHomesFromStory,
  speaksForTheGovernment,
  speaksOfOwnCapital,
} from "./relations/home-country";
import { mergeRepeats } from "./relations/merge-repeats";
import { headlineOf } from "./text/headline";
import { splitSentences, type Sentence } from "./text/sentences";

/** What one article contributes to the network; plain data, so a worker thread can send it back. */
export interface ArticleExtraction {
  article: ArticleRecord;
  actors: Array<
    Omit<ArticleActor, "aliases"> & {
      aliases: string[];
      mentions: number;
      /** Mentions as an actor in its own right: not only a place, a qualifier, or part of someone's title. */
      actingMentions: number;
    }
  >;
  relations: Array<DatedRelation & { evidence: Sentence }>;
  warnings: string[];
}

function titleOf(input: ArticleInput): string {
  return input.title ?? headlineOf(input.text) ?? input.id;
}

/** The stages for one article, in order: sentences -> actors -> mentions -> relations -> dates. */
export function extractArticle(input: ArticleInput, gazetteer: Gazetteer): ArticleExtraction {
  const warnings: string[] = [];
  const inferred = input.published ? null : publishedFromText(input.text);
  const published = input.published ?? inferred;
  if (!published)
    warnings.push(`${input.id}: no publication date in the manifest or the text; relations left undated`);

  const sentences = splitSentences(input.text);
  const analyses = sentences.map((sentence) => analyseSentence(sentence, gazetteer));
  const articleActors = collectArticleActors(analyses, gazetteer, input.source ?? null);
  const mentions = analyses.map((analysis) => resolveMentions(analysis, articleActors, gazetteer));
  const genderOf = (key: string, guess: boolean) => {
    const actor = articleActors.actors.get(key);
    return actor?.kind === "person" ? genderOfName(actor.label, guess) : null;
  };
  noteHomesFromPlaces(articleActors, mentions, gazetteer);
  noteHomesFromStory(articleActors, gazetteer);
  noteHomesFromDescriptions(articleActors, analyses, mentions);
  const affiliations = affiliationsOf(analyses, mentions);
  // What a speaker says of their own side (country, organisation, the government they serve) is
  // that side's word, not a relation between two actors.
  // "Commission spokesperson X said Brussels would act": the body a speaker's side is part of is
  // their side too (KnownActor.partOf).
  const withWhole = (keys: readonly string[]) => [
    ...keys,
    ...keys.flatMap((key) => gazetteer.entries.get(key)?.partOf ?? []),
  ];
  const ofOwnSide = (draft: DraftRelation) =>
    (draft.governmentOnly === true && speaksForTheGovernment(draft.source, articleActors)) ||
    withWhole([
      draft.source,
      ...homeCountriesOf(draft.source, articleActors, gazetteer),
      ...homeOrganizationsOf(draft.source, articleActors),
      ...(affiliations.get(draft.source) ?? []),
    ]).includes(draft.target) ||
    speaksOfOwnCapital(
      draft,
      analyses[draft.sentence]?.sentence.text ?? "",
      mentions[draft.sentence] ?? [],
      articleActors.actors.get(draft.source),
    );
  // A person is of a body's side when their country is the body's (the body itself, or the one a
  // state institution serves), or, where one of them has no country, the body is their own.
  const countriesOf = (key: string) => withWhole([key, ...homeCountriesOf(key, articleActors, gazetteer)]);
  const sameSide = (person: string, body: string) => {
    const theirs = countriesOf(person).filter((key) => key !== person);
    const its = countriesOf(body).filter((key) => articleActors.actors.get(key)?.kind === "country");
    if (theirs.length > 0 && its.length > 0) return theirs.some((key) => its.includes(key));
    return withWhole(homeOrganizationsOf(person, articleActors)).includes(body);
  };
  const drafts = findRelations(analyses, mentions, genderOf, sameSide).filter(
    (draft) => draft.type !== "statement" || !ofOwnSide(draft),
  );
  // Every end of a relation is an actor of the article, or the network could not draw it.
  const relations = mergeRepeats(dateRelations(drafts, analyses, published)).filter(
    (relation) => articleActors.actors.has(relation.source) && articleActors.actors.has(relation.target),
  );

  const mentionCounts = new Map<string, number>();
  const actingCounts = new Map<string, number>();
  for (const mention of mentions.flat()) {
    mentionCounts.set(mention.key, (mentionCounts.get(mention.key) ?? 0) + 1);
    if (!mention.locative && !mention.modifier && !mention.inRole)
      actingCounts.set(mention.key, (actingCounts.get(mention.key) ?? 0) + 1);
  }
  return {
    article: {
      id: input.id,
      title: titleOf(input),
      published,
      publishedSource: input.published ? "manifest" : inferred ? "text" : null,
      source: input.source ?? null,
      url: input.url ?? null,
      text: input.text,
    },
    actors: [...articleActors.actors.values()]
      .filter((actor) => mentionCounts.has(actor.key))
      .map((actor) => ({
        ...actor,
        aliases: [...actor.aliases],
        mentions: mentionCounts.get(actor.key) ?? 0,
        actingMentions: actingCounts.get(actor.key) ?? 0,
      })),
    relations: relations.map((relation) => ({
      ...relation,
      evidence: sentences[relation.sentence] as Sentence,
    })),
    warnings,
  };
}
