import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { shoot, startHarness, type Harness } from "./harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.close());

/** The smallest screen the explorer supports: side panels open over the graph there. */
const NARROW = { width: 1024, height: 640 };

type Box = { left: number; right: number; top: number; bottom: number };
type Disc = { key: string; x: number; y: number; radius: number };

/** Where the renderer draws these actors now, in page pixels: graphToViewport of their positions. */
function discs(page: Page, keys: string[]): Promise<Disc[]> {
  return page.evaluate((keys) => {
    const { renderer, graph } = window.__explorer!;
    const box = renderer.getContainer().getBoundingClientRect();
    const cameraState = renderer.getCamera().getState();
    return keys.map((key) => {
      const { x, y } = graph.getNodeAttributes(key) as { x: number; y: number };
      const at = renderer.graphToViewport({ x, y }, { cameraState });
      const radius = renderer.scaleSize(renderer.getNodeDisplayData(key)!.size);
      return { key, x: box.left + at.x, y: box.top + at.y, radius };
    });
  }, keys);
}

/** The page boxes of the graph and of the side panels open over it. */
function boxes(page: Page): Promise<{ graph: Box; overlays: Box[] }> {
  return page.evaluate(() => {
    const box = (element: Element) => {
      const { left, right, top, bottom } = element.getBoundingClientRect();
      return { left, right, top, bottom };
    };
    const overlays = [...document.querySelectorAll(".sidebar, .details-slot")]
      .filter((panel) => panel.getBoundingClientRect().width > 0)
      .map(box);
    return { graph: box(document.querySelector("#graph")!), overlays };
  });
}

const outside = (disc: Disc, box: Box) =>
  disc.x + disc.radius <= box.left ||
  disc.x - disc.radius >= box.right ||
  disc.y + disc.radius <= box.top ||
  disc.y - disc.radius >= box.bottom;
const inside = (disc: Disc, box: Box) =>
  disc.x - disc.radius >= box.left &&
  disc.x + disc.radius <= box.right &&
  disc.y - disc.radius >= box.top &&
  disc.y + disc.radius <= box.bottom;

/** Waits until the camera has stopped moving. */
async function settled(page: Page): Promise<void> {
  await page.waitForTimeout(300);
  await expect
    .poll(() => page.evaluate(() => window.__explorer!.renderer.getCamera().isAnimated()), { timeout: 5_000 })
    .toBe(false);
  await page.waitForTimeout(100);
}

/** The actor drawn furthest to the right on a fresh page: the one the details panel covers first. */
async function rightmostActor(page: Page): Promise<{ key: string; label: string }> {
  const keys = await page.evaluate(() => window.__explorer!.graph.nodes());
  const key = (await discs(page, keys)).sort((a, b) => b.x - a.x)[0]!.key;
  const label = await page.evaluate((key) => window.__explorer!.graph.getNodeAttribute(key, "label"), key);
  return { key, label };
}

/** The actor with the most relations: the one whose neighbourhood spreads furthest. */
function hubOf(page: Page): Promise<string> {
  return page.evaluate(() => {
    const { graph } = window.__explorer!;
    return graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a))[0]!;
  });
}

/** The actor and every actor it dealt with. */
function neighbourhoodOf(page: Page, key: string): Promise<string[]> {
  return page.evaluate((key) => [key, ...window.__explorer!.graph.neighbors(key)], key);
}

async function searchFor(page: Page, label: string): Promise<void> {
  await page.locator("#search").fill(label);
  await page.locator("#search-suggestions li").first().waitFor();
  await page.locator("#search").press("Enter");
  await settled(page);
}

/** Every open overlay leaves these discs alone, and they are in the graph. */
async function expectClear(page: Page, keys: string[], overlays: number): Promise<void> {
  const { graph, overlays: open } = await boxes(page);
  expect(open).toHaveLength(overlays);
  for (const disc of await discs(page, keys)) {
    expect(inside(disc, graph), `${disc.key} in the graph`).toBe(true);
    for (const overlay of open) expect(outside(disc, overlay), `${disc.key} clear of a panel`).toBe(true);
  }
}

describe("at 1024×640 an open side panel never covers the selected actor", () => {
  test("with the filters open, an actor chosen in the search lands between the panels", async () => {
    const page = await harness.open("", NARROW);
    await settled(page);
    const actor = await rightmostActor(page);
    await page.getByRole("button", { name: "Show filters and legend" }).click();
    await searchFor(page, actor.label);
    expect(await page.locator("#details-title").textContent()).toBe(actor.label);
    // Both panels are open: the filters from the left, the details (opened by the choice) from the right.
    await expectClear(page, [actor.key], 2);
    // Centred in the band the panels leave, not in the whole graph (whose middle they also leave).
    const { overlays } = await boxes(page);
    const band = (Math.min(...overlays.map((o) => o.right)) + Math.max(...overlays.map((o) => o.left))) / 2;
    const [disc] = await discs(page, [actor.key]);
    expect(Math.abs(disc!.x - band)).toBeLessThan(5);
    await shoot(page, "camera-framing-1024x640-search-between-panels");
  });

  test("a link that names an actor opens with it clear of the details", async () => {
    const first = await harness.open("", NARROW);
    const actor = await rightmostActor(first);
    const page = await harness.open(`?actor=${actor.key}`, NARROW);
    await settled(page);
    await expectClear(page, [actor.key], 1);
  });

  test("an actor selected under the details is framed clear of them with those it dealt with", async () => {
    const page = await harness.open("", NARROW);
    await settled(page);
    const actor = await rightmostActor(page);
    const zoom = await page.evaluate(() => window.__explorer!.renderer.getCamera().ratio);
    await page.evaluate(
      (key) => window.__explorer!.store.set({ selected: { type: "node", key } }),
      actor.key,
    );
    await settled(page);
    const neighbourhood = await neighbourhoodOf(page, actor.key);
    expect(neighbourhood.length).toBeGreaterThan(1);
    await expectClear(page, neighbourhood, 1);
    // Closer, to give their labels room, but never more than twice as close at once.
    const after = await page.evaluate(() => window.__explorer!.renderer.getCamera().ratio);
    expect(after).toBeGreaterThanOrEqual(zoom / 2 - 1e-9);
  });

  test("a hub selected in the band is framed with every actor it dealt with clear of the details", async () => {
    const page = await harness.open("", NARROW);
    await settled(page);
    const hub = await hubOf(page);
    await page.evaluate((key) => window.__explorer!.store.set({ selected: { type: "node", key } }), hub);
    await settled(page);
    await expectClear(page, await neighbourhoodOf(page, hub), 1);
  });
});

