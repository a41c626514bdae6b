import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { syntheticNetwork } from "./fixtures";
import { shoot, startHarness, type Harness } from "./harness";

let harness: Harness;
beforeAll(async () => {
  // 160 relations over about a year: a new one every few days, so a playing window never rests.
  harness = await startHarness({ "fixtures/synthetic.json": JSON.stringify(syntheticNetwork()) });
});
afterAll(() => harness?.close());

/**
 * The texts sigma writes on its label layer over the next `ms`, while the view goes on as it is,
 * and those written for an actor that was not active (in the window) as they were written.
 */
function labelsDrawnWithin(page: Page, ms: number): Promise<{ drawn: string[]; idle: string[] }> {
  return page.evaluate(async (ms) => {
    const { graph, visibility } = window.__explorer!;
    const keyOf = new Map(graph.mapNodes((key, { label }) => [label, key] as const));
    const drawn = new Set<string>();
    const idle = new Set<string>();
    const { fillText } = CanvasRenderingContext2D.prototype;
    CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number) {
      if (this.canvas.classList.contains("sigma-labels")) {
        drawn.add(text);
        if (!visibility.isNodeActive(keyOf.get(text) ?? "")) idle.add(text);
      }
      fillText.call(this, text, x, y);
    };
    await new Promise((done) => setTimeout(done, ms));
    CanvasRenderingContext2D.prototype.fillText = fillText;
    return { drawn: [...drawn], idle: [...idle] };
  }, ms);
}

/** The labels of the largest actors in the window now, largest first. */
function largestActive(page: Page, count = 5): Promise<string[]> {
  return page.evaluate((count) => {
    const { graph, visibility, renderer } = window.__explorer!;
    return graph
      .filterNodes((key) => visibility.isNodeActive(key))
      .sort((a, b) => renderer.getNodeDisplayData(b)!.size - renderer.getNodeDisplayData(a)!.size)
      .slice(0, count)
      .map((key) => graph.getNodeAttribute(key, "label"));
  }, count);
}

/** The labels of the selected actor's neighbours through the relations shown now. */
function shownNeighbours(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { graph, visibility, store } = window.__explorer!;
    const selected = store.get().selected!.key;
    const labels = graph
      .filterEdges(selected, (edge) => visibility.isEdgeShown(edge))
      .map((edge) => graph.getNodeAttribute(graph.opposite(selected, edge), "label"));
    return [...new Set(labels)];
  });
}

describe("labels while the timeline plays", () => {
  test("a moving window keeps its active actors labelled as it moves", async () => {
    // The fixture's 90 days at 10 days a second: the play outlasts both samples (at 30 days a
    // second it ended before the second on a quick machine, with quiet stretches skipped).
    const page = await harness.open("?graph=fixtures/synthetic.json&mode=window&speed=10&undated=0");
    await page.getByRole("button", { name: /^play$/i }).click();
    for (const wait of [1200, 900]) {
      await page.waitForTimeout(wait);
      expect(await page.evaluate(() => window.__explorer!.store.get().playing)).toBe(true);
      const before = await largestActive(page);
      const { drawn, idle } = await labelsDrawnWithin(page, 400);
      const after = await largestActive(page);
      // The largest actors in the window both before and after the sampling were there throughout.
      const throughout = before.filter((label) => after.includes(label));
      expect(throughout.length).toBeGreaterThan(0);
      expect(drawn).toEqual(expect.arrayContaining(throughout));
      // Only actors in the window are labelled.
      expect(idle).toEqual([]);
    }
    await shoot(page, "playing-labels-window");
  });

  test("the selected actor and its neighbours in the window stay labelled", async () => {
    const page = await harness.open("?actor=vladimir-putin&mode=window&speed=30&undated=0");
    await page.getByRole("button", { name: /^play$/i }).click();
    await page.waitForFunction(
      () => {
        const { visibility } = window.__explorer!;
        return visibility.isNodeActive("vladimir-putin");
      },
      null,
      { timeout: 20_000 },
    );
    await page.waitForTimeout(400);
    // The neighbours shown both before and after the sampling were shown throughout it.
    const before = await shownNeighbours(page);
    const { drawn } = await labelsDrawnWithin(page, 300);
    const after = await shownNeighbours(page);
    const throughout = before.filter((label) => after.includes(label));
    expect(drawn).toContain("Vladimir Putin");
    expect(throughout.length).toBeGreaterThan(0);
    expect(drawn).toEqual(expect.arrayContaining(throughout));
  });
});
