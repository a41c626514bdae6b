import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { HOSTILE_LABEL, HOSTILE_SENTENCE, syntheticNetwork } from "./fixtures";
import { shoot, startHarness, type Harness } from "./harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ "fixtures/synthetic.json": JSON.stringify(syntheticNetwork()) });
});
afterAll(() => harness?.close());

describe("hostile strings in the file are shown as text and never run", () => {
  test("labels, roles, aliases, titles and sentences with HTML stay inert", async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const dialogs: string[] = [];
    const outside: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (!["data:", "blob:"].includes(url.protocol) && url.hostname !== "127.0.0.1")
        outside.push(request.url());
    });
    await page.goto(`${harness.server.url}?graph=fixtures/synthetic.json`);
    await page.waitForSelector("body[data-state=ready]");

    await page.locator("#search").fill("mallory");
    await page.locator("#search-suggestions li").first().waitFor();
    expect(await page.locator("#search-suggestions li").first().textContent()).toContain(HOSTILE_LABEL);
    await page.locator("#search").press("Enter");
    expect(await page.locator("#details-title").textContent()).toBe(HOSTILE_LABEL);
    expect(await page.locator(".actor-role").textContent()).toContain("<script>");
    const sentence = page.locator(".evidence-sentence", { hasText: "Mallory wrote" });
    expect(await sentence.textContent()).toBe(HOSTILE_SENTENCE);
    await page.locator(".relation", { has: sentence }).locator(".open-evidence").click();
    await page.locator("#reader-highlight").waitFor();
    expect(await page.locator("#reader-title").textContent()).toContain("<script>");
    expect(await page.locator("#reader-highlight").textContent()).toBe(HOSTILE_SENTENCE);
    await page.waitForTimeout(300);
    await shoot(page, "12-hostile-reader");

    expect(await page.locator(".details img, .reader img, .details b, .reader i").count()).toBe(0);
    expect(await page.locator("a[href^='javascript']").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });
});
