import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { syntheticNetwork } from "./fixtures";
import { expectedCounts } from "./expected";
import { shoot, startHarness, visibleCounts, type Harness } from "./harness";

const network = syntheticNetwork();
const GRAPH = "?graph=fixtures/synthetic.json";
const isoOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ "fixtures/synthetic.json": JSON.stringify(network) });
});
afterAll(() => harness?.close());

describe("the time window decides which relations are visible", () => {
  test.each([
    { from: "2022-11-01", to: "2022-11-15", undated: true },
    { from: "2022-10-01", to: "2022-10-03", undated: false },
    { from: "2022-12-20", to: "2022-12-31", undated: true },
  ])(
    "a link with $from to $to (undated shown: $undated) shows the counts computed from the file",
    async ({ from, to, undated }) => {
      const page = await harness.open(`${GRAPH}&from=${from}&to=${to}${undated ? "" : "&undated=0"}`);
      const counts = await visibleCounts(page);
      expect(counts).toMatchObject(expectedCounts(network, [from, to], undated));
      expect(counts.edges).toBeLessThan(network.edges.length);
      expect(await page.locator("#visible-range").textContent()).toContain(from);
      if (from === "2022-11-01") await shoot(page, "03-time-window");
    },
  );

  test("shrinking the window from the timeline with the keyboard updates the counts", async () => {
    const page = await harness.open(GRAPH);
    const brush = page.locator('[role="slider"]');
    await brush.focus();
    for (let i = 0; i < 4; i++) await brush.press("Shift+PageDown");
    await page.waitForTimeout(200);
    const range = page.locator("#visible-range");
    const from = isoOf(Number(await range.getAttribute("data-from")));
    const to = isoOf(Number(await range.getAttribute("data-to")));
    expect(to < "2022-12-29").toBe(true);
    expect(await visibleCounts(page)).toMatchObject(expectedCounts(network, [from, to], true));
    await shoot(page, "04-timeline-keyboard");
  });

  test("stepping a sliding window forwards and back keeps the incremental counts exact", async () => {
    const page = await harness.open(GRAPH);
    const start = Date.UTC(2022, 9, 1) / 86_400_000;
    const steps = [0, 7, 14, 30, 45, 60, 45, 20, 3, 80];
    for (const [i, offset] of steps.entries()) {
      const showUndated = i % 3 !== 0;
      await page.evaluate(
        ([from, to, showUndated]) => window.__explorer!.store.set({ range: [from, to], showUndated }),
        [start + offset, start + offset + 13, showUndated] as const,
      );
      const expected = expectedCounts(
        network,
        [isoOf(start + offset), isoOf(start + offset + 13)],
        showUndated,
      );
      expect(await visibleCounts(page)).toMatchObject(expected);
    }
  });
});
