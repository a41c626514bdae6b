import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ROOT } from "./build";
import { startHarness, type Harness } from "./harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.close());

const SIZES = [
  { width: 1024, height: 640 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];
const DOCS = join(ROOT, "docs");

/** What a person sees of the page, measured in it: the graph's share, and the rows of each bar. */
function measure(page: Page) {
  return page.evaluate(() => {
    const box = (element: Element) => element.getBoundingClientRect();
    const graph = box(document.querySelector("#graph")!);
    /** How many distinct rows the visible children of a bar sit on (tops more than 8 px apart). */
    const rows = (selector: string) => {
      const tops = [...document.querySelector(selector)!.children]
        .map(box)
        .filter((rect) => rect.width > 0 && rect.height > 0)
        .map((rect) => rect.top)
        .sort((a, b) => a - b);
      return tops.filter((top, i) => i === 0 || top - tops[i - 1]! > 8).length;
    };
    const toolbar = document.querySelector(".toolbar")!;
    return {
      graphShare: (graph.width * graph.height) / (innerWidth * innerHeight),
      toolbarRows: rows(".toolbar"),
      toolbarOverflows: toolbar.scrollWidth > toolbar.clientWidth,
      timelineRows: rows(".tl-controls"),
      statusOverflows: document.querySelector(".status-slot")!.scrollWidth > innerWidth,
    };
  });
}

/** Where an actor's disc is drawn, relative to the graph's box, and the box's size. */
function discInGraph(page: Page, key: string) {
  return page.evaluate((key) => {
    const { renderer } = window.__explorer!;
    const data = renderer.getNodeDisplayData(key)!;
    const { x, y } = renderer.framedGraphToViewport(data);
    const { width, height } = renderer.getDimensions();
    return { x, y, width, height };
  }, key);
}

const settle = (page: Page) => page.waitForTimeout(700);

describe.each(SIZES)("the explorer at $width×$height", (size) => {
  const name = `${size.width}x${size.height}`;

  test("the graph has most of the window, the toolbar keeps to one row, nothing spills over", async () => {
    const page = await harness.open("", size);
    await settle(page);
    mkdirSync(DOCS, { recursive: true });
    await page.screenshot({ path: join(DOCS, `layout-${name}.png`) });
    const measured = await measure(page);
    expect(measured.graphShare).toBeGreaterThan(0.42);
    expect(measured.toolbarRows).toBe(1);
    expect(measured.toolbarOverflows).toBe(false);
    expect(measured.timelineRows).toBe(1);
    expect(measured.statusOverflows).toBe(false);
    // The toolbar's less-used actions wait in menus.
    expect(await page.locator(".export-menu > summary").isVisible()).toBe(true);
  });

  test("?actor= opens with the actor in view, with its details beside the graph", async () => {
    const page = await harness.open("?actor=vladimir-putin", size);
    await settle(page);
    await page.screenshot({ path: join(DOCS, `layout-${name}-actor.png`) });
    const disc = await discInGraph(page, "vladimir-putin");
    expect(disc.x).toBeGreaterThan(24);
    expect(disc.x).toBeLessThan(disc.width - 24);
    expect(disc.y).toBeGreaterThan(24);
    expect(disc.y).toBeLessThan(disc.height - 24);
    expect(await page.locator("#details-title").textContent()).toBe("Vladimir Putin");
    expect(await page.locator("#details-title").isVisible()).toBe(true);
    expect((await measure(page)).graphShare).toBeGreaterThan(0.3);
  });

  test("search brings an actor that was out of view into view", async () => {
    const page = await harness.open("", size);
    await settle(page);
    // Far from everything: the actor is off screen before the search.
    await page.evaluate(() => window.__explorer!.renderer.getCamera().setState({ x: 5, y: 5, ratio: 0.2 }));
    const before = await discInGraph(page, "david-de-roche");
    expect(before.x < 0 || before.x > before.width || before.y < 0 || before.y > before.height).toBe(true);
    await page.locator("#search").fill("David de Roche");
    await page.locator("#search-suggestions li").first().waitFor();
    await page.locator("#search").press("Enter");
    await settle(page);
    const after = await discInGraph(page, "david-de-roche");
    expect(after.x).toBeGreaterThan(after.width * 0.25);
    expect(after.x).toBeLessThan(after.width * 0.75);
    expect(after.y).toBeGreaterThan(after.height * 0.25);
    expect(after.y).toBeLessThan(after.height * 0.75);
  });
});
