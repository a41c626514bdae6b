import { afterAll, beforeAll, expect, test } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../../bench/explorer/browser";
import { FLOOR_SIZES, runFloorBench, type FloorSize } from "../../bench/explorer/floor";
import { INPUTS } from "../../bench/explorer/person-inputs";

// The floor comparison of `npm run bench:explorer` at 1k/10k: both pages load, every input is
// made and timed. Timings vary with the machine: only that they were taken is asserted.
let browser: Browser;
let size: FloorSize;

beforeAll(async () => {
  browser = await launchBrowser();
  const [first] = await runFloorBench(browser, FLOOR_SIZES.slice(0, 1));
  if (!first || "failed" in first) throw new Error(`the floor comparison failed: ${JSON.stringify(first)}`);
  size = first;
}, 300_000);
afterAll(() => browser?.close());

test.each(INPUTS)("%s is timed on our page and on the bare sigma page", (input) => {
  for (const page of [size.ours, size.floor]) {
    expect(page[input].samples).toBeGreaterThan(0);
    expect(page[input].mainMs).toBeGreaterThan(0);
    expect(page[input].frameMs).toBeGreaterThan(0);
  }
});

test("a frame's cost is taken on both pages, with every relation shown and with a window", () => {
  for (const page of [size.ours, size.floor])
    for (const state of [page.frame.all, page.frame.window]) {
      expect(state.cpuMs).toBeGreaterThan(0);
      expect(state.wallMs).toBeGreaterThan(0);
    }
});
