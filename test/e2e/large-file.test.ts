import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { syntheticNetwork } from "../../bench/explorer/network";
import { startHarness, visibleCounts, type Harness } from "./harness";

// About 50 MB: the size the explorer must load without freezing the page.
const large = syntheticNetwork({ actors: 20_000, relations: 190_000 }, 5);
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ "fixtures/large.json": large.json.toString("utf8") });
}, 300_000);
afterAll(() => harness?.close());

describe("a large network file", () => {
  test(
    "is read and parsed off the main thread, with progress shown, then drawn",
    { timeout: 300_000 },
    async () => {
      expect(large.json.length).toBeGreaterThan(45 * 1024 * 1024);
      const page = await harness.browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${harness.server.url}?graph=fixtures/large.json`, { waitUntil: "commit" });
      const progress = page.locator(".load-progress");
      await progress.waitFor({ timeout: 30_000 });
      // The page answers while the file loads: the main thread is not stuck in JSON.parse.
      const whileLoading = await page.evaluate(() => ({
        state: document.body.dataset.state,
        label: document.querySelector(".load-progress")?.textContent ?? "",
      }));
      expect(whileLoading.state).toBe("loading");
      expect(whileLoading.label).toContain("Loading fixtures/large.json");
      await page.waitForSelector('body[data-state="ready"]', { timeout: 240_000 });
      expect(await page.locator(".load-progress").count()).toBe(0);
      expect((await visibleCounts(page)).edges).toBe(large.relations);
      await page.close();
    },
  );
});
