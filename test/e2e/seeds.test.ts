import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { ActorNetworkFile } from "../../src/schema";
import { ROOT } from "./build";
import { expectedCounts } from "./expected";
import {
  coloursIn,
  pixelStats,
  shoot,
  snapshotPng,
  startHarness,
  visibleCounts,
  type Harness,
} from "./harness";

const KIND_AND_TYPE_COLOURS = ["#4477aa", "#ee6677", "#228833", "#aa3377", "#332288", "#ddaa33", "#44aa99"];
let harness: Harness;
let seeds: ActorNetworkFile;

beforeAll(async () => {
  harness = await startHarness();
  seeds = JSON.parse(readFileSync(join(ROOT, "public", "graph.json"), "utf8")) as ActorNetworkFile;
});
afterAll(() => harness?.close());

describe("the seed articles' network in the explorer", () => {
  test.each([
    ["2021-12-01", "2021-12-31"],
    ["2022-02-01", "2022-02-28"],
    ["2022-12-01", "2022-12-02"],
  ])("the window %s to %s shows the actors and relations of those dates", async (from, to) => {
    const page = await harness.open(`?from=${from}&to=${to}&undated=0`);
    const counts = await visibleCounts(page);
    expect(counts).toMatchObject(expectedCounts(seeds, [from, to], false));
    expect(counts.edges).toBeGreaterThan(0);
    expect(counts.edges).toBeLessThan(seeds.edges.length);
  });

  test("Play moves the window through time and the network builds up", async () => {
    const page = await harness.open("?from=2021-10-08&to=2021-10-20&undated=0");
    const before = await visibleCounts(page);
    await page.getByRole("button", { name: /^play$/i }).click();
    await page.waitForFunction(
      () => Number(document.querySelector("#visible-counts")?.getAttribute("data-edges")) > 10,
      null,
      {
        timeout: 20_000,
      },
    );
    const during = await visibleCounts(page);
    expect(during.edges).toBeGreaterThan(before.edges);
    expect(await page.locator("#visible-range").textContent()).not.toContain("2021-10-20");
    await shoot(page, "seeds-playing");
  });

  test("Export PNG gives an image of the requested size with the legend drawn on it", async () => {
    const page = await harness.open("");
    await page.waitForTimeout(300);
    const { png, ...result } = await snapshotPng(page, 2);
    const view = (await page.locator("#graph").boundingBox())!;
    expect(result.type).toBe("image/png");
    expect(result.width).toBe(Math.round(view.width) * 2);
    expect(result.height).toBe(Math.round(view.height) * 2);
    const whole = await pixelStats(harness.browser, png, {
      x: 0,
      y: 0,
      width: result.width,
      height: result.height,
    });
    expect(whole.colours).toBeGreaterThan(20);
    // The legend sits in the bottom-left corner of the snapshot: every kind's and type's colour is there.
    const corner = {
      x: 0,
      y: Math.round(result.height * 0.55),
      width: Math.round(result.width * 0.3),
      height: 0,
    };
    corner.height = result.height - corner.y;
    const legend = await coloursIn(harness.browser, png, corner);
    expect(KIND_AND_TYPE_COLOURS.filter((colour) => legend.has(colour))).toEqual(KIND_AND_TYPE_COLOURS);
  });
});
