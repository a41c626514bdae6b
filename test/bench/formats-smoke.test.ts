import { describe, expect, it } from "vitest";
import { measureFormats, type FormatsReport } from "../../bench/formats/measure";
import { formatFormatsReport } from "../../bench/formats/report";

describe("npm run bench:formats, on a small corpus", () => {
  let report: FormatsReport;

  it("reads the corpus in every format", { timeout: 120_000 }, () => {
    report = measureFormats({ articles: 30, extractSample: 5 });
    expect(report.formats.map((result) => result.format)).toEqual(["txt", "html", "csv", "jsonl"]);
  });

  it("gives the pipeline the same articles whatever the format", () => {
    for (const result of report.formats) expect(result).toMatchObject({ articles: 30, sameAsText: 30 });
  });

  it("prints one row per format with positive figures and the ratio to .txt", () => {
    expect(report.extractPerArticle).toBeGreaterThan(0);
    for (const result of report.formats) expect(result.read).toBeGreaterThan(0);
    const table = formatFormatsReport(report);
    expect(table).toMatch(/^txt +30 +[\d.]+ +[\d.]+ +[\d,]+ +[\d.]+ +1\.0x /m);
    for (const format of ["html", "csv", "jsonl"])
      expect(table).toMatch(new RegExp(`^${format} +30 .* 30 / 30$`, "m"));
  });
});
