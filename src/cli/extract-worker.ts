// One thread of the extraction pool (see parallel-extract.ts): articles in, extractions out.
import { getHeapStatistics } from "node:v8";
import { workerData, type MessagePort } from "node:worker_threads";
import {
  buildGazetteer,
  extractArticle,
  type ArticleExtraction,
  type ArticleInput,
  type KnownActor,
} from "../pipeline";

/** What the pool hands each worker when it starts. */
export interface ExtractWorkerData {
  /** The worker's end of its channel: jobs come in on it, answers go out on it. */
  port: MessagePort;
  /** Bumped after every answer, so the pool can sleep until one arrives (Atomics.wait). */
  signal: Int32Array;
  knownActors: readonly KnownActor[];
}

export interface ExtractJob {
  batch: number;
  articles: ArticleInput[];
}

export type ExtractAnswer =
  /** Loaded and ready for jobs: only then does the pool send any. */
  | { type: "ready" }
  | {
      type: "done";
      batch: number;
      extractions: ArticleExtraction[];
      /** Milliseconds spent extracting, to tell the work from the waiting. */
      busyMs: number;
      /** The worker's V8 heap in use after the batch. */
      heapBytes: number;
    }
  | { type: "error"; message: string };

/** Posts an answer and wakes the pool. */
function answer(data: Pick<ExtractWorkerData, "port" | "signal">, message: ExtractAnswer): void {
  data.port.postMessage(message);
  Atomics.add(data.signal, 0, 1);
  Atomics.notify(data.signal, 0);
}

function extractBatch(job: ExtractJob, gazetteer: ReturnType<typeof buildGazetteer>): ExtractAnswer {
  const started = performance.now();
  const extractions: ArticleExtraction[] = [];
  for (const article of job.articles) {
    try {
      extractions.push(extractArticle(article, gazetteer));
    } catch (error) {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      return { type: "error", message: `${article.id}: ${detail}` };
    }
  }
  return {
    type: "done",
    batch: job.batch,
    extractions,
    busyMs: performance.now() - started,
    heapBytes: getHeapStatistics().used_heap_size,
  };
}

const data = workerData as ExtractWorkerData;
const gazetteer = buildGazetteer(data.knownActors);
data.port.on("message", (job: ExtractJob) => answer(data, extractBatch(job, gazetteer)));
answer(data, { type: "ready" });
