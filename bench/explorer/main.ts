// `npm run bench:explorer` (1k/10k, 10k/100k and 100k/1M; writes bench/results/explorer.json)
// `npm run bench:explorer -- --quick` (1k/10k only, prints only)
// `npm run bench:explorer -- --report bench/results/explorer.json` (prints a saved run's table; runs nothing)
// Every run then compares person-made inputs with a bare sigma page (bench/results/floor.json):
// 1k/10k with --quick, 1k/10k and 10k/100k by default, 100k/1M as well with --full;
// `--floor` runs that comparison alone.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { describeMachine, launchBrowser } from "./browser";
import { FLOOR_SIZES, runFloorBench } from "./floor";
import { formatFloorReport } from "./floor-report";
import { formatExplorerReport } from "./report";
import { isFailed, runExplorerBench, type ExplorerFigures } from "./run";

const RESULTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../results");
const RESULTS = path.join(RESULTS_DIR, "explorer.json");
const FLOOR_RESULTS = path.join(RESULTS_DIR, "floor.json");

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    quick: { type: "boolean" },
    full: { type: "boolean" },
    floor: { type: "boolean" },
    out: { type: "string" },
    report: { type: "string" },
  },
});
if (values.report) {
  const saved = JSON.parse(readFileSync(values.report, "utf8")) as ExplorerFigures;
  process.stdout.write(formatExplorerReport(saved));
  process.exit(0);
}
const progress = ({ actors, relations }: { actors: number; relations: number }) =>
  process.stderr.write(
    `bench:explorer: ${actors.toLocaleString("en-US")} actors, ${relations.toLocaleString("en-US")} relations...\n`,
  );

function write(file: string, data: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  process.stderr.write(`bench:explorer: wrote ${path.relative(process.cwd(), file)}\n`);
}

if (!values.floor) {
  const figures = await runExplorerBench({ quick: values.quick ?? false, onSize: progress });
  process.stdout.write(formatExplorerReport(figures));
  const out = values.out ?? (values.quick ? null : RESULTS);
  if (out) write(out, figures);
  if (figures.sizes.some(isFailed)) process.exitCode = 1;
}

const browser = await launchBrowser();
try {
  const sizes = FLOOR_SIZES.slice(0, values.quick ? 1 : values.full ? 3 : 2);
  const floor = await runFloorBench(browser, sizes, progress);
  process.stdout.write(formatFloorReport(floor));
  if (!values.quick) write(FLOOR_RESULTS, { machine: await describeMachine(browser), sizes: floor });
  if (floor.some((size) => "failed" in size)) process.exitCode = 1;
} finally {
  await browser.close();
}
