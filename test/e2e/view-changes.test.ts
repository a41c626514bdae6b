import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { syntheticNetwork } from "./fixtures";
import { countReducerCalls, differingPixels, regionOf, shoot, startHarness, type Harness } from "./harness";

const network = syntheticNetwork();
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ "fixtures/synthetic.json": JSON.stringify(network) });
});
afterAll(() => harness?.close());

/**
 * A new size or new filters redraw what they change and nothing else, and the result is the view
 * a page opened that way draws.
 */
describe("the view follows its size and filters", () => {
  test("resizing the window redraws the network at its new size without processing it again", async () => {
    const smaller = { width: 1000, height: 700 };
    const page = await harness.open("?graph=fixtures/synthetic.json");
    await page.waitForTimeout(300);
    const reducerCalls = await countReducerCalls(page);
    // Sigma's own window listener would re-index everything.
    await page.evaluate(() => window.dispatchEvent(new Event("resize")));
    await page.waitForTimeout(100);
    expect(await reducerCalls()).toEqual({ nodes: 0, edges: 0 });
    await page.setViewportSize(smaller);
    await page.waitForTimeout(400);
    expect(await reducerCalls()).toEqual({ nodes: 0, edges: 0 });
    const region = await regionOf(page, "#graph");
    expect(await page.evaluate(() => window.__explorer!.renderer.getDimensions())).toEqual({
      width: region.width,
      height: region.height,
    });
    const resized = await shoot(page, "02b-resized");
    // The same view as a page opened at that size: labels placed for the new size, none missing.
    const fresh = await harness.open("?graph=fixtures/synthetic.json", smaller);
    await fresh.waitForTimeout(300);
    expect(await regionOf(fresh, "#graph")).toEqual(region);
    expect(await differingPixels(harness.browser, resized, await fresh.screenshot(), region)).toBe(0);
  });

  test("unticking a relation type and an actor kind draws what a page opened with those filters draws", async () => {
    const page = await harness.open("?graph=fixtures/synthetic.json&from=2022-10-20&to=2022-11-30");
    await page.waitForTimeout(300);
    const reducerCalls = await countReducerCalls(page);
    await page.getByLabel("Statement").uncheck();
    await page.waitForTimeout(100);
    // Only the statements (and nothing else) stop being drawn: no actor is processed again.
    const statements = network.edges.filter((edge) => edge.attributes.type === "statement").length;
    expect(await reducerCalls()).toEqual({ nodes: 0, edges: statements });
    await page.getByLabel("Media outlet").uncheck();
    await page.waitForTimeout(400);
    const media = await reducerCalls();
    // The media outlets, and their relations: those no longer drawn, and their statements, which
    // sigma is given again since their actor was hidden.
    const outlets = new Set(
      network.nodes.filter((node) => node.attributes.kind === "media").map(({ key }) => key),
    );
    expect(media).toEqual({
      nodes: outlets.size,
      edges: network.edges.filter((edge) => outlets.has(edge.source) || outlets.has(edge.target)).length,
    });
    const region = await regionOf(page, "#graph");
    const filtered = await shoot(page, "02c-filtered");
    const fresh = await harness.open(
      "?graph=fixtures/synthetic.json&from=2022-10-20&to=2022-11-30&types=call,citation&kinds=person,organization,country",
    );
    await fresh.waitForTimeout(300);
    expect(await differingPixels(harness.browser, filtered, await fresh.screenshot(), region)).toBe(0);
  });

  test("on a narrow window the panels stack under the network", async () => {
    const page = await harness.open("?graph=fixtures/synthetic.json");
    await page.setViewportSize({ width: 420, height: 900 });
    await page.waitForTimeout(300);
    const graph = (await page.locator("#graph").boundingBox())!;
    const details = (await page.locator("#details-slot").boundingBox())!;
    expect(graph.width).toBeGreaterThan(380);
    expect(details.y).toBeGreaterThan(graph.y + graph.height - 1);
    await shoot(page, "02-narrow");
  });
});
