import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { syntheticNetwork } from "./fixtures";
import { expectedCounts } from "./expected";
import { shoot, startHarness, visibleCounts, type Harness } from "./harness";

const network = syntheticNetwork();
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ "fixtures/synthetic.json": JSON.stringify(network) });
});
afterAll(() => harness?.close());

const viewOf = async (page: Page) => ({
  counts: await visibleCounts(page),
  title: await page.locator("#details-title").textContent(),
  camera: await page.evaluate(() => window.__explorer!.renderer.getCamera().getState()),
  state: await page.evaluate(() => {
    const { range, edgeTypes, actorKinds, minDegree, selected, showUndated } = window.__explorer!.store.get();
    return { range, edgeTypes, actorKinds, minDegree, selected, showUndated };
  }),
});

describe("a link reproduces the view", () => {
  test("filters, time window, selection and camera made in one tab come back in another", async () => {
    const page = await harness.open("?graph=fixtures/synthetic.json");
    await page.getByLabel("Citation by media").uncheck();
    await page.locator("#min-degree").fill("2");
    await page.locator("#min-degree").press("Enter");
    await page.evaluate(() => window.__explorer!.store.set({ range: [19300, 19330], showUndated: false }));
    await page.locator("#search").fill("Actor 9");
    await page.locator("#search").press("Enter");
    await page.waitForTimeout(900);
    const before = await viewOf(page);
    expect(before.state.edgeTypes).toEqual(["call", "statement"]);
    const link = page.url();
    expect(link).toContain("from=2022-11-04");
    expect(link).toContain("actor=actor-9");
    await shoot(page, "08-before-link");

    const restored = await harness.open(link.slice(harness.server.url.length));
    await restored.waitForTimeout(300);
    const after = await viewOf(restored);
    expect(after.counts).toEqual(before.counts);
    expect(after.title).toBe("Actor 9");
    expect(after.state).toEqual(before.state);
    expect(after.camera.x).toBeCloseTo(before.camera.x, 3);
    expect(after.camera.y).toBeCloseTo(before.camera.y, 3);
    expect(after.camera.ratio).toBeCloseTo(before.camera.ratio, 3);
    await shoot(restored, "09-restored-link");
  });

  test("a hand-written link with dates and types gives counts computed from the file", async () => {
    const page = await harness.open(
      "?graph=fixtures/synthetic.json&from=2022-10-10&to=2022-11-20&types=call",
    );
    const calls = { ...network, edges: network.edges.filter((edge) => edge.attributes.type === "call") };
    expect(await visibleCounts(page)).toMatchObject(expectedCounts(calls, ["2022-10-10", "2022-11-20"]));
  });

  test("malformed values in a link are ignored", async () => {
    const page = await harness.open(
      "?graph=fixtures/synthetic.json&from=last-week&to=2022-13-45&mindeg=-3&cam=a,b,c,d&types=poison",
    );
    const state = await page.evaluate(() => window.__explorer!.store.get());
    expect(state.range).toBeNull();
    expect(state.minDegree).toBe(0);
    expect(state.edgeTypes).toEqual([]);
    expect(state.camera).toBeNull();
  });
  test("a drag writes the camera into the link once, when the pointer is released", async () => {
    const page = await harness.open("?graph=fixtures/synthetic.json");
    const box = (await page.locator("#graph").boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    // Steps further apart than the camera's settling time: none of them may reach the link.
    for (let step = 1; step <= 3; step++) {
      await page.mouse.move(x + 20 * step, y + 10 * step, { steps: 2 });
      await page.waitForTimeout(450);
      expect(page.url()).not.toContain("cam=");
    }
    await page.mouse.up();
    await page.waitForTimeout(900);
    expect(page.url()).toContain("cam=");
    const camera = await page.evaluate(() => window.__explorer!.renderer.getCamera().getState());
    expect(await page.evaluate(() => window.__explorer!.store.get().camera!.x)).toBeCloseTo(camera.x, 3);
  });
});
