// Work in progress: the stages are being written; this entry point's signature is the stable API.
import { SCHEMA_VERSION } from "../schema";
import type { ArticleInput, PipelineOptions, PipelineResult } from "./input";

export type { ArticleInput, KnownActor, PipelineOptions, PipelineResult } from "./input";

export function buildNetwork(articles: ArticleInput[], options: PipelineOptions = {}): PipelineResult {
  const warnings: string[] = [];
  const records = articles.map((article, index) => {
    options.onProgress?.(index + 1, articles.length);
    const title =
      article.title ??
      article.text
        .split("\n")
        .find((line) => line.trim() !== "")
        ?.trim() ??
      "";
    if (!article.published) warnings.push(`${article.id}: no publication date`);
    return {
      id: article.id,
      title,
      published: article.published ?? null,
      publishedSource: article.published ? ("manifest" as const) : null,
      source: article.source ?? null,
      url: article.url ?? null,
      text: article.text,
    };
  });
  return {
    network: {
      options: { type: "mixed", multi: true, allowSelfLoops: false },
      attributes: { schemaVersion: SCHEMA_VERSION, articles: records },
      nodes: [],
      edges: [],
    },
    warnings,
  };
}
