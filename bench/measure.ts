import os from "node:os";
import path from "node:path";
import { getHeapStatistics } from "node:v8";
import nlp from "compromise";
import { writeFileAtomic } from "../src/cli/atomic-write";
import { buildNetworkInParallel } from "../src/cli/parallel-extract";
import { readCorpus } from "../src/cli/read-corpus";
import { buildNetwork, DEFAULT_SEED } from "../src/pipeline";
import { placeActors } from "../src/pipeline/network/layout";
import { validateNetworkFile } from "../src/schema";
import { generateCorpus, wordCount, writeCorpus } from "./corpus";
import type { PeakMemory } from "./memory";

/** Seconds of each phase and what came out, for one corpus size. */
export interface SizeResult {
  articles: number;
  words: number;
  nodes: number;
  edges: number;
  /** Threads the pool was allowed (this one included), and those that extracted a batch. */
  threads: { asked: number; used: number };
  /** The command's path on worker threads: read, extract, assemble (layout included), validate, write. */
  parallel: { read: number; extract: number; assemble: number; write: number; total: number };
  /** The same articles through `buildNetwork` on one thread. */
  single: { extract: number; assemble: number };
  /** Communities and ForceAtlas2 alone, run once more on the network's nodes and edges. */
  layout: number;
  /** compromise's people(), organizations() and places() on one thread, over the first articles. */
  baseline: { articles: number; words: number; seconds: number };
  /**
   * CPU seconds of the whole process (every thread) for the parallel path, the one-thread path and the
   * baseline: unlike the clock, not inflated by other work on a shared machine.
   */
  cpu: { parallel: number; single: number; baseline: number };
  /** Bytes: the whole process's RSS during the parallel path, and the largest heap of a thread that extracted. */
  memory: { peakRss: number; workerHeap: number };
  /** The parallel network is byte for byte the single-threaded one, and it validates. */
  identical: boolean;
  valid: boolean;
}

export interface MeasureOptions {
  articles: number;
  seed: number;
  workers: number;
  /** At most this many articles for the compromise baseline: its rate per word is what is compared. */
  baselineArticles: number;
  memory: PeakMemory;
}

const seconds = (from: number) => (performance.now() - from) / 1000;
const cpuSeconds = (from: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(from);
  return (user + system) / 1e6;
};

/** Times `run` and, through the progress callback, when its last article was extracted. */
function timed<T>(run: (onProgress: (done: number, total: number) => void) => T) {
  const started = performance.now();
  let extracted = started;
  const result = run((done, total) => {
    if (done === total) extracted = performance.now();
  });
  return { result, extract: (extracted - started) / 1000, assemble: seconds(extracted) };
}

/** compromise's own recognisers over the texts: the wall-clock and CPU seconds they take. */
export function runBaseline(texts: readonly string[]): { seconds: number; cpu: number } {
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const text of texts) {
    const doc = nlp(text);
    doc.people().out("array");
    doc.organizations().out("array");
    doc.places().out("array");
  }
  return { seconds: seconds(started), cpu: cpuSeconds(cpu) };
}

/** What `npm run preprocess` does with the folder, phase by phase, with the threads' largest heaps. */
function parallelPath(dir: string, workers: number) {
  const heaps = new Map<number, number>();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const inputs = readCorpus(dir).inputs;
  const read = seconds(started);
  const run = timed((onProgress) =>
    buildNetworkInParallel(inputs, {
      onProgress,
      workers,
      onBatch: ({ worker, heapBytes }) => heaps.set(worker, Math.max(heapBytes, heaps.get(worker) ?? 0)),
    }),
  );
  // Below the pool's threshold everything ran here: this thread's heap is the one that extracted.
  if (heaps.size === 0) heaps.set(0, getHeapStatistics().used_heap_size);
  const writeStarted = performance.now();
  const { network } = run.result;
  const validation = validateNetworkFile(network);
  const json = JSON.stringify(network);
  writeFileAtomic(path.join(os.tmpdir(), `newsnet-bench-${inputs.length}.json`), `${json}\n`);
  return {
    inputs,
    network,
    json,
    valid: validation.errors.length === 0 && validation.dropped.length === 0,
    threads: heaps.size,
    heap: Math.max(...heaps.values()),
    phases: { read, extract: run.extract, assemble: run.assemble, write: seconds(writeStarted) },
    total: seconds(started),
    cpu: cpuSeconds(cpu),
  };
}

export function measureCorpus(options: MeasureOptions): SizeResult {
  const corpus = generateCorpus({ articles: options.articles, seed: options.seed });
  const dir = writeCorpus(corpus, `${options.articles}-${options.seed}`);
  options.memory.reset();
  const parallel = parallelPath(dir, options.workers);
  const peakRss = options.memory.peak();
  const { inputs, network } = parallel;

  const singleCpu = process.cpuUsage();
  const single = timed((onProgress) => buildNetwork(inputs, { onProgress }));
  const singleCpuSeconds = cpuSeconds(singleCpu);
  const layoutStarted = performance.now();
  placeActors(
    network.nodes.map((node) => node.key),
    network.edges.map((edge) => [edge.source, edge.target] as const),
    DEFAULT_SEED,
  );
  const layout = seconds(layoutStarted);
  const sample = inputs.slice(0, options.baselineArticles).map((input) => input.text);
  const baseline = runBaseline(sample);

  return {
    articles: inputs.length,
    words: inputs.reduce((sum, input) => sum + wordCount(input.text), 0),
    nodes: network.nodes.length,
    edges: network.edges.length,
    threads: { asked: options.workers, used: parallel.threads },
    parallel: { ...parallel.phases, total: parallel.total },
    single: { extract: single.extract, assemble: single.assemble },
    layout,
    baseline: {
      articles: sample.length,
      words: sample.reduce((sum, text) => sum + wordCount(text), 0),
      seconds: baseline.seconds,
    },
    cpu: { parallel: parallel.cpu, single: singleCpuSeconds, baseline: baseline.cpu },
    memory: { peakRss, workerHeap: parallel.heap },
    identical: JSON.stringify(single.result.network) === parallel.json,
    valid: parallel.valid,
  };
}
