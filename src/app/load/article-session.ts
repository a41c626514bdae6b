import {
  assembleNetwork,
  buildGazetteer,
  DEFAULT_KNOWN_ACTORS,
  DEFAULT_SEED,
  extractArticle,
  type ArticleExtraction,
  type ArticleInput,
} from "../../pipeline";
import { validateNetworkFile, type ActorNetworkFile, type ArticleRecord } from "../../schema";
import type { Skipped } from "../../sources/article-source";

type Progress = (done: number, total: number) => void;

/** A network file's article as the pipeline takes it again: its date only where the user gave it. */
export function recordInput(record: ArticleRecord): ArticleInput {
  return {
    id: record.id,
    text: record.text,
    title: record.title,
    published: record.publishedSource === "manifest" ? record.published : null,
    source: record.source,
    url: record.url,
  };
}

/**
 * The articles a page has extracted so far, kept so that adding more extracts only the new ones;
 * the network is assembled again from all of them, as the CLI would from the whole folder.
 */
export class ArticleSession {
  private readonly gazetteer = buildGazetteer(DEFAULT_KNOWN_ACTORS);
  private readonly extractions: ArticleExtraction[] = [];
  private readonly ids = new Set<string>();

  get size(): number {
    return this.extractions.length;
  }

  /** Extracts the articles whose ids are new; one already held is skipped, named. */
  add(inputs: readonly ArticleInput[], onProgress: Progress): { added: number; skipped: Skipped[] } {
    const skipped: Skipped[] = [];
    const fresh = inputs.filter((input) => {
      if (!this.ids.has(input.id)) {
        this.ids.add(input.id);
        return true;
      }
      skipped.push({ file: input.id, problem: "is in the network already (an article with this id)" });
      return false;
    });
    fresh.forEach((input, index) => {
      this.extractions.push(extractArticle(input, this.gazetteer));
      onProgress(index + 1, fresh.length);
    });
    return { added: fresh.length, skipped };
  }

  /** The network of every article held, and the pipeline's notes on the articles. */
  network(): { network: ActorNetworkFile; warnings: string[] } {
    const network = assembleNetwork(this.extractions, DEFAULT_SEED);
    const { errors, dropped } = validateNetworkFile(network);
    if (errors.length > 0 || dropped.length > 0)
      throw new Error(`the pipeline made an invalid network: ${[...errors, ...dropped].join("; ")}`);
    return { network, warnings: this.extractions.flatMap((extraction) => extraction.warnings) };
  }
}
