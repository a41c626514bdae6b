import { buildGazetteer } from "./actors/gazetteer";
import { DEFAULT_KNOWN_ACTORS } from "./actors/known-actors";
import { extractArticle } from "./extract-article";
import type { ArticleInput, PipelineOptions, PipelineResult } from "./input";
import { assembleNetwork } from "./network/assemble";

export type { ArticleInput, KnownActor, PipelineOptions, PipelineResult } from "./input";
export type { ArticleExtraction } from "./extract-article";
export { DEFAULT_KNOWN_ACTORS } from "./actors/known-actors";
export { buildGazetteer } from "./actors/gazetteer";
export { extractArticle } from "./extract-article";
export { assembleNetwork } from "./network/assemble";

export const DEFAULT_SEED = 42;

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
