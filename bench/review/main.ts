// `tsx bench/review/main.ts` (10k and 100k relations; writes bench/results/review.json)
// `tsx bench/review/main.ts --quick` (10k only, prints only)
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DIST, ensureBuilt } from "../../test/e2e/build";
import { launchBrowser } from "../explorer/browser";
import { syntheticNetwork, type NetworkSize } from "../explorer/network";
import { serveBench } from "../explorer/serve";
import { measureTable, type TableFigures } from "./measure";
import { formatTableReport } from "./report";

const RESULTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../results/review.json");
const SIZES: NetworkSize[] = [
  { actors: 1_000, relations: 10_000 },
  { actors: 10_000, relations: 100_000 },
];

const { values } = parseArgs({ args: process.argv.slice(2), options: { quick: { type: "boolean" } } });
await ensureBuilt();
const server = await serveBench(DIST);
const browser = await launchBrowser();
const figures: TableFigures[] = [];
try {
  for (const size of values.quick ? SIZES.slice(0, 1) : SIZES) {
    process.stderr.write(`bench:review: ${size.relations.toLocaleString("en-US")} relations...\n`);
    figures.push(await measureTable(browser, server, syntheticNetwork(size)));
  }
} finally {
  await browser.close();
  await server.close();
}
process.stdout.write(formatTableReport(figures));
if (!values.quick) {
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(figures, null, 2)}\n`);
}
