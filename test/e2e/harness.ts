import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { ActorKind } from "../../src/schema";
import { launchChromium } from "../chromium";
import { ensureBuilt, DIST, ROOT } from "./build";
import { serve, type StaticServer } from "./server";

export const SHOTS = join(ROOT, "test-results");

export interface Harness {
  browser: Browser;
  server: StaticServer;
  /** Opens the explorer with a query string and waits until it has loaded (or failed to). */
  open(query?: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** Builds once, serves dist/ (plus in-memory fixture files) and launches headless Chromium. */
export async function startHarness(extra: Record<string, string> = {}): Promise<Harness> {
  await ensureBuilt();
  const server = await serve(DIST, extra);
  const browser = await launchChromium();
  const pages: Page[] = [];
  return {
    browser,
    server,
    async open(query = "", viewport = { width: 1280, height: 800 }) {
      const page = await browser.newPage({ viewport });
      pages.push(page);
      await page.goto(`${server.url}${query}`);
      await page.waitForSelector('body[data-state="ready"], body[data-state="error"]', { timeout: 60_000 });
      return page;
    },
    async close() {
      await Promise.all(pages.map((page) => page.close().catch(() => undefined)));
      await browser.close();
      await server.close();
    },
  };
}

/** The numbers the status bar shows, read from its data attributes. */
export async function visibleCounts(page: Page): Promise<{ actors: number; edges: number; text: string }> {
  const counts = page.locator("#visible-counts");
  return {
    actors: Number(await counts.getAttribute("data-actors")),
    edges: Number(await counts.getAttribute("data-edges")),
    text: (await counts.textContent()) ?? "",
  };
}

export interface ReducerCalls {
  nodes: number;
  edges: number;
}

/**
 * Wraps the view's reducers to count their calls. Setting a reducer makes sigma refresh everything
 * once, so counting starts two frames later. The returned reader gives the calls since the last
 * read (or since counting started) and starts again from zero.
 */
export async function countReducerCalls(page: Page): Promise<() => Promise<ReducerCalls>> {
  await page.evaluate(async () => {
    const { renderer } = window.__explorer!;
    const calls: ReducerCalls = { nodes: 0, edges: 0 };
    for (const [setting, kind] of [
      ["nodeReducer", "nodes"],
      ["edgeReducer", "edges"],
    ] as const) {
      const reducer = renderer.getSetting(setting)! as (key: string, data: object) => object;
      renderer.setSetting(setting, ((key: string, data: object) => {
        calls[kind]++;
        return reducer(key, data);
      }) as never);
    }
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    [calls.nodes, calls.edges] = [0, 0];
    Object.assign(window, { __reducerCalls: calls });
  });
  return () =>
    page.evaluate(() => {
      const calls = (window as unknown as { __reducerCalls: ReducerCalls }).__reducerCalls;
      const read = { ...calls };
      [calls.nodes, calls.edges] = [0, 0];
      return read;
    });
}

/** Saves a screenshot under test-results/ for a person to look at; returns the PNG. */
/** Waits two frames in the page, so that what a change scheduled has been drawn. */
export const nextFrames = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

export async function shoot(page: Page, name: string): Promise<Buffer> {
  mkdirSync(SHOTS, { recursive: true });
  return page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** The PNG the Export PNG button would download at `scale`, and its size in pixels. */
export async function snapshotPng(
  page: Page,
  scale: number,
): Promise<{ png: Buffer; type: string; width: number; height: number }> {
  const result = await page.evaluate(async (scale) => {
    const api = window.__explorer?.exportApi as { exportSnapshotBlob(scale: number): Promise<Blob> };
    const blob = await api.exportSnapshotBlob(scale);
    const bitmap = await createImageBitmap(blob);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = "";
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return { type: blob.type, width: bitmap.width, height: bitmap.height, base64: btoa(binary) };
  }, scale);
  return { ...result, png: Buffer.from(result.base64, "base64") };
}

/** An actor's disc on the page, as sigma draws it now. */
export interface Disc {
  key: string;
  kind: ActorKind;
  /** Centre, in page pixels. */
  x: number;
  y: number;
  radius: number;
}

/**
 * The discs that touch no other (where one disc is drawn over another, neither shows its own
 * colour for sure), with their centres on the page, to read each actor's colour off a screenshot.
 */
export async function separateDiscs(page: Page): Promise<Disc[]> {
  const origin = await regionOf(page, "#graph canvas.sigma-nodes");
  const discs = await page.evaluate(() => {
    const { renderer, graph } = window.__explorer!;
    return graph.nodes().map((key) => {
      const data = renderer.getNodeDisplayData(key)!;
      const centre = renderer.framedGraphToViewport(data);
      const { kind } = graph.getNodeAttributes(key);
      return { key, kind, x: centre.x, y: centre.y, radius: renderer.scaleSize(data.size) };
    });
  });
  return discs
    .filter((disc) =>
      discs.every(
        (other) =>
          other === disc ||
          Math.hypot(other.x - disc.x, other.y - disc.y) > 2 * (other.radius + disc.radius) + 4,
      ),
    )
    .map((disc) => ({ ...disc, x: Math.round(origin.x + disc.x), y: Math.round(origin.y + disc.y) }));
}

export type Region = { x: number; y: number; width: number; height: number };

/** The on-page box of an element, rounded to whole pixels, to cut it out of a page screenshot. */
export async function regionOf(page: Page, selector: string): Promise<Region> {
  const box = (await page.locator(selector).boundingBox())!;
  return {
    x: Math.round(box.x),
    y: Math.round(box.y),
    width: Math.round(box.width),
    height: Math.round(box.height),
  };
}

/**
 * Every pixel colour of a PNG region as "#rrggbb", in order, decoded by the browser itself on a
 * blank page (so no image library is needed).
 */
async function pixelColours(browser: Browser, png: Buffer, region: Region): Promise<string[]> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ({ data, region }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement("canvas");
        canvas.width = region.width;
        canvas.height = region.height;
        const context = canvas.getContext("2d")!;
        context.drawImage(image, -region.x, -region.y);
        const pixels = context.getImageData(0, 0, region.width, region.height).data;
        const hex = (v: number) => v.toString(16).padStart(2, "0");
        const colours: string[] = [];
        for (let i = 0; i < pixels.length; i += 4)
          colours.push(`#${hex(pixels[i]!)}${hex(pixels[i + 1]!)}${hex(pixels[i + 2]!)}`);
        return colours;
      },
      { data: png.toString("base64"), region },
    );
  } finally {
    await page.close();
  }
}

