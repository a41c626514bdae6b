// `npm run bench` (100, 1,000 and 10,000 articles; writes bench/results/pipeline.json)
// `npm run bench:quick` (100 articles, prints only)
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DEFAULT_BENCH_OPTIONS, QUICK_BENCH_OPTIONS, runBench } from "./bench";
import { formatReport } from "./report";

const RESULTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "results/pipeline.json");

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    quick: { type: "boolean" },
    sizes: { type: "string" },
    workers: { type: "string" },
    out: { type: "string" },
  },
});
const sizes = values.sizes?.split(",").map(Number);
const workers = values.workers === undefined ? undefined : Number(values.workers);
if (
  sizes?.some((size) => !Number.isInteger(size) || size < 1) ||
  (workers !== undefined && !(workers >= 1))
) {
  process.stderr.write("bench: --sizes takes whole numbers (--sizes 100,1000), --workers one of 1 or more\n");
  process.exit(2);
}

const report = await runBench({
  ...(values.quick ? QUICK_BENCH_OPTIONS : DEFAULT_BENCH_OPTIONS),
  ...(sizes && { sizes }),
  ...(workers !== undefined && { workers }),
  onSize: (articles) => process.stderr.write(`bench: ${articles.toLocaleString("en-US")} articles...\n`),
});
process.stdout.write(formatReport(report));
// A quick or partial run prints only, unless told where to write: the results file is the full run's.
const out = values.out ?? (values.quick || sizes ? null : RESULTS);
if (out) {
  mkdirSync(path.dirname(out), { recursive: true });
  // Milliseconds and thousandths are all the precision the timings have.
  const rounded = (_key: string, value: unknown) =>
    typeof value === "number" && !Number.isInteger(value) ? Math.round(value * 1000) / 1000 : value;
  writeFileSync(out, `${JSON.stringify(report, rounded, 2)}\n`);
  process.stderr.write(`bench: wrote ${path.relative(process.cwd(), out)}\n`);
}
if (report.sizes.some((size) => !size.identical || !size.valid)) process.exitCode = 1;
