// `npx tsx bench/explorer/first-frame.ts [--actors 10000 --relations 100000] [--rounds 3] [--dist DIR]`
// Navigation to first frame only, ours and the bare sigma page in alternating rounds, opened as
// the floor benchmark opens them (floor.ts): quicker than the whole floor run when only the load
// changed. `--dist` serves another build of the explorer. Prints only.
import { parseArgs } from "node:util";
import { ensureBuilt, DIST } from "../../test/e2e/build";
import { buildBarePage } from "./bare-build";
import { launchBrowser } from "./browser";
import { open } from "./floor";
import { syntheticNetwork } from "./network";
import { serveBench } from "./serve";
import { quantile } from "./stats";

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    actors: { type: "string", default: "1000" },
    relations: { type: "string", default: "10000" },
    rounds: { type: "string", default: "3" },
    dist: { type: "string", multiple: true },
  },
});
const size = { actors: Number(values.actors), relations: Number(values.relations) };
await ensureBuilt();
const builds = values.dist ?? [DIST];
const servers = await Promise.all([...builds, await buildBarePage()].map((root) => serveBench(root)));
const names = [
  ...builds.map((build, i) => (builds.length > 1 ? `ours ${i + 1} (${build})` : "ours")),
  "floor",
];
const browser = await launchBrowser();
const times: number[][] = names.map(() => []);
try {
  const { json } = syntheticNetwork(size);
  for (const server of servers) server.put("bench/network.json", json);
  for (let round = 0; round < Number(values.rounds); round++)
    for (const [i, server] of servers.entries()) {
      const query = i < builds.length ? "?graph=bench/network.json" : "?graph=bench/network.json&w=700&h=556";
      const { page, readyMs } = await open(browser, `${server.url}${query}`, 600_000);
      await page.close();
      times[i]!.push(readyMs);
      process.stderr.write(`  round ${round + 1}: ${names[i]} ${readyMs} ms\n`);
    }
  const floor = quantile(times.at(-1)!, 0.5);
  process.stdout.write(`${size.actors}/${size.relations}, navigation to first frame (median):\n`);
  for (const [i, name] of names.entries()) {
    const median = quantile(times[i]!, 0.5);
    process.stdout.write(`  ${name}: ${median.toFixed(0)} ms (${(median / floor).toFixed(2)}x the floor)\n`);
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
}
