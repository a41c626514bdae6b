// `npx tsx bench/explorer/profile-inputs.ts [--actors 10000 --relations 100000] [--page ours|bare] [--input drag|slider] [--dist DIR]`
// A CPU profile (Chrome DevTools Protocol) of person-made inputs on one page: where the main
// thread goes per drag step or slider step, by function, self time first. Prints only.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { ensureBuilt, DIST } from "../../test/e2e/build";
import { buildBarePage } from "./bare-build";
import { launchBrowser } from "./browser";
import { benchQuery, summariseProfile, TRACE_CATEGORIES, type Profile } from "./cpu-profile";
import { installInputProbe, measureInput } from "./input-probe";
import { syntheticNetwork, YEAR_START } from "./network";
import { serveBench } from "./serve";

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    actors: { type: "string", default: "1000" },
    relations: { type: "string", default: "10000" },
    page: { type: "string", default: "ours" },
    input: { type: "string", default: "drag" },
    steps: { type: "string", default: "4" },
    trace: { type: "string" },
    dist: { type: "string" },
  },
});
const size = { actors: Number(values.actors), relations: Number(values.relations) };
const ours = values.page === "ours";

await ensureBuilt();
const root = ours ? (values.dist ?? DIST) : await buildBarePage();
const server = await serveBench(root);
const browser = await launchBrowser();
try {
  server.put("bench/network.json", syntheticNetwork(size).json);
  const page: Page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript({ content: "globalThis.__name ??= (fn) => fn;" });
  await page.addInitScript(installInputProbe);
  await page.goto(`${server.url}${benchQuery(ours)}`, { waitUntil: "commit" });
  await page.waitForSelector('body[data-state="ready"]', { timeout: 600_000 });
  await page.waitForTimeout(1500);
  const graph = page.locator("#graph");
  const box = (await graph.boundingBox())!;
  const [midX, midY] = [box.x + box.width / 2, box.y + box.height / 2];
  const session = await page.context().newCDPSession(page);
  await session.send("Profiler.enable");
  await session.send("Profiler.setSamplingInterval", { interval: 200 });
  const steps = Number(values.steps);
  const samples = [];
  let traced = false;
  if (values.input === "drag") {
    await page.mouse.move(midX, midY);
    await page.mouse.down();
    await measureInput(page, () => page.mouse.move(midX + 4, midY + 2));
    if (values.trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    traced = Boolean(values.trace);
    await session.send("Profiler.start");
    for (let step = 1; step <= steps; step++)
      samples.push(await measureInput(page, () => page.mouse.move(midX + 8 * step, midY + 5 * step)));
  } else {
    const slider = page.locator(ours ? '[role="slider"]' : "#day");
    await page.evaluate(
      ([start, isOurs]) => {
        if (isOurs) window.__explorer!.store.set({ range: [start, start + 29] });
        else
          (window as unknown as { __bare: { slider: HTMLInputElement } }).__bare.slider.value = String(start);
      },
      [YEAR_START + 120, ours] as const,
    );
    await slider.focus();
    await measureInput(page, () => page.keyboard.press("ArrowRight"));
    await session.send("Profiler.start");
    for (let step = 0; step < steps; step++)
      samples.push(await measureInput(page, () => page.keyboard.press("ArrowRight")));
  }
  const { profile } = (await session.send("Profiler.stop")) as { profile: Profile };
  if (traced) writeFileSync(values.trace!, await browser.stopTracing());
  process.stdout.write(`${values.page} ${values.input}, ${size.actors}/${size.relations}:\n`);
  for (const sample of samples)
    process.stdout.write(`  main ${sample.mainMs.toFixed(1)} ms, to frame ${sample.frameMs.toFixed(1)} ms\n`);
  process.stdout.write(summariseProfile(profile));
} finally {
  await browser.close();
  await server.close();
}
