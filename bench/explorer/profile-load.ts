// `npx tsx bench/explorer/profile-load.ts [--actors 10000 --relations 100000] [--page ours|bare] [--trace FILE] [--dist DIR]`
// Where the page spends the time from navigation to its first frame: the explorer's phases (the
// `explorer:` User Timing measures), the main thread's CPU profile by function (Chrome DevTools
// Protocol, from navigation on), and with `--trace FILE` a Chromium trace; `--dist` serves another
// build (e.g. `npx vite build --minify false --outDir DIR`, for readable names). Prints only.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { ensureBuilt, DIST } from "../../test/e2e/build";
import { buildBarePage } from "./bare-build";
import { launchBrowser } from "./browser";
import { benchQuery, summariseProfile, TRACE_CATEGORIES, type Profile } from "./cpu-profile";
import { syntheticNetwork } from "./network";
import { serveBench } from "./serve";

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    actors: { type: "string", default: "1000" },
    relations: { type: "string", default: "10000" },
    page: { type: "string", default: "ours" },
    trace: { type: "string" },
    dist: { type: "string" },
  },
});
const size = { actors: Number(values.actors), relations: Number(values.relations) };
const ours = values.page === "ours";

await ensureBuilt();
const server = await serveBench(ours ? (values.dist ?? DIST) : await buildBarePage());
const browser = await launchBrowser();
try {
  server.put("bench/network.json", syntheticNetwork(size).json);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const session = await page.context().newCDPSession(page);
  await session.send("Profiler.enable");
  await session.send("Profiler.setSamplingInterval", { interval: 500 });
  await session.send("Profiler.start");
  if (values.trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.goto(`${server.url}${benchQuery(ours)}`, { waitUntil: "commit" });
  await page.waitForSelector('body[data-state="ready"]', { timeout: 600_000 });
  const firstFrame = await page.evaluate(
    () =>
      new Promise<number>((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now()))),
      ),
  );
  const { profile } = (await session.send("Profiler.stop")) as { profile: Profile };
  if (values.trace) writeFileSync(values.trace, await browser.stopTracing());
  const phases = await page.evaluate(() =>
    performance
      .getEntriesByType("measure")
      .filter((entry) => entry.name.startsWith("explorer:"))
      .map((entry) => ({ name: entry.name, start: entry.startTime, ms: entry.duration })),
  );
  process.stdout.write(
    `${values.page}, ${size.actors}/${size.relations}: first frame ${firstFrame.toFixed(0)} ms\n`,
  );
  for (const phase of phases)
    process.stdout.write(
      `  ${phase.start.toFixed(0).padStart(7)} +${phase.ms.toFixed(1).padStart(8)} ms  ${phase.name}\n`,
    );
  process.stdout.write(summariseProfile(profile, 40));
} finally {
  await browser.close();
  await server.close();
}
