// `npm run bench:explorer` (1k/10k, 10k/100k and 100k/1M; writes bench/results/explorer.json)
// `npm run bench:explorer -- --quick` (1k/10k only, prints only)
// `npm run bench:explorer -- --report bench/results/explorer.json` (prints a saved run's table; runs nothing)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { formatExplorerReport } from "./report";
import { isFailed, runExplorerBench, type ExplorerFigures } from "./run";

const RESULTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../results/explorer.json");

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { quick: { type: "boolean" }, out: { type: "string" }, report: { type: "string" } },
});
if (values.report) {
  const saved = JSON.parse(readFileSync(values.report, "utf8")) as ExplorerFigures;
  process.stdout.write(formatExplorerReport(saved));
  process.exit(0);
}
const figures = await runExplorerBench({
  quick: values.quick ?? false,
  onSize: ({ actors, relations }) =>
    process.stderr.write(
      `bench:explorer: ${actors.toLocaleString("en-US")} actors, ${relations.toLocaleString("en-US")} relations...\n`,
    ),
});
process.stdout.write(formatExplorerReport(figures));
const out = values.out ?? (values.quick ? null : RESULTS);
if (out) {
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(figures, null, 2)}\n`);
  process.stderr.write(`bench:explorer: wrote ${path.relative(process.cwd(), out)}\n`);
}
if (figures.sizes.some(isFailed)) process.exitCode = 1;
