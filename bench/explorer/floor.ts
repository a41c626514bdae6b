import type { Browser, Page } from "playwright-core";
import { ensureBuilt, DIST } from "../../test/e2e/build";
import { buildBarePage } from "./bare-build";
import { measureFrameCost, type FrameCost } from "./frame-cost";
import { installInputProbe, type InputSample } from "./input-probe";
import { syntheticNetwork, YEAR_START, type NetworkSize } from "./network";
import { INPUTS, makeInputs, type InputCounts, type InputKind, type PageControls } from "./person-inputs";
import { serveBench, type BenchServer } from "./serve";
import { quantile, round } from "./stats";

/** One input's figures on one page: medians of its samples, long tasks in all of them. */
export interface InputFigures {
  mainMs: number;
  frameMs: number;
  longTasks: number;
  longTaskMs: number;
  samples: number;
}

export type PageFigures = Record<InputKind, InputFigures> & {
  readyMs: number;
  /** What a frame costs (frame-cost.ts): every relation shown, before the inputs; then a 30-day window, after them. */
  frame: { all: FrameCost; window: FrameCost };
};

export interface FloorSize extends NetworkSize {
  ours: PageFigures;
  floor: PageFigures;
}

export const FLOOR_SIZES: NetworkSize[] = [
  { actors: 1_000, relations: 10_000 },
  { actors: 10_000, relations: 100_000 },
  { actors: 100_000, relations: 1_000_000 },
];

/** Fewer inputs where software WebGL takes seconds a frame. */
function countsFor({ relations }: NetworkSize): InputCounts {
  const scale = relations >= 1_000_000 ? 2 : relations >= 100_000 ? 1 : 0;
  return {
    "drag step": [12, 6, 3][scale]!,
    hover: [8, 4, 2][scale]!,
    "slider step": [8, 4, 2][scale]!,
    "type toggle": [4, 2, 2][scale]!,
  };
}

/** Frames timed for their cost, per state: fewer where one takes seconds. */
const framesFor = ({ relations }: NetworkSize) => (relations >= 1_000_000 ? 2 : relations >= 100_000 ? 3 : 6);

function summarise(samples: InputSample[]): InputFigures {
  const median = (pick: (sample: InputSample) => number) => round(quantile(samples.map(pick), 0.5));
  return {
    mainMs: median((sample) => sample.mainMs),
    frameMs: median((sample) => sample.frameMs),
    longTasks: samples.reduce((sum, sample) => sum + sample.longTasks, 0),
    longTaskMs: round(samples.reduce((sum, sample) => sum + sample.longTaskMs, 0)),
    samples: samples.length,
  };
}

/** Opens a page with the input probe, waits until it is ready and has drawn; returns how long that took. */
export async function open(
  browser: Browser,
  url: string,
  timeout: number,
): Promise<{ page: Page; readyMs: number }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // tsx compiles with esbuild's keepNames: the functions serialised into the page need `__name`.
  await page.addInitScript({ content: "globalThis.__name ??= (fn) => fn;" });
  await page.addInitScript(installInputProbe);
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForSelector('body[data-state="ready"], body[data-state="error"]', { timeout });
  if ((await page.getAttribute("body", "data-state")) !== "ready") throw new Error(`${url} did not load`);
  const readyMs = await page.evaluate(
    () =>
      new Promise<number>((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now()))),
      ),
  );
  return { page, readyMs: round(readyMs) };
}

async function measurePage(
  browser: Browser,
  page: Page,
  readyMs: number,
  controls: PageControls,
  size: NetworkSize,
) {
  const all = await measureFrameCost(browser, page, framesFor(size));
  const samples = await makeInputs(page, controls, countsFor(size));
  // The slider's steps left a 30-day window; the type toggle was clicked back on.
  const window = await measureFrameCost(browser, page, framesFor(size));
  const figures = Object.fromEntries(INPUTS.map((kind) => [kind, summarise(samples[kind])]));
  return { ...figures, readyMs, frame: { all, window } } as PageFigures;
}

async function measureOurs(browser: Browser, server: BenchServer, size: NetworkSize, timeout: number) {
  const { page, readyMs } = await open(browser, `${server.url}?graph=bench/network.json`, timeout);
  try {
    const graph = page.locator("#graph");
    const controls: PageControls = {
      graph,
      slider: page.locator('[role="slider"]'),
      typeToggle: page.locator('input[type="checkbox"][value="statement"]').first(),
      prepareWindow: () =>
        page.evaluate(
          (start) => window.__explorer!.store.set({ range: [start, start + 29] }),
          YEAR_START + 120,
        ),
    };
    const box = (await graph.boundingBox())!;
    return { figures: await measurePage(browser, page, readyMs, controls, size), box };
  } finally {
    await page.close();
  }
}

async function measureFloor(
  browser: Browser,
  server: BenchServer,
  size: NetworkSize,
  box: { width: number; height: number },
  timeout: number,
) {
  const query = `?graph=bench/network.json&w=${Math.round(box.width)}&h=${Math.round(box.height)}`;
  const { page, readyMs } = await open(browser, `${server.url}${query}`, timeout);
  try {
    const controls: PageControls = {
      graph: page.locator("#graph"),
      slider: page.locator("#day"),
      typeToggle: page.locator("#statement"),
      prepareWindow: () =>
        page.evaluate((start) => {
          const bare = (window as unknown as { __bare: { slider: HTMLInputElement } }).__bare;
          bare.slider.value = String(start);
        }, YEAR_START + 120),
    };
    return await measurePage(browser, page, readyMs, controls, size);
  } finally {
    await page.close();
  }
}

/**
 * For each size, our explorer and the bare sigma page (built in the same run, fed the same
 * network file, its canvas the size of our graph view), one after the other in one browser: the
 * inputs a person makes, timed by the same probe in both.
 */
export async function runFloorBench(
  browser: Browser,
  sizes: NetworkSize[],
  onSize?: (size: NetworkSize) => void,
): Promise<(FloorSize | (NetworkSize & { failed: string }))[]> {
  await ensureBuilt();
  const [ours, bare] = await Promise.all([serveBench(DIST), buildBarePage().then(serveBench)]);
  const results: (FloorSize | (NetworkSize & { failed: string }))[] = [];
  try {
    for (const size of sizes) {
      onSize?.(size);
      const { json } = syntheticNetwork(size);
      ours.put("bench/network.json", json);
      bare.put("bench/network.json", json);
      const timeout = 600_000;
      try {
        const measured = await measureOurs(browser, ours, size, timeout);
        const floor = await measureFloor(browser, bare, size, measured.box, timeout);
        results.push({ ...size, ours: measured.figures, floor });
      } catch (error) {
        const reason = error instanceof Error ? error.message.split("\n")[0]! : String(error);
        results.push({ ...size, failed: reason });
      }
    }
    return results;
  } finally {
    await Promise.all([ours.close(), bare.close()]);
  }
}
