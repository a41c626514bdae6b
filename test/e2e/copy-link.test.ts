import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startHarness, type Harness } from "./harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.close());

describe("Copy link", () => {
  test("copies the address of the view as it is now, which opens the same view", async () => {
    const page = await harness.open("?from=2022-02-01&to=2022-02-28", { width: 1024, height: 640 });
    await page
      .context()
      .grantPermissions(["clipboard-read", "clipboard-write"], { origin: harness.server.url });
    // Changed just before the click: the address bar has not caught up yet, the link has.
    await page.evaluate(() =>
      window.__explorer!.store.set({
        selected: { type: "node", key: "vladimir-putin" },
        edgeTypes: ["statement"],
      }),
    );
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect.poll(() => page.locator(".copy-link").textContent()).toBe("Copied");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator(".copy-link").getAttribute("data-link"));
    const link = new URL(copied);
    expect(Object.fromEntries(link.searchParams)).toMatchObject({
      from: "2022-02-01",
      to: "2022-02-28",
      actor: "vladimir-putin",
      types: "statement",
    });
    await expect.poll(() => page.evaluate(() => location.href)).toBe(copied);

    const opened = await harness.open(link.search);
    const state = await opened.evaluate(() => window.__explorer!.store.get());
    expect(state.selected).toEqual({ type: "node", key: "vladimir-putin" });
    expect(state.edgeTypes).toEqual(["statement"]);
  });
});
