import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { seededRandom } from "../src/pipeline/network/random";
import { fakePeople, nameWords, peopleIn, replaceWords } from "./names";

export const SEEDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../seeds");

export interface CorpusOptions {
  articles: number;
  seed: number;
  /** Where the seed articles are; their sentences are the corpus's sentences. */
  seedsDir: string;
}

export const DEFAULT_CORPUS_OPTIONS: CorpusOptions = { articles: 100, seed: 1, seedsDir: SEEDS_DIR };

const OUTLETS = [
  "Reuters", "Associated Press", "Al Jazeera", "Vox", "BBC News", "The Guardian", "Politico",
  "CNN", "Deutsche Welle", "France 24", "The Kyiv Independent", "Financial Times",
]; // prettier-ignore

/** Publication dates fall in these 600 days. */
const FIRST_DAY = Date.UTC(2021, 9, 1);
const DAYS = 600;

export interface GeneratedArticle {
  file: string;
  text: string;
  published: string;
  source: string;
}

/**
 * A corpus of `articles` articles made from the seed articles in turn, every person in them renamed
 * from a pool of made-up people that grows with the corpus (so does the network), with outlets and
 * dates drawn at random. The same options give the same corpus.
 */
export function generateCorpus(options: Partial<CorpusOptions> = {}): GeneratedArticle[] {
  const { articles, seed, seedsDir } = { ...DEFAULT_CORPUS_OPTIONS, ...options };
  const templates = readdirSync(seedsDir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => readFileSync(path.join(seedsDir, name), "utf8"))
    .map((text) => ({ text, people: peopleIn(text) }));
  const random = seededRandom(seed);
  const pool = fakePeople(random, Math.max(40, articles));
  const digits = String(articles - 1).length;
  return Array.from({ length: articles }, (_, index) => {
    const template = templates[index % templates.length] as (typeof templates)[number];
    const replacements = new Map<string, string>();
    for (const names of template.people)
      nameWords(names, pool[Math.floor(random() * pool.length)] as (typeof pool)[number], replacements);
    const day = new Date(FIRST_DAY + Math.floor(random() * DAYS) * 86_400_000);
    return {
      file: `${String(index).padStart(digits, "0")}_bench.txt`,
      text: replaceWords(template.text, replacements),
      published: day.toISOString().slice(0, 10),
      source: OUTLETS[Math.floor(random() * OUTLETS.length)] as string,
    };
  });
}

/** Writes a corpus, with its manifest, into a fresh folder under the system's temporary folder. */
export function writeCorpus(corpus: readonly GeneratedArticle[], name: string): string {
  const dir = path.join(os.tmpdir(), `newsnet-bench-${name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const { file, text } of corpus) writeFileSync(path.join(dir, file), text);
  const manifest = { articles: corpus.map(({ file, published, source }) => ({ file, published, source })) };
  writeFileSync(path.join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 1)}\n`);
  return dir;
}

export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
