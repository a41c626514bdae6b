// `npm run bench:formats` (the 10,000-article corpus in .txt, saved pages, CSV and JSON Lines;
// writes bench/results/formats.json), `--articles N` for another size (prints only).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { describeMachine } from "../report";
import { DEFAULT_FORMATS_OPTIONS, measureFormats } from "./measure";
import { formatFormatsReport } from "./report";

const RESULTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../results/formats.json");

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { articles: { type: "string" }, out: { type: "string" } },
});
const articles = values.articles === undefined ? DEFAULT_FORMATS_OPTIONS.articles : Number(values.articles);
if (!Number.isInteger(articles) || articles < 1) {
  process.stderr.write("bench:formats: --articles takes a whole number, 1 or more\n");
  process.exit(2);
}
const machine = describeMachine();
const report = measureFormats({
  articles,
  onFormat: (format) => process.stderr.write(`bench:formats: ${format}...\n`),
});
process.stdout.write(formatFormatsReport(report, machine));
const out = values.out ?? (values.articles === undefined ? RESULTS : null);
if (out) {
  mkdirSync(path.dirname(out), { recursive: true });
  const rounded = (_key: string, value: unknown) =>
    typeof value === "number" && !Number.isInteger(value) ? Math.round(value * 1e6) / 1e6 : value;
  writeFileSync(out, `${JSON.stringify({ machine, ...report }, rounded, 2)}\n`);
  process.stderr.write(`bench:formats: wrote ${path.relative(process.cwd(), out)}\n`);
}
if (report.formats.some((result) => result.sameAsText !== result.articles)) process.exitCode = 1;
