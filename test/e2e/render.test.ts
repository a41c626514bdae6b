import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { ActorNetworkFile } from "../../src/schema";
import { ROOT } from "./build";
import { syntheticNetwork } from "./fixtures";
import { expectedCounts } from "./expected";
import {
  coloursAt,
  coloursIn,
  differingPixels,
  pixelStats,
  regionOf,
  separateDiscs,
  shoot,
  startHarness,
  visibleCounts,
  type Harness,
  type Region,
} from "./harness";
import { FADED_NODE } from "../../src/app/graph-view/palette";
import { ACTOR_KIND_COLORS, EDGE_TYPE_COLORS } from "../../src/app/theme";

const network = syntheticNetwork();
let harness: Harness;

/**
 * Two related actors side by side, close enough that one's label must move off the right of its
 * disc, and two far ones that set the scale.
 */
function neighboursNetwork(): ActorNetworkFile {
  const file = syntheticNetwork(4, 12, 3);
  const places: [string, number, number][] = [
    ["Far West Actor", -100, -60],
    ["Left Neighbour", 0, 0],
    ["Right Neighbour", 12, 0],
    ["Far East Actor", 100, 60],
  ];
  file.nodes.forEach((node, i) => {
    const [label, x, y] = places[i]!;
    Object.assign(node.attributes, { label, x, y, mentions: 5 });
  });
  file.edges.push({ ...file.edges[1]!, key: "neighbours", source: "actor-1", target: "actor-2" });
  return file;
}

beforeAll(async () => {
  harness = await startHarness({
    "fixtures/synthetic.json": JSON.stringify(network),
    "fixtures/neighbours.json": JSON.stringify(neighboursNetwork()),
  });
});
afterAll(() => harness?.close());

const seedFile = join(ROOT, "public", "graph.json");

/** Moves the pointer onto an actor's disc and waits for the hover to be drawn. */
async function hoverActor(page: Page, key: string): Promise<void> {
  const graph = await regionOf(page, "#graph");
  const point = await page.evaluate((key) => {
    const { renderer } = window.__explorer!;
    return renderer.framedGraphToViewport(renderer.getNodeDisplayData(key)!);
  }, key);
  await page.mouse.move(graph.x + point.x, graph.y + point.y);
  await page.waitForTimeout(300);
}

/** The synthetic network with nothing in focus: the page, the graph's region and how it looks. */
async function openUnfocused(): Promise<{ page: Page; region: Region; plain: Buffer }> {
  const page = await harness.open("?graph=fixtures/synthetic.json");
  await page.waitForTimeout(300);
  return { page, region: await regionOf(page, "#graph"), plain: await page.screenshot() };
}

/**
 * Checks the colours with `key` in focus: its neighbourhood in its kinds' colours, every other
 * actor faded, and its relations in their types' colours. The neighbourhood is drawn over
 * everything (in sigma's hover layers); the other discs are read where no label, hover box or
 * shadow is drawn over them.
 */
async function expectFocusOn(page: Page, key: string, shot: string): Promise<void> {
  const neighbourhood = await page.evaluate((key) => [key, ...window.__explorer!.graph.neighbors(key)], key);
  const all = await separateDiscs(page);
  const uncovered = await page.evaluate((points) => {
    const layers = ["labels", "hovers"].map((layer) => {
      const canvas = document.querySelector<HTMLCanvasElement>(`#graph canvas.sigma-${layer}`)!;
      const { left, top } = canvas.getBoundingClientRect();
      return { context: canvas.getContext("2d")!, left, top };
    });
    return points.map(({ x, y }) =>
      layers.every(({ context, left, top }) => context.getImageData(x - left, y - top, 1, 1).data[3] === 0),
    );
  }, all);
  const discs = all.filter((disc, i) => neighbourhood.includes(disc.key) || uncovered[i]);
  const png = await shoot(page, shot);
  const colours = await coloursAt(harness.browser, png, discs);
  const inside = discs.filter((disc) => neighbourhood.includes(disc.key));
  expect(inside.length).toBeGreaterThan(3);
  expect(discs.length - inside.length).toBeGreaterThan(3);
  discs.forEach((disc, i) =>
    expect(colours[i], disc.key).toBe(
      neighbourhood.includes(disc.key) ? ACTOR_KIND_COLORS[disc.kind].toLowerCase() : FADED_NODE,
    ),
  );
  // Above the legend, which shows every type's colour too.
  const types = await page.evaluate(
    (key) => [...new Set(window.__explorer!.graph.mapEdges(key, (_edge, { type }) => type))],
    key,
  );
  const graph = await regionOf(page, "#graph");
  const drawn = await coloursIn(harness.browser, png, { ...graph, height: Math.round(graph.height * 0.7) });
  for (const type of types) expect(drawn.has(EDGE_TYPE_COLORS[type].toLowerCase()), type).toBe(true);
}

