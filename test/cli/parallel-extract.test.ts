import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateCorpus, writeCorpus } from "../../bench/corpus";
import {
  buildNetworkInParallel,
  DEFAULT_PARALLEL_OPTIONS,
  parallelExtract,
  type BatchReport,
} from "../../src/cli/parallel-extract";
import { readCorpus } from "../../src/cli/read-corpus";
import { buildGazetteer, buildNetwork, DEFAULT_KNOWN_ACTORS, extractArticle } from "../../src/pipeline";
import { preprocessIn, REPO_ROOT } from "./helpers";

const SEEDS = readCorpus(path.join(REPO_ROOT, "seeds")).inputs;
const GENERATED = readCorpus(
  writeCorpus(generateCorpus({ articles: 60, seed: 7 }), "parallel-extract-test"),
).inputs;

describe("the network built on worker threads", () => {
  it.each([
    { corpus: "the seeds", inputs: SEEDS, workers: 2, batchSize: 1, extractHere: false },
    { corpus: "the seeds", inputs: SEEDS, workers: 3, batchSize: 2, extractHere: true },
    { corpus: "60 generated articles", inputs: GENERATED, workers: 2, batchSize: 7, extractHere: false },
    { corpus: "60 generated articles", inputs: GENERATED, workers: 3, batchSize: 16, extractHere: true },
  ])(
    "is byte for byte the one-thread network: $corpus, $workers threads, batches of $batchSize, extracting here too: $extractHere",
    (run) => {
      const reports: BatchReport[] = [];
      const parallel = buildNetworkInParallel(run.inputs, {
        workers: run.workers,
        batchSize: run.batchSize,
        minArticles: 0,
        extractHere: run.extractHere,
        onBatch: (report) => reports.push(report),
      });
      const single = buildNetwork(run.inputs);
      expect(JSON.stringify(parallel.network)).toBe(JSON.stringify(single.network));
      expect(parallel.warnings).toEqual(single.warnings);
      expect(reports.reduce((sum, report) => sum + report.articles, 0)).toBe(run.inputs.length);
      if (!run.extractHere) expect(reports.every((report) => report.worker > 0)).toBe(true);
    },
  );
});

describe("parallelExtract", () => {
  it("returns each article's extraction in the articles' order, as extractArticle does", () => {
    const gazetteer = buildGazetteer(DEFAULT_KNOWN_ACTORS);
    const inputs = GENERATED.slice(0, 20);
    const progress: number[] = [];
    const extractions = parallelExtract(inputs, DEFAULT_KNOWN_ACTORS, {
      workers: 2,
      batchSize: 3,
      extractHere: false,
      onProgress: (done) => progress.push(done),
    });
    expect(extractions).toEqual(inputs.map((input) => extractArticle(input, gazetteer)));
    expect(progress.at(-1)).toBe(20);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it("stays on this thread below the article threshold or with one thread", () => {
    const reports: BatchReport[] = [];
    const onBatch = (report: BatchReport) => reports.push(report);
    buildNetworkInParallel(SEEDS, { workers: 4, minArticles: SEEDS.length + 1, onBatch });
    buildNetworkInParallel(GENERATED, { workers: 1, minArticles: 0, onBatch });
    expect(reports).toEqual([]);
  });

  it("throws when an article cannot be extracted, instead of waiting for it", () => {
    const broken = [...GENERATED.slice(0, 8), { id: "broken", text: null as unknown as string }];
    const run = () => parallelExtract(broken, DEFAULT_KNOWN_ACTORS, { workers: 2, extractHere: false });
    expect(run).toThrow(/extraction thread 1: broken: /);
  });
});

describe("npm run preprocess on a folder at the threshold", () => {
  it("writes the one-thread network", () => {
    const corpus = generateCorpus({ articles: DEFAULT_PARALLEL_OPTIONS.minArticles, seed: 7 });
    const dir = writeCorpus(corpus, "parallel-extract-cli");
    const result = preprocessIn(dir, [".", "--out", "graph.json", "--quiet"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const written = fs.readFileSync(path.join(dir, "graph.json"), "utf8");
    expect(written).toBe(`${JSON.stringify(buildNetwork(readCorpus(dir).inputs).network)}\n`);
  });
});
