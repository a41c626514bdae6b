import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DOCS, SCREEN_SIZES } from "./screens";
import { startHarness, type Harness } from "./harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.close());

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

// Until the camera has stopped moving: a fixed wait let a late fit move it on a loaded machine.
const settle = async (page: Page) => {
  await page.waitForTimeout(300);
  await expect
    .poll(() => page.evaluate(() => window.__explorer!.renderer.getCamera().isAnimated()), { timeout: 5_000 })
    .toBe(false);
  await page.waitForTimeout(400);
};

describe.each(SCREEN_SIZES)("the explorer at $width×$height", (size) => {
  const name = `${size.width}x${size.height}`;

  test("the graph has most of the window, the toolbar keeps to one row, nothing spills over", async () => {
    const page = await harness.open("", size);
    await settle(page);
    mkdirSync(DOCS, { recursive: true });
    await page.screenshot({ path: join(DOCS, `layout-${name}.png`) });
    const measured = await measure(page);
    console.info(`graph share at ${name}: ${measured.graphShare.toFixed(3)}`);
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
    await settle(page);
    const offScreen = async () => {
      const disc = await discInGraph(page, "david-de-roche");
      return disc.x < 0 || disc.x > disc.width || disc.y < 0 || disc.y > disc.height;
    };
    expect(await offScreen()).toBe(true);
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

describe("side panels that fold", () => {
  const graphBox = async (page: Page) => (await page.locator("#graph").boundingBox())!;

  test("at 1024×640 they are icons; each opens over the graph and folds with Escape or its close button", async () => {
    const page = await harness.open("", { width: 1024, height: 640 });
    await settle(page);
    const filters = page.getByRole("button", { name: "Show filters and legend" });
    const details = page.getByRole("button", { name: "Show details" });
    expect(await filters.isVisible()).toBe(true);
    expect(await details.isVisible()).toBe(true);
    expect(await page.locator(".sidebar").isVisible()).toBe(false);
    expect(await page.locator(".details-slot").isVisible()).toBe(false);
    const before = await graphBox(page);
    expect(before.width).toBe(1024);

    await filters.click();
    expect(await page.locator(".sidebar").isVisible()).toBe(true);
    // The icon is hidden while its panel is open; getByRole finds no hidden element.
    expect(await page.locator('.panel-open[data-panel="filters"]').getAttribute("aria-expanded")).toBe(
      "true",
    );
    // Over the graph, not beside it: the graph keeps its box.
    expect(await graphBox(page)).toEqual(before);
    const sidebar = (await page.locator(".sidebar").boundingBox())!;
    expect(sidebar.x).toBeLessThan(before.x + 1);
    expect(sidebar.y).toBeGreaterThanOrEqual(before.y - 1);
    await page.screenshot({ path: join(DOCS, "layout-1024x640-filters-open.png") });
    await page.keyboard.press("Escape");
    expect(await page.locator(".sidebar").isVisible()).toBe(false);

    await details.click();
    expect(await page.locator(".details-slot").isVisible()).toBe(true);
    expect(await graphBox(page)).toEqual(before);
    await page.getByRole("button", { name: "Hide details" }).click();
    expect(await page.locator(".details-slot").isVisible()).toBe(false);
    expect(await details.isVisible()).toBe(true);
  });

  test("at 1024×640 a selection opens the details over the graph, and a new one opens them again", async () => {
    const page = await harness.open("", { width: 1024, height: 640 });
    await settle(page);
    await page.evaluate(() =>
      window.__explorer!.store.set({ selected: { type: "node", key: "vladimir-putin" } }),
    );
    await page.locator("#details-title", { hasText: "Vladimir Putin" }).waitFor();
    expect(await page.locator(".details-slot").isVisible()).toBe(true);
    expect((await graphBox(page)).width).toBe(1024);
    await page.keyboard.press("Escape");
    expect(await page.locator(".details-slot").isVisible()).toBe(false);
    await page.evaluate(() => window.__explorer!.store.set({ selected: { type: "node", key: "joe-biden" } }));
    await page.locator("#details-title", { hasText: "Joe Biden" }).waitFor();
    expect(await page.locator(".details-slot").isVisible()).toBe(true);
  });

  test("at 1440×900 they are columns, and folding one gives its width to the graph", async () => {
    const page = await harness.open("", { width: 1440, height: 900 });
    await settle(page);
    expect(await page.locator(".sidebar").isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Show filters and legend" }).isVisible()).toBe(false);
    const before = await graphBox(page);
    await page.getByRole("button", { name: "Hide filters" }).click();
    await settle(page);
    const after = await graphBox(page);
    expect(after.width).toBeGreaterThan(before.width + 200);
    expect(await page.evaluate(() => window.__explorer!.renderer.getDimensions().width)).toBe(after.width);
    await page.getByRole("button", { name: "Show filters and legend" }).click();
    expect(await page.locator(".sidebar").isVisible()).toBe(true);
    // Escape leaves columns alone.
    await page.keyboard.press("Escape");
    expect(await page.locator(".sidebar").isVisible()).toBe(true);
  });
});