describe("the explorer draws the network", () => {
  test("the network built from the seed articles opens by default", async () => {
    const seed = JSON.parse(readFileSync(seedFile, "utf8")) as ActorNetworkFile;
    const page = await harness.open("");
    expect(await page.locator("body").getAttribute("data-state")).toBe("ready");
    await page.waitForTimeout(500);
    await shoot(page, "00-seed-network");
    expect((await visibleCounts(page)).edges).toBe(seed.edges.length);
  });

  /** The labels of the `count` largest actors of the seed network, which the overview must show. */
  const largestOfSeeds = (count: number) => {
    const seed = JSON.parse(readFileSync(seedFile, "utf8")) as ActorNetworkFile;
    return [...seed.nodes]
      .sort((a, b) => (b.attributes.size ?? 0) - (a.attributes.size ?? 0))
      .slice(0, count)
      .map((node) => node.attributes.label);
  };

  test.each([
    ["the seed network", "", () => largestOfSeeds(5)],
    ["a synthetic network of 40 actors", "?graph=fixtures/synthetic.json", () => []],
  ])("no two actor labels drawn over %s overlap, nor out of the view", async (_name, query, mustShow) => {
    const page = await harness.open(query);
    const labels = await page.evaluate(async () => {
      // Every text written on sigma's label layer during one redraw, with the box it covers.
      const drawn: { text: string; left: number; right: number; top: number; bottom: number }[] = [];
      const { fillText } = CanvasRenderingContext2D.prototype;
      CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number) {
        if (this.canvas.classList.contains("sigma-labels")) {
          const metrics = this.measureText(text);
          const [top, bottom] = [y - metrics.actualBoundingBoxAscent, y + metrics.actualBoundingBoxDescent];
          drawn.push({ text, left: x, right: x + metrics.width, top, bottom });
        }
        fillText.call(this, text, x, y);
      };
      window.__explorer!.renderer.refresh();
      CanvasRenderingContext2D.prototype.fillText = fillText;
      return drawn;
    });
    const overlapping = labels.flatMap((a, i) =>
      labels
        .slice(i + 1)
        .filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
        .map((b) => `${a.text} / ${b.text}`),
    );
    expect(labels.length).toBeGreaterThan(5);
    expect(overlapping).toEqual([]);
    const view = await regionOf(page, "#graph");
    const cut = labels.filter(({ left, right }) => left < 0 || right > view.width).map(({ text }) => text);
    expect(cut).toEqual([]);
    // The largest actors' labels come first, and move around their disc rather than vanish.
    expect(labels.map(({ text }) => text)).toEqual(expect.arrayContaining(mustShow()));
  });

  test("the canvas shows many coloured nodes and edges, and the counts match the file", async () => {
    const page = await harness.open("?graph=fixtures/synthetic.json");
    await page.waitForTimeout(500);
    const png = await shoot(page, "01-overview");
    const stats = await pixelStats(harness.browser, png, await regionOf(page, "#graph"));
    expect(stats.colours).toBeGreaterThan(20);
    expect(stats.nonBackground / stats.total).toBeGreaterThan(0.02);
    expect(await visibleCounts(page)).toMatchObject(expectedCounts(network, null));
    expect(await page.locator("#visible-counts").textContent()).toMatch(
      /^[\d,]+ of [\d,]+ actors · [\d,]+ of [\d,]+ relations$/,
    );
  });

  test("ForceAtlas2 re-runs in a web worker allowed by the page's security policy", async () => {
    const page = await harness.open("?graph=fixtures/synthetic.json");
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    const position = () => page.evaluate(() => window.__explorer!.graph.getNodeAttributes("actor-5"));
    const before = await position();
    await page.getByRole("button", { name: "Run layout" }).click();
    await page.waitForTimeout(1200);
    await page.getByRole("button", { name: "Stop layout" }).click();
    const after = await position();
    expect(Math.hypot(after.x! - before.x!, after.y! - before.y!)).toBeGreaterThan(0.01);
    await shoot(page, "01b-after-layout");
    await page.getByRole("button", { name: "Restore layout" }).click();
    expect(await position()).toMatchObject({ x: before.x, y: before.y });
    expect(problems).toEqual([]);
  });

  test("hovering an actor brings its neighbourhood forward and fades the rest, and leaving restores the view", async () => {
    const { page, region, plain } = await openUnfocused();
    await hoverActor(page, "actor-12");
    await expectFocusOn(page, "actor-12", "01c-hover");
    // Another actor, then an empty corner of the view: it is drawn exactly as before the hover.
    await hoverActor(page, "actor-5");
    await page.mouse.move(region.x + 5, region.y + 5);
    await page.waitForTimeout(300);
    expect(await differingPixels(harness.browser, plain, await page.screenshot(), region)).toBe(0);
  });

  test("leaving the view straight from a disc clears its hover box and focus", async () => {
    const { page, region, plain } = await openUnfocused();
    await hoverActor(page, "actor-12");
    const hoverInk = () =>
      page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>("#graph canvas.sigma-hovers")!;
        const pixels = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
        return pixels.filter((_value, i) => i % 4 === 3 && pixels[i]! > 0).length;
      });
    expect(await hoverInk()).toBeGreaterThan(100);
    // One move from the disc to the panel on the left: the pointer never crosses empty stage.
    await page.mouse.move(region.x - 20, region.y + region.height / 2);
    await page.waitForTimeout(300);
    expect(await hoverInk()).toBe(0);
    expect(await differingPixels(harness.browser, plain, await page.screenshot(), region)).toBe(0);
  });

  test("selecting an actor brings its neighbourhood forward, and clearing the selection restores the view", async () => {
    const { page, region, plain } = await openUnfocused();
    const select = async (key: string | null) => {
      await page.evaluate(
        (key) => window.__explorer!.store.set({ selected: key ? { type: "node", key } : null }),
        key,
      );
      await page.waitForTimeout(300);
    };
    await select("actor-12");
    await expectFocusOn(page, "actor-12", "01e-selected");
    await select("actor-34");
    await expectFocusOn(page, "actor-34", "01e-selected-other");
    await select(null);
    expect(await differingPixels(harness.browser, plain, await page.screenshot(), region)).toBe(0);
  });

  test("a hovered actor's name is drawn once, where its label was placed, also when moved off the right", async () => {
    const page = await harness.open("?graph=fixtures/neighbours.json&undated=1");
    await page.waitForTimeout(300);
    for (const key of ["actor-1", "actor-2"]) {
      await hoverActor(page, key);
      // The hover layer draws names in near-black ink over white (the greys where one hover box's
      // shadow falls on another are left out); each such pixel must be ink of the label layer too,
      // where the placed label is.
      const ink = await page.evaluate(() => {
        const read = (selector: string) => {
          const canvas = document.querySelector<HTMLCanvasElement>(selector)!;
          return canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
        };
        const hover = read("#graph canvas.sigma-hovers");
        const labels = read("#graph canvas.sigma-labels");
        let [dark, matched] = [0, 0];
        for (let i = 0; i < hover.length; i += 4) {
          const luminance = (hover[i]! + hover[i + 1]! + hover[i + 2]!) / 3;
          if (hover[i + 3]! < 200 || luminance > 60) continue;
          dark++;
          if (labels[i + 3]! > 60) matched++;
        }
        return { dark, matched };
      });
      await shoot(page, `01d-hover-${key}`);
      expect(ink.dark, key).toBeGreaterThan(50);
      expect(ink.matched, key).toBe(ink.dark);
    }
  });

  test("the legend names every actor kind and relation type", async () => {
    const page = await harness.open("?graph=fixtures/synthetic.json");
    const legend = await page.locator(".legend").textContent();
    for (const word of ["Person", "Organisation", "Country", "Media", "Call", "Statement", "Citation"])
      expect(legend).toContain(word);
  });
});
