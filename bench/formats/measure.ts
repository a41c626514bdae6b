import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { readCorpus } from "../../src/cli/read-corpus";
import { buildGazetteer, DEFAULT_KNOWN_ACTORS, extractArticle, type ArticleInput } from "../../src/pipeline";
import { generateCorpus } from "../corpus";
import { BENCH_FORMATS, writeFormat, type BenchFormat } from "./write-formats";

export interface FormatResult {
  format: BenchFormat;
  articles: number;
  bytes: number;
  /** Seconds to read the folder into articles, as `newsnet preprocess` does before extracting. */
  read: number;
  /** Articles whose text, title, date and outlet are those the .txt folder gives, whitespace aside. */
  sameAsText: number;
}

export interface FormatsReport {
  date: string;
  seed: number;
  articles: number;
  /** Seconds per article for the pipeline's extraction on one thread, over a sample: the same for every format. */
  extractPerArticle: number;
  extractSample: number;
  formats: FormatResult[];
}

const seconds = (from: number) => (performance.now() - from) / 1000;
const folderBytes = (dir: string): number =>
  readdirSync(dir).reduce((sum, name) => sum + statSync(path.join(dir, name)).size, 0);
const words = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();
const sameArticle = (a: ArticleInput, b: ArticleInput) =>
  words(a.text) === words(b.text) && a.published === b.published && a.source === b.source;

export interface FormatsOptions {
  articles: number;
  seed: number;
  /** Articles whose extraction is timed: extraction does not depend on the format. */
  extractSample: number;
  onFormat?: (format: BenchFormat) => void;
}

export const DEFAULT_FORMATS_OPTIONS: FormatsOptions = { articles: 10_000, seed: 1, extractSample: 1_000 };

/** Articles extracted, untimed, before the sample. */
const WARM_UP = 100;

/**
 * The corpus of the pipeline benchmark, written in every format, each folder read as the command reads
 * it; the extraction that follows is timed once, on a sample, since every format hands it the same
 * articles (which `sameAsText` checks).
 */
export function measureFormats(options: Partial<FormatsOptions> = {}): FormatsReport {
  const settings = { ...DEFAULT_FORMATS_OPTIONS, ...options };
  const corpus = generateCorpus({ articles: settings.articles, seed: settings.seed });
  let reference: ArticleInput[] = [];
  const formats = BENCH_FORMATS.map((format): FormatResult => {
    settings.onFormat?.(format);
    const dir = writeFormat(format, corpus, `${settings.articles}-${settings.seed}`);
    const started = performance.now();
    const { inputs } = readCorpus(dir);
    const read = seconds(started);
    if (format === "txt") reference = inputs;
    const sameAsText = inputs.filter((input, index) => {
      const other = reference[index];
      return other !== undefined && sameArticle(input, other);
    }).length;
    return { format, articles: inputs.length, bytes: folderBytes(dir), read, sameAsText };
  });
  const gazetteer = buildGazetteer(DEFAULT_KNOWN_ACTORS);
  // The first articles pay for compiling the pipeline: they are extracted before the clock starts.
  for (const input of reference.slice(-WARM_UP)) extractArticle(input, gazetteer);
  const sample = reference.slice(0, settings.extractSample);
  const started = performance.now();
  for (const input of sample) extractArticle(input, gazetteer);
  return {
    date: new Date().toISOString().slice(0, 10),
    seed: settings.seed,
    articles: settings.articles,
    extractPerArticle: seconds(started) / Math.max(sample.length, 1),
    extractSample: sample.length,
    formats,
  };
}
