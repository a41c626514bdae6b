import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { network } from "../corrections/fixture";
import { startHarness, type Harness } from "./harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ "fixtures/review.json": JSON.stringify(network()) });
});
afterAll(() => harness?.close());

const waitForCount = (page: Page, n: number) =>
  page.waitForSelector(`#corrections-count[data-count="${n}"]`, { timeout: 20_000 });
const select = (page: Page, selected: { type: "node" | "edge"; key: string }) =>
  page.evaluate((selected) => window.__explorer!.store.set({ selected }), selected);

/** What a reader sees of the network: every actor and relation with what a correction can change. */
const snapshot = (page: Page) =>
  page.evaluate(() => {
    const { graph } = window.__explorer!;
    const actors = graph.mapNodes((key, a) => `${key}|${a.label}|${a.kind}|${a.role ?? ""}`).sort();
    const relations = graph
      .mapEdges((_key, a, source, target) => `${source}>${target}|${a.type}|${a.status ?? "held"}|${a.date}`)
      .sort();
    return { actors, relations };
  });

async function correctActor(page: Page, key: string, act: () => Promise<void>): Promise<void> {
  await select(page, { type: "node", key });
  await page.locator(".correct-actor summary").click();
  await act();
}

async function correctRelation(page: Page, key: string, act: () => Promise<void>): Promise<void> {
  await select(page, { type: "edge", key });
  await page.locator(".correct-relation").waitFor();
  await act();
}

describe("every kind of correction in the browser", () => {
  test("is undone and redone, back to the network as it was and as it was corrected", async () => {
    const page = await harness.open("?graph=fixtures/review.json");
    await page.waitForSelector('body[data-corrections="loaded"]', { timeout: 20_000 });
    const original = await snapshot(page);
    const more = async (n: number) => waitForCount(page, n);
    const open = () => page.locator(".correct-relation details summary").click();

    await correctActor(page, "joe-biden", async () => {
      await page.locator('.correct-actor input[aria-label="New name"]').fill("Joseph Biden");
      await page.locator(".correct-actor .rename-actor").click();
    });
    await more(1);
    await correctActor(page, "kyiv", async () => {
      await page.locator('.correct-actor select[aria-label="Kind"]').selectOption("organization");
      await page.locator(".correct-actor .set-kind").click();
    });
    await more(2);
    await correctActor(page, "vladimir-putin", async () => {
      await page.locator('.correct-actor input[aria-label="Role"]').fill("President of Russia");
      await page.locator(".correct-actor .set-role").click();
    });
    await more(3);
    await correctRelation(page, "e0", () => page.locator(".details .confirm-relation").click());
    await more(4);
    await correctRelation(page, "e1", () => page.locator(".details .reverse-relation").click());
    await more(5);
    await correctRelation(page, "e4", async () => {
      await open();
      await page.locator('.correct-relation select[aria-label="Type"]').selectOption("call");
      await page.locator(".correct-relation .set-type").click();
    });
    await more(6);
    await correctRelation(page, "e0", async () => {
      await open();
      await page.locator('.correct-relation select[aria-label="Status"]').selectOption("planned");
      await page.locator(".correct-relation .set-status").click();
    });
    await more(7);
    await correctRelation(page, "e0", async () => {
      await open();
      await page.locator('.correct-relation input[aria-label="Date"]').fill("2024-03-01");
      await page.locator(".correct-relation .set-date").click();
    });
    await more(8);
    await correctActor(page, "peskov", () => page.locator(".correct-actor .remove-actor").click());
    await more(9);

    const corrected = await snapshot(page);
    expect(corrected.actors).toContain("joe-biden|Joseph Biden|person|");
    expect(corrected.actors).toContain("kyiv|Kyiv|organization|");
    expect(corrected.actors).toContain("vladimir-putin|Vladimir Putin|person|President of Russia");
    expect(corrected.actors.some((actor) => actor.startsWith("peskov|"))).toBe(false);
    expect(corrected.relations).toContain("joe-biden>vladimir-putin|statement|held|2024-03-04");
    expect(corrected.relations).toContain("kyiv>joe-biden|call|held|2024-03-04");
    expect(corrected.relations.some((r) => r.endsWith("|call|planned|2024-03-01"))).toBe(true);

    for (let n = 8; n >= 0; n--) {
      await page.locator("#undo-correction").click();
      await more(n);
    }
    expect(await snapshot(page)).toEqual(original);
    for (let n = 1; n <= 9; n++) {
      await page.locator("#redo-correction").click();
      await more(n);
    }
    expect(await snapshot(page)).toEqual(corrected);
    await page.close();
  }, 180_000);
});
