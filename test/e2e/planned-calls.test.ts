import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PLANNED_CALL, plannedCallNetwork } from "./fixtures";
import { coloursAt, nextFrames, regionOf, shoot, startHarness, visibleCounts, type Harness } from "./harness";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ "fixtures/planned.json": JSON.stringify(plannedCallNetwork()) });
});
afterAll(() => harness?.close());

const OPEN = "?graph=fixtures/planned.json";
type Point = { x: number; y: number };

/**
 * The middle stretch of a relation's straight line on the page, one point per pixel, away from
 * the discs and their labels.
 */
async function middleOf(page: Page, edge: string): Promise<Point[]> {
  const graph = await regionOf(page, "#graph");
  const [from, to] = await page.evaluate((edge) => {
    const { renderer, graph } = window.__explorer!;
    return graph
      .extremities(edge)
      .map((node) => renderer.framedGraphToViewport(renderer.getNodeDisplayData(node)!));
  }, edge);
  const length = Math.hypot(to!.x - from!.x, to!.y - from!.y);
  const points: Point[] = [];
  for (let step = Math.ceil(length * 0.3); step <= length * 0.7; step++) {
    const t = step / length;
    points.push({
      x: Math.round(graph.x + from!.x + t * (to!.x - from!.x)),
      y: Math.round(graph.y + from!.y + t * (to!.y - from!.y)),
    });
  }
  return points;
}

/**
 * Along a line: whether each point is drawn in a call's dark colour on the white background, read
 * on the pixel row of the point and the rows beside it (the line is about two pixels thick).
 */
async function inkAlong(png: Buffer, points: Point[]): Promise<boolean[]> {
  const rows = [-1, 0, 1].flatMap((dy) => points.map(({ x, y }) => ({ x, y: y + dy })));
  const colours = await coloursAt(harness.browser, png, rows);
  const dark = colours.map((colour) => parseInt(colour.slice(1, 3), 16) < 0xc0);
  return points.map((_, i) => dark[i]! || dark[points.length + i]! || dark[2 * points.length + i]!);
}

/** The gaps in a line: the runs of points without ink between two inked ones. */
function gapsOf(ink: boolean[]): number[] {
  const gaps: number[] = [];
  let run = 0;
  let inked = false;
  for (const point of ink) {
    if (point) {
      if (inked && run > 0) gaps.push(run);
      inked = true;
      run = 0;
    } else run++;
  }
  return gaps;
}

describe("a planned call", () => {
  test("is drawn dashed beside a held call drawn solid, and the legend says what a dash means", async () => {
    const page = await harness.open(OPEN);
    await page.waitForTimeout(300);
    const png = await shoot(page, "planned-01-dashed");
    const planned = await inkAlong(png, await middleOf(page, PLANNED_CALL));
    const held = await inkAlong(png, await middleOf(page, "held-call"));
    expect(held.every(Boolean)).toBe(true);
    // A dash of 6 px and a gap of 4: over the middle 40% of a line of several hundred pixels,
    // dozens of gaps of about 4 px, and ink on more than half of the line.
    const gaps = gapsOf(planned);
    expect(gaps.length).toBeGreaterThan(10);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(2);
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(6);
    expect(planned.filter(Boolean).length / planned.length).toBeGreaterThan(0.5);
    expect(await page.locator(".legend").textContent()).toContain("Planned");
  });

  test("is hidden by the Planned filter, which the link keeps", async () => {
    const page = await harness.open(OPEN);
    expect((await visibleCounts(page)).edges).toBe(3);
    await page.locator(".filters label", { hasText: "Planned" }).locator("input").uncheck();
    await nextFrames(page);
    expect((await visibleCounts(page)).edges).toBe(2);
    const png = await shoot(page, "planned-02-filtered");
    expect((await inkAlong(png, await middleOf(page, PLANNED_CALL))).some(Boolean)).toBe(false);
    expect((await inkAlong(png, await middleOf(page, "held-call"))).every(Boolean)).toBe(true);
    await page.waitForFunction(() => new URLSearchParams(location.search).get("statuses") === "held");

    const linked = await harness.open(`${OPEN}&statuses=held`);
    expect((await visibleCounts(linked)).edges).toBe(2);
    const box = linked.locator(".filters label", { hasText: "Planned" }).locator("input");
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await nextFrames(linked);
    expect((await visibleCounts(linked)).edges).toBe(3);
  });

  test("clicked in a gap of its dashes, shows its evidence, which says it is planned", async () => {
    const page = await harness.open(OPEN);
    await page.waitForTimeout(300);
    const points = await middleOf(page, PLANNED_CALL);
    const ink = await inkAlong(await page.screenshot(), points);
    // A point between two dashes: the line can be picked along all its length.
    const gap = points.find((_, i) => i > 0 && !ink[i] && ink[i - 1])!;
    expect(gap).toBeDefined();
    await page.mouse.click(gap.x, gap.y);
    await page.locator(".details .relation").waitFor();
    expect(await page.locator("#details-title").textContent()).toBe("Relation");
    const relation = page.locator(".details .relation");
    expect(await relation.getAttribute("data-edge")).toBe(PLANNED_CALL);
    expect(await relation.locator(".relation-status").textContent()).toBe("planned");
    expect(await relation.locator(".relation-type").textContent()).toBe("Call or meeting · meeting");
    expect(await relation.locator(".evidence-sentence").textContent()).toBe(
      "Cy and Di are due to meet in Oslo next week.",
    );
    await shoot(page, "planned-03-details");
  });

  test("a held call says it was held", async () => {
    const page = await harness.open(`${OPEN}&relation=held-call`);
    await page.locator(".details .relation").waitFor();
    expect(await page.locator(".details .relation-status").textContent()).toBe("held");
  });
});
