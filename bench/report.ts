import os from "node:os";
import type { SizeResult } from "./measure";

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
  /** The 1-minute load average when the run started: other work on the machine skews the timings. */
  loadAverage: number;
}

/** Rates and ratios derived from one size's timings; what the table shows. */
export interface Figures {
  articlesPerSecond: number;
  wordsPerSecond: number;
  wordsPerSecondOneThread: number;
  baselineWordsPerSecond: number;
  /** Our seconds per word over compromise's: below 1 is faster than compromise alone. */
  ratioOneThread: number;
  ratioParallel: number;
  /** The same in CPU seconds (all threads): the work done, whatever else the machine was doing. */
  cpuRatioOneThread: number;
  cpuRatioParallel: number;
  msPerArticleOneThread: number;
  msPerArticleAssemble: number;
  msPerArticleParallel: number;
}

export interface BenchReport {
  machine: Machine;
  date: string;
  seed: number;
  sizes: Array<SizeResult & { figures: Figures }>;
}

export function describeMachine(): Machine {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverage: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
  };
}

export function figuresOf(size: SizeResult): Figures {
  const oneThread = size.single.extract + size.single.assemble;
  const baselineRate = size.baseline.words / size.baseline.seconds;
  return {
    articlesPerSecond: size.articles / size.parallel.total,
    wordsPerSecond: size.words / size.parallel.total,
    wordsPerSecondOneThread: size.words / oneThread,
    baselineWordsPerSecond: baselineRate,
    ratioOneThread: oneThread / size.words / (1 / baselineRate),
    ratioParallel: size.parallel.total / size.words / (1 / baselineRate),
    cpuRatioOneThread: size.cpu.single / size.words / (size.cpu.baseline / size.baseline.words),
    cpuRatioParallel: size.cpu.parallel / size.words / (size.cpu.baseline / size.baseline.words),
    msPerArticleOneThread: (oneThread * 1000) / size.articles,
    msPerArticleAssemble: (size.single.assemble * 1000) / size.articles,
    msPerArticleParallel: (size.parallel.total * 1000) / size.articles,
  };
}

const integer = (value: number) => Math.round(value).toLocaleString("en-US");
const fixed = (digits: number) => (value: number) =>
  value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const mib = (bytes: number) => integer(bytes / 2 ** 20);
const yesNo = (value: boolean) => (value ? "yes" : "NO");

type Row = [label: string, cell: (size: BenchReport["sizes"][number]) => string];

const ROWS: Row[] = [
  ["articles", (s) => integer(s.articles)],
  ["words", (s) => integer(s.words)],
  ["actors / relations in the network", (s) => `${integer(s.nodes)} / ${integer(s.edges)}`],
  ["threads that extracted / allowed", (s) => `${s.threads.used} / ${s.threads.asked}`],
  ["end to end, parallel (s)", (s) => fixed(2)(s.parallel.total)],
  ["  read the folder (s)", (s) => fixed(2)(s.parallel.read)],
  ["  extract on the workers (s)", (s) => fixed(2)(s.parallel.extract)],
  ["  assemble, layout included (s)", (s) => fixed(2)(s.parallel.assemble)],
  ["  validate and write (s)", (s) => fixed(2)(s.parallel.write)],
  ["layout alone (s)", (s) => fixed(2)(s.layout)],
  ["extract, one thread (s)", (s) => fixed(2)(s.single.extract)],
  ["assemble, one thread (s)", (s) => fixed(2)(s.single.assemble)],
  ["articles/s, parallel end to end", (s) => integer(s.figures.articlesPerSecond)],
  ["words/s, parallel end to end", (s) => integer(s.figures.wordsPerSecond)],
  ["words/s, one thread (extract + assemble)", (s) => integer(s.figures.wordsPerSecondOneThread)],
  ["words/s, compromise people/orgs/places", (s) => integer(s.figures.baselineWordsPerSecond)],
  ["  compromise measured on (articles)", (s) => integer(s.baseline.articles)],
  ["time per word / compromise's, one thread", (s) => fixed(3)(s.figures.ratioOneThread)],
  ["time per word / compromise's, parallel", (s) => fixed(3)(s.figures.ratioParallel)],
  ["CPU per word / compromise's, one thread", (s) => fixed(3)(s.figures.cpuRatioOneThread)],
  ["CPU per word / compromise's, parallel", (s) => fixed(3)(s.figures.cpuRatioParallel)],
  ["ms per article, one thread", (s) => fixed(2)(s.figures.msPerArticleOneThread)],
  ["ms per article, assemble alone", (s) => fixed(2)(s.figures.msPerArticleAssemble)],
  ["ms per article, parallel end to end", (s) => fixed(2)(s.figures.msPerArticleParallel)],
  ["peak RSS, parallel path (MiB)", (s) => mib(s.memory.peakRss)],
  ["largest heap of an extracting thread (MiB)", (s) => mib(s.memory.workerHeap)],
  ["same bytes as one thread / validates", (s) => `${yesNo(s.identical)} / ${yesNo(s.valid)}`],
];

/** The table `npm run bench` prints, the same layout every time. */
export function formatReport(report: BenchReport): string {
  const { machine } = report;
  const labelWidth = Math.max(...ROWS.map(([label]) => label.length));
  const cells = ROWS.map(([, cell]) => report.sizes.map(cell));
  const width = Math.max(10, ...cells.flat().map((cell) => cell.length));
  const lines = [
    `newsnet pipeline benchmark, ${report.date}, corpus seed ${report.seed}`,
    `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ` +
      `${machine.platform}, load average ${machine.loadAverage} at start`,
    "",
    ...ROWS.map(([label], row) =>
      [label.padEnd(labelWidth), ...(cells[row] ?? []).map((cell) => cell.padStart(width))].join("  "),
    ),
  ];
  const [first, last] = [report.sizes[0], report.sizes.at(-1)];
  if (first && last && last !== first)
    lines.push(
      "",
      `growth from ${integer(first.articles)} to ${integer(last.articles)} articles, time per article: ` +
        `one thread x${fixed(2)(last.figures.msPerArticleOneThread / first.figures.msPerArticleOneThread)}, ` +
        `assemble x${fixed(2)(last.figures.msPerArticleAssemble / first.figures.msPerArticleAssemble)}, ` +
        `parallel end to end x${fixed(2)(last.figures.msPerArticleParallel / first.figures.msPerArticleParallel)}`,
    );
  return `${lines.join("\n")}\n`;
}
