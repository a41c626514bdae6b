import { availableParallelism } from "node:os";
import { getHeapStatistics } from "node:v8";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import {
  assembleNetwork,
  buildGazetteer,
  buildNetwork,
  DEFAULT_KNOWN_ACTORS,
  DEFAULT_SEED,
  extractArticle,
  type ArticleExtraction,
  type ArticleInput,
  type KnownActor,
  type PipelineOptions,
  type PipelineResult,
} from "../pipeline";
import type { ExtractAnswer, ExtractJob, ExtractWorkerData } from "./extract-worker";

export interface ParallelOptions {
  /**
   * Threads that extract: this one and a pool of `workers - 1` (of `workers` with `extractHere` off).
   * With 1, `buildNetworkInParallel` runs everything here, without a pool.
   */
  workers: number;
  /** Articles per message: enough to make the copy cheap, few enough to keep the threads evenly busy. */
  batchSize: number;
  /**
   * Below this many articles, starting threads costs more than it saves: run on this one. A worker
   * takes about a second to load (compromise's lexicon, the pipeline through tsx), in which this
   * thread extracts some 200 articles.
   */
  minArticles: number;
  /**
   * Whether this thread extracts batches too while it waits for the pool: it hides the workers' start.
   * Off, every batch goes to a worker (the tests use it to see the workers at work).
   */
  extractHere: boolean;
  /** Give up when no thread has answered for this long (one that died never will). */
  stallMs: number;
  /** Called after each batch with what its thread reported, for the benchmark. */
  onBatch?: (report: BatchReport) => void;
}

export interface BatchReport {
  /** 0 for this thread, 1 and up for the pool's. */
  worker: number;
  articles: number;
  busyMs: number;
  heapBytes: number;
}

export const DEFAULT_PARALLEL_OPTIONS: ParallelOptions = {
  workers: availableParallelism(),
  batchSize: 16,
  minArticles: 200,
  extractHere: true,
  stallMs: 120_000,
};

/** Each worker gets this many batches ahead, so that it never waits for the next. */
const IN_FLIGHT = 2;

/**
 * Loads the worker file; under tsx (the sources are TypeScript) it first registers tsx in the thread,
 * since Node 20 does not pass the parent's loader hooks on to workers. A failure to load is answered
 * like any other error instead of leaving the pool waiting.
 */
const BOOTSTRAP = `
const { workerData } = require("node:worker_threads");
(async () => {
  if (workerData.loader) (await import(workerData.loader)).register();
  await import(workerData.entry);
})().catch((error) => {
  workerData.port.postMessage({ type: "error", message: String((error && error.stack) || error) });
  Atomics.add(workerData.signal, 0, 1);
  Atomics.notify(workerData.signal, 0);
});
`;

interface Member {
  worker: Worker;
  port: MessagePort;
}

/** Whether this file runs as TypeScript (under tsx or vitest), and so its worker file too. */
const RUNS_AS_TS = import.meta.url.endsWith(".ts");

function startMember(signal: Int32Array, knownActors: readonly KnownActor[]): Member {
  const entry = new URL(`./extract-worker.${RUNS_AS_TS ? "ts" : "js"}`, import.meta.url);
  const loader = RUNS_AS_TS ? import.meta.resolve("tsx/esm/api") : null;
  const { port1, port2 } = new MessageChannel();
  const data: ExtractWorkerData & { entry: string; loader: string | null } = {
    port: port2,
    signal,
    knownActors,
    entry: entry.href,
    loader,
  };
  const worker = new Worker(BOOTSTRAP, { eval: true, workerData: data, transferList: [port2] });
  // Errors come back through the port; this only keeps a late one from crashing the process.
  worker.on("error", () => {});
  worker.unref();
  return { worker, port: port1 };
}

/**
 * Extracts the articles on `workers` threads, this one and a pool of `workers - 1`, and returns the
 * extractions in the articles' order: exactly what `extractArticle` gives one by one. Batches go to a
 * worker once it has loaded, and this thread takes the next batch whenever it has nothing to receive,
 * so a slow start costs nothing. It blocks between batches (Atomics.wait): the command stays synchronous.
 */
