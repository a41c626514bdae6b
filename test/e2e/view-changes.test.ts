import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { syntheticNetwork } from "./fixtures";
import {
  coloursIn,
  countReducerCalls,
  differingPixels,
  regionOf,
  shoot,
  startHarness,
  type Harness,
} from "./harness";
import { EDGE_TYPE_COLORS } from "../../src/app/theme";

const network = syntheticNetwork();
/** Six weeks of the synthetic network: every relation type and actor kind drawn. */
const IN_WINDOW = "?graph=fixtures/synthetic.json&from=2022-10-20&to=2022-11-30";
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
    const page = await harness.open(IN_WINDOW);
    await page.waitForTimeout(300);
    const region = await regionOf(page, "#graph");
    const statementColour = EDGE_TYPE_COLORS.statement.toLowerCase();
    const showsStatements = async () =>
      (await coloursIn(harness.browser, await page.screenshot(), region)).has(statementColour);
    expect(await showsStatements()).toBe(true);
    const reducerCalls = await countReducerCalls(page);
    await page.getByLabel("Statement").uncheck();
    await page.waitForTimeout(100);
    // The statements stop being drawn through their flags: no relation or actor is processed again.
    expect(await reducerCalls()).toEqual({ nodes: 0, edges: 0 });
    expect(await showsStatements()).toBe(false);
    await page.getByLabel("Media outlet").uncheck();
    await page.waitForTimeout(400);
    // Only the media outlets, which sigma hides; their relations go with the flags.
    const outlets = network.nodes.filter((node) => node.attributes.kind === "media").length;
    expect(await reducerCalls()).toEqual({ nodes: outlets, edges: 0 });
    const filtered = await shoot(page, "02c-filtered");
    const fresh = await harness.open(`${IN_WINDOW}&types=call,citation&kinds=person,organization,country`);
    await fresh.waitForTimeout(300);
    expect(await differingPixels(harness.browser, filtered, await fresh.screenshot(), region)).toBe(0);
  });

  test("ticking an actor kind again brings back its relations, even those processed while it was hidden", async () => {
    const page = await harness.open(IN_WINDOW);
    await page.waitForTimeout(300);
    const region = await regionOf(page, "#graph");
    const before = await page.screenshot();
    await page.getByLabel("Media outlet").uncheck();
    await page.waitForTimeout(300);
    // Sigma processes every relation again while the outlets are hidden (as when the layout
    // runs); it would blank theirs for good if the edge programs let it.
    await page.evaluate(() => window.__explorer!.renderer.refresh());
    await page.getByLabel("Media outlet").check();
    await page.waitForTimeout(400);
    const after = await shoot(page, "02d-kind-ticked-again");
    expect(await differingPixels(harness.browser, before, after, region)).toBe(0);
  });

  test("a relation that a filter leaves out can no longer be hovered", async () => {
    const page = await harness.open(IN_WINDOW);
    await page.waitForTimeout(300);
    const graph = await regionOf(page, "#graph");
    // Straight statements drawn in this window, longest on screen first, with their midpoints.
    const statements = await page.evaluate(() => {
      const { renderer, graph, visibility } = window.__explorer!;
      const entered: string[] = [];
      renderer.on("enterEdge", ({ edge }) => entered.push(edge));
      Object.assign(window, { __entered: entered });
      const at = (node: string) => renderer.framedGraphToViewport(renderer.getNodeDisplayData(node)!);
      return graph
        .filterEdges((_, { type, curvature }) => type === "statement" && curvature === 0)
        .filter((edge) => visibility.isEdgeShown(edge))
        .map((edge) => {
          const [a, b] = [at(graph.source(edge)), at(graph.target(edge))];
          return { edge, x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, length: Math.hypot(a.x - b.x, a.y - b.y) };
        })
        .sort((a, b) => b.length - a.length);
    });
    const hoverAt = async ({ x, y }: { x: number; y: number }) => {
      await page.mouse.move(graph.x + 2, graph.y + 2);
      await page.evaluate(() => ((window as unknown as { __entered: string[] }).__entered.length = 0));
      await page.mouse.move(graph.x + x, graph.y + y);
      await page.waitForTimeout(150);
      return page.evaluate(() => [...(window as unknown as { __entered: string[] }).__entered]);
    };
    // A statement that the pointer finds at its midpoint while it is drawn.
    let found: (typeof statements)[number] | undefined;
    for (const candidate of statements.slice(0, 10))
      if ((await hoverAt(candidate)).includes(candidate.edge)) {
        found = candidate;
        break;
      }
    expect(found, "a statement hovered at its midpoint").toBeDefined();
    await page.getByLabel("Statement").uncheck();
    await page.waitForTimeout(300);
    const entered = await hoverAt(found!);
    const types = await page.evaluate(
      (edges) => edges.map((edge) => window.__explorer!.graph.getEdgeAttribute(edge, "type")),
      entered,
    );
    expect(types).not.toContain("statement");
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