/** The colour of a page screenshot at each of these whole-pixel points, as "#rrggbb". */
export async function coloursAt(
  browser: Browser,
  png: Buffer,
  points: { x: number; y: number }[],
): Promise<string[]> {
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const region = { x: Math.min(...xs), y: Math.min(...ys), width: 0, height: 0 };
  region.width = Math.max(...xs) - region.x + 1;
  region.height = Math.max(...ys) - region.y + 1;
  const colours = await pixelColours(browser, png, region);
  return points.map(({ x, y }) => colours[(y - region.y) * region.width + (x - region.x)]!);
}

/** The distinct colours of a PNG region. */
export async function coloursIn(browser: Browser, png: Buffer, region: Region): Promise<Set<string>> {
  return new Set(await pixelColours(browser, png, region));
}

/** How many pixels of a PNG region differ from its top-left (background) colour, and how many colours it has. */
export async function pixelStats(
  browser: Browser,
  png: Buffer,
  region: Region,
): Promise<{ nonBackground: number; total: number; colours: number }> {
  const colours = await pixelColours(browser, png, region);
  const background = colours[0];
  const nonBackground = colours.filter((colour) => colour !== background).length;
  return { nonBackground, total: colours.length, colours: new Set(colours).size };
}

/** How many pixels of a region differ between two screenshots of the same size. */
export async function differingPixels(
  browser: Browser,
  a: Buffer,
  b: Buffer,
  region: Region,
): Promise<number> {
  const [first, second] = await Promise.all([
    pixelColours(browser, a, region),
    pixelColours(browser, b, region),
  ]);
  return first.filter((colour, i) => colour !== second[i]).length;
}