export function parallelExtract(
  inputs: readonly ArticleInput[],
  knownActors: readonly KnownActor[],
  options: Partial<ParallelOptions> & { onProgress?: PipelineOptions["onProgress"] } = {},
): ArticleExtraction[] {
  const { workers, batchSize, extractHere, stallMs, onBatch } = { ...DEFAULT_PARALLEL_OPTIONS, ...options };
  const batches: ArticleInput[][] = [];
  for (let from = 0; from < inputs.length; from += batchSize)
    batches.push(inputs.slice(from, from + batchSize));
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const threads = Math.min(workers, batches.length);
  const pool = Array.from({ length: Math.max(0, extractHere ? threads - 1 : threads) }, () =>
    startMember(signal, knownActors),
  );
  const gazetteer = buildGazetteer(knownActors);
  const results: ArticleExtraction[][] = [];
  let sent = 0;
  let done = 0;
  const record = (batch: number, extractions: ArticleExtraction[], report: BatchReport) => {
    results[batch] = extractions;
    done += extractions.length;
    onBatch?.(report);
    options.onProgress?.(done, inputs.length);
  };
  const send = (member: Member) => {
    if (sent >= batches.length) return;
    const job: ExtractJob = { batch: sent, articles: batches[sent] as ArticleInput[] };
    member.port.postMessage(job);
    sent++;
  };
  /** Reads every answer waiting in the ports; false when there was none. */
  const receive = () => {
    let any = false;
    pool.forEach((member, index) => {
      for (let got = receiveMessageOnPort(member.port); got; got = receiveMessageOnPort(member.port)) {
        any = true;
        const message = got.message as ExtractAnswer;
        if (message.type === "error") throw new Error(`extraction thread ${index + 1}: ${message.message}`);
        if (message.type === "ready") {
          for (let i = 0; i < IN_FLIGHT; i++) send(member);
          continue;
        }
        const { batch, extractions, busyMs, heapBytes } = message;
        record(batch, extractions, { worker: index + 1, articles: extractions.length, busyMs, heapBytes });
        send(member);
      }
    });
    return any;
  };
  try {
    while (done < inputs.length) {
      const seen = Atomics.load(signal, 0);
      if (receive()) continue;
      if (extractHere && sent < batches.length) {
        const batch = sent++;
        const started = performance.now();
        const extractions = (batches[batch] as ArticleInput[]).map((input) =>
          extractArticle(input, gazetteer),
        );
        const busyMs = performance.now() - started;
        const heapBytes = getHeapStatistics().used_heap_size;
        record(batch, extractions, { worker: 0, articles: extractions.length, busyMs, heapBytes });
      } else if (Atomics.wait(signal, 0, seen, stallMs) === "timed-out")
        throw new Error(
          `no extraction thread answered for ${stallMs / 1000} s (${done} of ${inputs.length} articles done); ` +
            "run on one thread with --workers 1",
        );
    }
  } finally {
    for (const { worker, port } of pool) {
      port.close();
      void worker.terminate();
    }
  }
  return results.flat();
}

/**
 * `buildNetwork`, with the articles extracted on worker threads when there are enough of them to pay
 * for the threads; the network is byte for byte the same either way.
 */
export function buildNetworkInParallel(
  inputs: readonly ArticleInput[],
  options: PipelineOptions & Partial<ParallelOptions> = {},
): PipelineResult {
  const settings = { ...DEFAULT_PARALLEL_OPTIONS, ...options };
  if (settings.workers <= 1 || inputs.length < settings.minArticles) return buildNetwork(inputs, options);
  const knownActors = options.knownActors ?? DEFAULT_KNOWN_ACTORS;
  const extractions = parallelExtract(inputs, knownActors, options);
  return {
    network: assembleNetwork(extractions, options.seed ?? DEFAULT_SEED),
    warnings: extractions.flatMap((extraction) => extraction.warnings),
  };
}
