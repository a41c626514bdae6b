import { buildGazetteer, type Gazetteer } from "./actors/gazetteer";
import { DEFAULT_KNOWN_ACTORS } from "./actors/known-actors";
import { extractArticle as extractStages, type ArticleExtraction } from "./extract-article";
import type { ArticleInput, PipelineOptions, PipelineResult } from "./input";
import { assembleNetwork } from "./network/assemble";
import { longSentenceWarning } from "./text/sentences";

export type { ArticleInput, KnownActor, PipelineOptions, PipelineResult } from "./input";
export type { ArticleExtraction } from "./extract-article";
export { DEFAULT_KNOWN_ACTORS } from "./actors/known-actors";
export { buildGazetteer } from "./actors/gazetteer";
export { assembleNetwork } from "./network/assemble";

export const DEFAULT_SEED = 42;
export { MAX_SENTENCE_CHARS } from "./text/sentence-cap";

/**
 * One article through its stages (extract-article.ts), plus a warning when text that is not prose
 * had to be read in pieces. Callers that run articles in parallel use this one too.
 */
export function extractArticle(input: ArticleInput, gazetteer: Gazetteer): ArticleExtraction {
  const extraction = extractStages(input, gazetteer);
  const warning = longSentenceWarning(input.id, input.text);
  return warning ? { ...extraction, warnings: [...extraction.warnings, warning] } : extraction;
}

/**
 * Articles in, actor network out. Each article goes through its stages on its own (see
 * extract-article.ts), so the expensive part can run in parallel; only the merge sees them all.
 */
export function buildNetwork(
  articles: readonly ArticleInput[],
  options: PipelineOptions = {},
): PipelineResult {
  const gazetteer = buildGazetteer(options.knownActors ?? DEFAULT_KNOWN_ACTORS);
  const extractions = articles.map((article, index) => {
    const extraction = extractArticle(article, gazetteer);
    options.onProgress?.(index + 1, articles.length);
    return extraction;
  });
  return {
    network: assembleNetwork(extractions, options.seed ?? DEFAULT_SEED),
    warnings: extractions.flatMap((extraction) => extraction.warnings),
  };
}
