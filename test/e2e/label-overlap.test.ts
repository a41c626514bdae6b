import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { syntheticNetwork } from "./fixtures";
import { DOCS, SCREEN_SIZES } from "./screens";
import { nextFrames, shoot, startHarness, type Harness } from "./harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ "fixtures/synthetic.json": JSON.stringify(syntheticNetwork()) });
});
afterAll(() => harness?.close());

/** How far, in pixels, a label may sit from its own disc: the placer leaves 3, a corner place about 4.3. */
const NEAR_OWN_DISC = 6;
/** Pixels of rounding forgiven where a label and a disc meet. */
const TOUCH = 0.5;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface Disc {
  key: string;
  x: number;
  y: number;
  radius: number;
}

/**
 * The label boxes the renderer drew in its next frame, and the discs it drew, both in view pixels:
 * read as the frame ends, before the timeline can move the window again.
 */
function drawnFrame(page: Page): Promise<{ boxes: Record<string, Box>; discs: Disc[] }> {
  return page.evaluate(async () => {
    const { renderer, visibility, store, graph } = window.__explorer!;
    await new Promise<void>((drawn) => {
      renderer.once("afterRender", () => drawn());
      renderer.scheduleRender();
    });
    const fading = store.get().isolated === "fade";
    const discs = graph
      .filterNodes((key) => visibility.isNodeActive(key) || (fading && visibility.isNodeShown(key)))
      .flatMap((key) => {
        const data = renderer.getNodeDisplayData(key);
        if (!data || data.hidden) return [];
        return [{ key, ...renderer.framedGraphToViewport(data), radius: renderer.scaleSize(data.size) }];
      });
    return { boxes: window.__placedLabels!(renderer), discs };
  });
}

/** How far the box is from the disc's centre (0 when the centre lies inside it). */
function distance(box: Box, { x, y }: Disc): number {
  const dx = Math.max(box.left - x, 0, x - box.right);
  const dy = Math.max(box.top - y, 0, y - box.bottom);
  return Math.hypot(dx, dy);
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** What a person would distrust in the frame: labels on labels, labels on others' discs, stray labels. */
function faults({ boxes, discs }: { boxes: Record<string, Box>; discs: Disc[] }) {
  const labels = Object.entries(boxes);
  const labelOnLabel: string[] = [];
  labels.forEach(([a, boxA], i) =>
    labels.slice(i + 1).forEach(([b, boxB]) => {
      if (overlaps(boxA, boxB)) labelOnLabel.push(`${a} / ${b}`);
    }),
  );
  const labelOnDisc = labels.flatMap(([key, box]) =>
    discs
      .filter((disc) => disc.key !== key && distance(box, disc) < disc.radius - TOUCH)
      .map((disc) => `${key} on ${disc.key}`),
  );
  const byKey = new Map(discs.map((disc) => [disc.key, disc]));
  const farFromDisc = labels.flatMap(([key, box]) => {
    const own = byKey.get(key);
    const gap = own ? distance(box, own) - own.radius : Infinity;
    return gap >= -TOUCH && gap <= NEAR_OWN_DISC ? [] : [`${key} (${gap.toFixed(1)} px)`];
  });
  return { labels: labels.length, labelOnLabel, labelOnDisc, farFromDisc };
}

/** The selected actor and its neighbours through the relations shown, those whose disc is in view. */
function focusInView(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { renderer, visibility, store, graph } = window.__explorer!;
    const selected = store.get().selected!.key;
    const { width, height } = renderer.getDimensions();
    const neighbours = graph
      .filterEdges(selected, (edge) => visibility.isEdgeShown(edge))
      .map((edge) => graph.opposite(selected, edge));
    return [...new Set([selected, ...neighbours])].filter((key) => {
      const data = renderer.getNodeDisplayData(key);
      if (!data || data.hidden) return false;
      const { x, y } = renderer.framedGraphToViewport(data);
      return x >= 0 && x <= width && y >= 0 && y <= height;
    });
  });
}

const settle = async (page: Page) => {
  await page.waitForTimeout(700);
  await nextFrames(page);
};

describe.each(SCREEN_SIZES)("labels at $width×$height", (size) => {
  const name = `${size.width}x${size.height}`;

  test("each label sits by its own disc, over no other label and no other disc", async () => {
    const page = await harness.open("", size);
    await settle(page);
    mkdirSync(DOCS, { recursive: true });
    await page.screenshot({ path: join(DOCS, `labels-${name}.png`) });
    const found = faults(await drawnFrame(page));
    console.info(`labels ${name}:`, JSON.stringify(found));
    expect(found.labels).toBeGreaterThan(5);
    expect(found.labelOnLabel).toEqual([]);
    expect(found.labelOnDisc).toEqual([]);
    expect(found.farFromDisc).toEqual([]);
  });

  test("with an actor selected, it and every neighbour in view are labelled, and nothing overlaps", async () => {
    const page = await harness.open("?actor=vladimir-putin", size);
    await settle(page);
    await page.screenshot({ path: join(DOCS, `labels-${name}-actor.png`) });
    const frame = await drawnFrame(page);
    const wanted = await focusInView(page);
    const found = faults(frame);
    console.info(`labels ${name} actor:`, JSON.stringify({ ...found, wanted: wanted.length }));
    expect(wanted).toContain("vladimir-putin");
    expect(wanted.filter((key) => !(key in frame.boxes))).toEqual([]);
    expect(found.labelOnLabel).toEqual([]);
    expect(found.farFromDisc).toEqual([]);
    expect(found.labelOnDisc).toEqual([]);
  });

  test("while the timeline plays a moving window, labels show and still overlap nothing", async () => {
    const page = await harness.open("?graph=fixtures/synthetic.json&mode=window&speed=30&undated=0", size);
    await page.getByRole("button", { name: /^play$/i }).click();
    // Early in the play: under load a slow machine may reach the end of the year sooner.
    for (const wait of [900, 600]) {
      await page.waitForTimeout(wait);
      expect(await page.evaluate(() => window.__explorer!.store.get().playing)).toBe(true);
      const found = faults(await drawnFrame(page));
      console.info(`labels ${name} playing:`, JSON.stringify(found));
      expect(found.labels).toBeGreaterThan(0);
      expect(found.labelOnLabel).toEqual([]);
      expect(found.labelOnDisc).toEqual([]);
      expect(found.farFromDisc).toEqual([]);
    }
    // A frame of playback differs from run to run: it goes with the test's other screenshots, not docs/.
    await shoot(page, `labels-${name}-playing`);
  });
});
