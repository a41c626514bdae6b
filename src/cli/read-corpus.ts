import type { ArticleInput } from "../pipeline";
import { readManifest, type ManifestEntry } from "./manifest";
import { listArticleFiles, readArticles, type ReadOptions } from "./read-articles";

const NO_MANIFEST_ENTRY: ManifestEntry = { published: null, source: null, url: null, title: null };

/** The articles as the pipeline takes them: each text with what the manifest says of its file. */
export function toArticleInputs(
  articles: ReadonlyArray<{ id: string; name: string; text: string }>,
  manifest: ReadonlyMap<string, ManifestEntry>,
): ArticleInput[] {
  return articles.map(({ id, name, text }) => ({ id, text, ...(manifest.get(name) ?? NO_MANIFEST_ENTRY) }));
}

/** A folder read as `npm run preprocess` reads it: articles, manifest, and the articles it skipped. */
export function readCorpus(dir: string, displayDir = dir, options: Partial<ReadOptions> = {}) {
  const files = listArticleFiles(dir, displayDir);
  const manifest = readManifest(
    dir,
    displayDir,
    files.map((file) => file.name),
  );
  const { articles, bad } = readArticles(dir, displayDir, files, options);
  return { inputs: toArticleInputs(articles, manifest), bad };
}
