import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { syntheticNetwork } from "./fixtures";
import { startHarness, type Harness } from "./harness";

const GRAPH = "?graph=fixtures/lookups.json&undated=0";
/** Few relations: their midpoints are clear of discs and of each other. */
const SPARSE = "?graph=fixtures/sparse.json&undated=0";
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({
    "fixtures/lookups.json": JSON.stringify(syntheticNetwork(300, 2000, 5)),
    "fixtures/sparse.json": JSON.stringify(syntheticNetwork(40, 40, 3)),
  });
});
afterAll(() => harness?.close());

/** Counts `readPixels` on every WebGL 2 context of the page from now on: one per read-back. */
async function countReadBacks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const counter = { reads: 0 };
    Object.assign(window, { __readBacks: counter });
    const prototype = WebGL2RenderingContext.prototype;
    const original = prototype.readPixels as (...args: unknown[]) => void;
    (prototype as unknown as { readPixels: unknown }).readPixels = function (
      this: unknown,
      ...args: unknown[]
    ) {
      counter.reads++;
      return original.apply(this, args);
    };
  });
}

/** The read-backs while `action` runs and two frames pass; the counter is then zeroed. */
async function readBacksDuring(page: Page, action: () => Promise<unknown>): Promise<number> {
  await action();
  return page.evaluate(async () => {
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const counter = (window as unknown as { __readBacks: { reads: number } }).__readBacks;
    const { reads } = counter;
    counter.reads = 0;
    return reads;
  });
}

/** Where an actor's disc and a relation's midpoint are on the page, and an empty corner. */
async function places(page: Page) {
  const box = (await page.locator("#graph").boundingBox())!;
  const inView = await page.evaluate(() => {
    const { renderer, graph, visibility } = window.__explorer!;
    const at = (node: string) => renderer.framedGraphToViewport(renderer.getNodeDisplayData(node)!);
    // The actor farthest from any other: its disc is drawn over no other.
    const discs = graph.nodes().map((node) => ({ node, ...at(node) }));
    const room = (disc: (typeof discs)[number]) =>
      Math.min(...discs.filter((other) => other !== disc).map((o) => Math.hypot(o.x - disc.x, o.y - disc.y)));
    const actor = discs.map((disc) => ({ disc, room: room(disc) })).sort((a, b) => b.room - a.room)[0]!.disc
      .node;
    const relations = graph
      .filterEdges((edge, { curvature }) => curvature === 0 && visibility.isEdgeShown(edge))
      .map((edge) => {
        const [a, b] = [at(graph.source(edge)), at(graph.target(edge))];
        return { edge, x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, length: Math.hypot(a.x - b.x, a.y - b.y) };
      })
      .sort((a, b) => b.length - a.length);
    return { actor: { key: actor, ...at(actor) }, relations: relations.slice(0, 10) };
  });
  const onPage = <T extends { x: number; y: number }>(point: T): T => ({
    ...point,
    x: box.x + point.x,
    y: box.y + point.y,
  });
  return {
    corner: { x: box.x + 4, y: box.y + 4 },
    actor: onPage(inView.actor),
    relations: inView.relations.map(onPage),
  };
}

const hovered = (page: Page) =>
  page.evaluate(() => {
    const internals = window.__explorer!.renderer as unknown as {
      hoveredNode: string | null;
      hoveredEdge: string | null;
    };
    return { node: internals.hoveredNode, edge: internals.hoveredEdge };
  });

