import { describe, expect, it } from "vitest";
import { QUICK_BENCH_OPTIONS, runBench } from "../../bench/bench";
import { generateCorpus } from "../../bench/corpus";
import { formatReport, type BenchReport } from "../../bench/report";

describe("the generated corpus", () => {
  it("is the same for the same seed and differs for another", () => {
    const first = generateCorpus({ articles: 12, seed: 3 });
    expect(generateCorpus({ articles: 12, seed: 3 })).toEqual(first);
    expect(generateCorpus({ articles: 12, seed: 4 })).not.toEqual(first);
  });

  it("renames the seeds' people, and dates and credits every article", () => {
    const corpus = generateCorpus({ articles: 10, seed: 3 });
    expect(corpus.map((article) => article.file)).toEqual(
      Array.from({ length: 10 }, (_, index) => `${index}_bench.txt`),
    );
    for (const article of corpus) {
      expect(article.text).not.toMatch(/\b(?:Biden|Putin|Zelensky|Macron|Lavrov)\b/);
      expect(article.published).toMatch(/^202[123]-\d\d-\d\d$/);
      expect(article.source).not.toBe("");
    }
  });
});

describe("npm run bench:quick, in-process", () => {
  let report: BenchReport;

  it("measures 100 articles", { timeout: 300_000 }, async () => {
    report = await runBench(QUICK_BENCH_OPTIONS);
    expect(report.sizes.map((size) => size.articles)).toEqual([100]);
  });

  it("gives a network that validates and matches the one-thread pipeline byte for byte", () => {
    const [size] = report.sizes;
    expect(size).toMatchObject({ identical: true, valid: true });
    expect(size?.nodes).toBeGreaterThan(100);
    expect(size?.edges).toBeGreaterThan(size?.nodes ?? 0);
  });

  it("gives positive, finite figures", () => {
    const [size] = report.sizes;
    if (!size) throw new Error("no size measured");
    const figures = [
      ...Object.values(size.figures),
      ...Object.values(size.parallel),
      ...Object.values(size.single),
      ...Object.values(size.cpu),
      size.layout,
      size.baseline.seconds,
      size.memory.peakRss,
      size.words,
    ];
    for (const figure of figures) {
      expect(Number.isFinite(figure)).toBe(true);
      expect(figure).toBeGreaterThan(0);
    }
    expect(size.baseline.articles).toBe(100);
    expect(size.memory.peakRss).toBeGreaterThan(10 * 2 ** 20);
  });

  it("prints the machine and one column per size", () => {
    const table = formatReport(report);
    expect(table).toContain(`Node ${process.version}`);
    expect(table).toMatch(/^articles +100$/m);
    expect(table).toMatch(/^words\/s, compromise people\/orgs\/places +[\d,]+$/m);
    expect(table).toMatch(/^same bytes as one thread \/ validates +yes \/ yes$/m);
  });
});
