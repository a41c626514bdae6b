import { DEFAULT_PARALLEL_OPTIONS } from "../src/cli/parallel-extract";
import { buildNetwork } from "../src/pipeline";
import { generateCorpus } from "./corpus";
import { measureCorpus, runBaseline } from "./measure";
import { sampleMemory } from "./memory";
import { describeMachine, figuresOf, type BenchReport } from "./report";

export interface BenchOptions {
  sizes: number[];
  seed: number;
  workers: number;
  baselineArticles: number;
  /** Called before each size, to show that a long run is moving. */
  onSize?: (articles: number) => void;
}

export const DEFAULT_BENCH_OPTIONS: BenchOptions = {
  sizes: [100, 1_000, 10_000],
  seed: 1,
  workers: DEFAULT_PARALLEL_OPTIONS.workers,
  baselineArticles: 1_000,
};

export const QUICK_BENCH_OPTIONS: Partial<BenchOptions> = { sizes: [100], baselineArticles: 100 };

/** Runs both pipelines and compromise once on a few articles, so the first size is not paying for it. */
function warmUp(seed: number): void {
  const corpus = generateCorpus({ articles: 10, seed });
  buildNetwork(corpus.map(({ file, text }) => ({ id: file, text })));
  runBaseline(corpus.map(({ text }) => text));
}

/** Every size in turn, smallest first, in this process. */
export async function runBench(options: Partial<BenchOptions> = {}): Promise<BenchReport> {
  const settings = { ...DEFAULT_BENCH_OPTIONS, ...options };
  const machine = describeMachine();
  const memory = sampleMemory();
  try {
    warmUp(settings.seed);
    const sizes = [...settings.sizes]
      .sort((a, b) => a - b)
      .map((articles) => {
        settings.onSize?.(articles);
        const result = measureCorpus({ ...settings, articles, memory });
        return { ...result, figures: figuresOf(result) };
      });
    return { machine, date: new Date().toISOString().slice(0, 10), seed: settings.seed, sizes };
  } finally {
    await memory.stop();
  }
}
