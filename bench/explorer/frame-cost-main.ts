// `npx tsx bench/explorer/frame-cost-main.ts [--sizes 1000x10000,10000x100000] [--frames 10] [--rounds 2] [--dist DIR]...`
// What a frame costs (see frame-cost.ts) on builds of the explorer and on the bare sigma page,
// in alternating rounds, per size: every relation shown, then a 30-day window. Each `--dist` is
// one build (`npx vite build --outDir DIR`), e.g. one with a feature taken out, to find what
// that feature costs per frame; without one, the current build. Prints only.
import { parseArgs } from "node:util";
import { DIST, ensureBuilt } from "../../test/e2e/build";
import { buildBarePage } from "./bare-build";
import { launchBrowser } from "./browser";
import { measureFrameCost, setWindow, type FrameCost } from "./frame-cost";
import { syntheticNetwork } from "./network";
import { serveBench } from "./serve";

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    sizes: { type: "string", default: "1000x10000,10000x100000" },
    frames: { type: "string", default: "10" },
    rounds: { type: "string", default: "2" },
    dist: { type: "string", multiple: true },
  },
});

interface Costs {
  all: FrameCost;
  window: FrameCost;
}

await ensureBuilt();
const pages = [
  ...(values.dist?.length ? values.dist : [DIST]).map((dist) => ({
    name: dist === DIST ? "ours" : dist,
    server: serveBench(dist),
    bare: false,
  })),
  { name: "bare sigma", server: buildBarePage().then(serveBench), bare: true },
];
// The bare page's canvas is made the size of our graph view, as the floor benchmark does.
let box = { width: 1000, height: 740 };
const browser = await launchBrowser();
try {
  for (const [actors, relations] of values.sizes.split(",").map((size) => size.split("x").map(Number))) {
    const { json } = syntheticNetwork({ actors: actors!, relations: relations! });
    const costs = new Map<string, Costs[]>(pages.map(({ name }) => [name, []]));
    for (let round = 0; round < Number(values.rounds); round++)
      for (const { name, server, bare } of round % 2 ? [...pages].reverse() : pages) {
        const served = await server;
        served.put("bench/network.json", json);
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        try {
          await page.addInitScript({ content: "globalThis.__name ??= (fn) => fn;" });
          const size = bare ? `&w=${Math.round(box.width)}&h=${Math.round(box.height)}` : "";
          await page.goto(`${served.url}?graph=bench/network.json${size}`, { waitUntil: "commit" });
          await page.waitForSelector('body[data-state="ready"]', { timeout: 600_000 });
          if (!bare) box = (await page.locator("#graph").boundingBox()) ?? box;
          // Past the first frames, the label grid's rebuild and the camera's settling.
          await page.waitForTimeout(1000);
          const all = await measureFrameCost(browser, page, Number(values.frames));
          await setWindow(page);
          await page.waitForTimeout(500);
          costs
            .get(name)!
            .push({ all, window: await measureFrameCost(browser, page, Number(values.frames)) });
        } finally {
          await page.close();
        }
      }
    process.stdout.write(
      `${actors} actors / ${relations} relations, CPU per frame (least of the rounds): all shown | 30-day window\n`,
    );
    for (const [name, rounds] of costs) {
      const least = (pick: (costs: Costs) => number) => Math.min(...rounds.map(pick));
      const each = rounds.map(({ all, window }) => `${all.cpuMs}/${window.cpuMs}`).join(", ");
      process.stdout.write(
        `  ${name.padEnd(40)} ${String(least((c) => c.all.cpuMs)).padStart(8)} | ${String(least((c) => c.window.cpuMs)).padStart(8)} ms  (rounds: ${each})\n`,
      );
    }
  }
} finally {
  await browser.close();
  for (const { server } of pages) await (await server).close();
}