describe("what is under the pointer is read back only when something needs it", () => {
  test("a drag in small steps, pressed and released, reads nothing back", async () => {
    const page = await harness.open(GRAPH);
    const { corner } = await places(page);
    await page.mouse.move(corner.x, corner.y);
    await countReadBacks(page);
    const drag = await readBacksDuring(page, async () => {
      await page.mouse.down();
      for (let step = 1; step <= 12; step++) await page.mouse.move(corner.x + 10 * step, corner.y + 6 * step);
      await page.mouse.up();
    });
    expect(drag).toBe(0);
    // The camera did move: the drag was a pan.
    const { x } = await page.evaluate(() => window.__explorer!.renderer.getCamera().getState());
    expect(x).not.toBe(0.5);
  });

  test("moves within one frame are looked up once, at the last place", async () => {
    const page = await harness.open(GRAPH);
    const { corner, actor } = await places(page);
    await page.mouse.move(corner.x, corner.y);
    await countReadBacks(page);
    // Twenty moves dispatched in one task: sigma would have read back twice for each.
    const reads = await readBacksDuring(page, () =>
      page.evaluate(
        ({ from, to }) => {
          for (let i = 1; i <= 20; i++) {
            const [clientX, clientY] = [
              from.x + ((to.x - from.x) * i) / 20,
              from.y + ((to.y - from.y) * i) / 20,
            ];
            // Sigma listens on its topmost canvas, the one under the pointer.
            const target = document.elementFromPoint(clientX, clientY)!;
            target.dispatchEvent(new MouseEvent("mousemove", { clientX, clientY, bubbles: true }));
          }
        },
        { from: corner, to: actor },
      ),
    );
    // One look-up: the actor is found at once, so no relation is looked for.
    expect(reads).toBe(1);
    expect(await hovered(page)).toEqual({ node: actor.key, edge: null });
  });

  test("over an actor, a move reads back once; over nothing, once per layer", async () => {
    const page = await harness.open(GRAPH);
    const { corner, actor } = await places(page);
    await countReadBacks(page);
    expect(await readBacksDuring(page, () => page.mouse.move(actor.x, actor.y))).toBe(1);
    // Still on the disc: sigma asks twice whether it is still hovered; the second is answered.
    expect(await readBacksDuring(page, () => page.mouse.move(actor.x + 1, actor.y))).toBe(1);
    // Leaving it: the second question is answered, and no relation is looked for yet.
    expect(await readBacksDuring(page, () => page.mouse.move(corner.x, corner.y))).toBe(1);
    // Actors and relations are drawn in two WebGL contexts: over neither, one read-back each.
    expect(await readBacksDuring(page, () => page.mouse.move(corner.x + 2, corner.y))).toBe(2);
  });

  test("while the timeline plays, moving the pointer reads nothing back", async () => {
    const page = await harness.open(GRAPH);
    const { corner, actor } = await places(page);
    await page.evaluate(() => window.__explorer!.store.set({ playing: true }));
    await countReadBacks(page);
    const reads = await readBacksDuring(page, async () => {
      await page.mouse.move(corner.x, corner.y);
      await page.mouse.move(actor.x, actor.y);
    });
    expect(reads).toBe(0);
    await page.evaluate(() => window.__explorer!.store.set({ playing: false }));
    await page.mouse.move(actor.x + 1, actor.y);
    await expect.poll(() => hovered(page)).toEqual({ node: actor.key, edge: null });
  });
});

describe("hover and click still find the right item", () => {
  test("hovering and clicking an actor selects that actor", async () => {
    const page = await harness.open(SPARSE);
    const { actor } = await places(page);
    await page.mouse.move(actor.x, actor.y);
    await expect.poll(() => hovered(page)).toEqual({ node: actor.key, edge: null });
    await page.mouse.click(actor.x, actor.y);
    await expect
      .poll(() => page.evaluate(() => window.__explorer!.store.get().selected))
      .toEqual({ type: "node", key: actor.key });
  });

  test("hovering and clicking a relation at its midpoint selects that relation", async () => {
    const page = await harness.open(SPARSE);
    const { corner, relations } = await places(page);
    let found: string | null = null;
    for (const relation of relations) {
      await page.mouse.move(corner.x, corner.y);
      await page.mouse.move(relation.x, relation.y);
      await page.waitForTimeout(100);
      const { edge } = await hovered(page);
      if (edge !== relation.edge) continue;
      await page.mouse.click(relation.x, relation.y);
      found = relation.edge;
      break;
    }
    expect(found, "a relation hovered at its midpoint").not.toBeNull();
    await expect
      .poll(() => page.evaluate(() => window.__explorer!.store.get().selected))
      .toEqual({ type: "edge", key: found });
  });
});