describe("a window narrowed to 1024×640 with an actor selected", () => {
  test("frames it and those it dealt with clear of the details, now over the graph", async () => {
    const hub = await hubOf(await harness.open("", NARROW));
    const page = await harness.open(`?actor=${hub}`, { width: 1440, height: 900 });
    await settled(page);
    await page.setViewportSize(NARROW);
    await settled(page);
    await expectClear(page, await neighbourhoodOf(page, hub), 1);
  });
});

describe("Reset view at 1024×640", () => {
  test("with both side panels open over the graph, fits the whole network to the band they leave", async () => {
    const page = await harness.open("", NARROW);
    await settled(page);
    await page.getByRole("button", { name: "Show filters and legend" }).click();
    const actor = await rightmostActor(page);
    await page.evaluate(
      (key) => window.__explorer!.store.set({ selected: { type: "node", key } }),
      actor.key,
    );
    // Somewhere else first: zoomed in, off to one side.
    await page.evaluate(() =>
      window.__explorer!.renderer.getCamera().setState({ x: 0.9, y: 0.2, ratio: 0.3 }),
    );
    await settled(page);
    await page.getByRole("button", { name: "Reset view" }).click();
    await settled(page);
    const keys = await page.evaluate(() => window.__explorer!.graph.nodes());
    await expectClear(page, keys, 2);
    await shoot(page, "camera-framing-1024x640-reset-with-panels");
  });
});

describe("the camera refits to the ego network", () => {
  /** The actors the view shows now. */
  const shown = (page: Page) =>
    page.evaluate(() => {
      const { graph, visibility } = window.__explorer!;
      return graph.filterNodes((key) => visibility.isNodeActive(key));
    });

  /** How much of the free band between the panels the shown actors' box fills, across and down. */
  async function fill(page: Page, keys: string[]): Promise<number> {
    const { graph, overlays } = await boxes(page);
    const left = Math.max(
      graph.left,
      ...overlays.filter((o) => o.left <= graph.left + 1).map((o) => o.right),
    );
    const right = Math.min(
      graph.right,
      ...overlays.filter((o) => o.left > graph.left + 1).map((o) => o.left),
    );
    const placed = await discs(page, keys);
    const xs = placed.map((d) => d.x);
    const ys = placed.map((d) => d.y);
    return Math.max(
      (Math.max(...xs) - Math.min(...xs)) / (right - left),
      (Math.max(...ys) - Math.min(...ys)) / (graph.bottom - graph.top),
    );
  }

  test("turning it on, and choosing another actor while it is on, frames the actors shown", async () => {
    const page = await harness.open("", NARROW);
    await settled(page);
    await page.getByRole("button", { name: "Show filters and legend" }).click();
    const hubKey = await hubOf(page);
    const hub = {
      key: hubKey,
      label: await page.evaluate((key) => window.__explorer!.graph.getNodeAttribute(key, "label"), hubKey),
    };
    await searchFor(page, hub.label);
    const before = await page.evaluate(() => window.__explorer!.renderer.getCamera().getState());
    await page.locator("#ego").selectOption("1");
    await settled(page);
    const ego = await shown(page);
    expect(ego.length).toBeGreaterThan(2);
    expect(await page.evaluate(() => window.__explorer!.renderer.getCamera().getState())).not.toEqual(before);
    await expectClear(page, ego, 2);
    const egoFill = await fill(page, ego);
    console.info(`ego network fills ${egoFill.toFixed(2)} of the free band`);
    // Its discs span much of the band; the rest is room for the labels beside them.
    expect(egoFill).toBeGreaterThan(0.35);
    await shoot(page, "camera-framing-1024x640-ego");

    // Another actor, out at the edge of the network: the camera follows its own ego network.
    const other = await page.evaluate((hub) => {
      const { graph } = window.__explorer!;
      const key = graph
        .nodes()
        .filter((key) => key !== hub && graph.degree(key) > 0 && !graph.areNeighbors(key, hub))
        .sort((a, b) => graph.degree(b) - graph.degree(a))[0]!;
      return { key, label: graph.getNodeAttribute(key, "label") };
    }, hub.key);
    await searchFor(page, other.label);
    const next = await shown(page);
    expect(next).toContain(other.key);
    expect(next).not.toEqual(ego);
    await expectClear(page, next, 2);
    expect(await fill(page, next)).toBeGreaterThan(0.35);
  });
});
