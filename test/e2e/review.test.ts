import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { network } from "../corrections/fixture";
import { shoot, startHarness, type Harness } from "./harness";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ "fixtures/review.json": JSON.stringify(network()) });
});
afterAll(() => harness?.close());

const correctionCount = async (page: Page) =>
  Number(await page.locator("#corrections-count").getAttribute("data-count"));
const waitForCount = (page: Page, n: number) =>
  page.waitForSelector(`#corrections-count[data-count="${n}"]`, { timeout: 20_000 });
const graphHas = (page: Page, kind: "node" | "edge", key: string) =>
  page.evaluate(
    ([kind, key]) =>
      kind === "node" ? window.__explorer!.graph.hasNode(key) : window.__explorer!.graph.hasEdge(key),
    [kind, key] as const,
  );
const addedEdges = (page: Page) =>
  page.evaluate(() =>
    window.__explorer!.graph.filterEdges((_, a) => (a as { review?: string }).review === "added"),
  );
const select = (page: Page, selected: { type: "node" | "edge"; key: string }) =>
  page.evaluate((selected) => window.__explorer!.store.set({ selected }), selected);

async function openReview(page: Page): Promise<void> {
  await page.waitForSelector('body[data-corrections="loaded"]', { timeout: 20_000 });
  if ((await page.locator("#relations-toggle").getAttribute("aria-pressed")) !== "true")
    await page.locator("#relations-toggle").click();
}

/** Selects the words in the article reader's text, as a reader would with the mouse. */
async function selectInReader(page: Page, words: string): Promise<void> {
  await page.evaluate((words) => {
    const body = document.querySelector("#article-reader .article-text")!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(words);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return;
    }
    throw new Error(`"${words}" is not in the reader`);
  }, words);
}

describe("review: correct the network where the evidence is read, and keep the corrections", () => {
  test("merge two actors, reject a relation, add one from a sentence; a reload keeps all three; undo and redo", async () => {
    const page = await harness.open("?graph=fixtures/review.json");
    await openReview(page);
    await expect(page.locator("#relations-caption").getAttribute("data-rows")).resolves.toBe("5");
    await shoot(page, "review-table");

    // Merge: Peskov into Dmitry Peskov, from Dmitry Peskov's panel; the table narrows to him.
    await select(page, { type: "node", key: "dmitry-peskov" });
    await expect(page.locator("#relations-caption").textContent()).resolves.toContain("of Dmitry Peskov");
    await page.locator(".correct-actor summary").click();
    await page.locator(".merge-name").fill("Peskov");
    await page.locator(".merge-actor").click();
    await waitForCount(page, 1);
    expect(await graphHas(page, "node", "peskov")).toBe(false);
    await expect(page.locator(".details h2 .review-badge").textContent()).resolves.toBe("corrected");

    // Reject: the warning, picked in the table.
    await page.locator(".relations-bar .link").click();
    await page.locator("#relations-filter").fill("warned");
    await page.locator(".relations-spacer .relations-row:not([hidden])").first().click();
    await page.locator(".details .reject-relation").click();
    await waitForCount(page, 2);
    expect(await graphHas(page, "edge", "e1")).toBe(false);

    // Add: Kyiv → Joe Biden, a call, from a sentence selected in the reader.
    await page.locator("#relations-filter").fill("");
    await select(page, { type: "edge", key: "e0" });
    await page.locator(".details .open-evidence").click();
    await page.locator("#article-reader .add-relation summary").click();
    await selectInReader(page, "Kyiv is a city.");
    // As a person does, go on once the form shows the sentence chosen: the page hears of the
    // selection a moment later, and a field focused before then would take the selection away.
    await page
      .locator("#article-reader .added-sentence", { hasText: "Sentence: “Kyiv is a city.”" })
      .waitFor({ timeout: 20_000 });
    await page.locator("#article-reader .add-source").fill("Kyiv");
    await page.locator("#article-reader .add-target").fill("Joe Biden");
    await page.locator("#article-reader .add-relation-button").click();
    await waitForCount(page, 3);
    expect(await addedEdges(page)).toHaveLength(1);
    await shoot(page, "review-corrected");

    // A reload finds all three.
    await page.reload();
    await page.waitForSelector('body[data-state="ready"]');
    await openReview(page);
    await waitForCount(page, 3);
    expect(await graphHas(page, "node", "peskov")).toBe(false);
    expect(await graphHas(page, "edge", "e1")).toBe(false);
    expect(await addedEdges(page)).toHaveLength(1);

    // Undo each, then redo each.
    for (const expected of [2, 1, 0]) {
      await page.locator("#undo-correction").click();
      await waitForCount(page, expected);
    }
    expect(await graphHas(page, "node", "peskov")).toBe(true);
    expect(await graphHas(page, "edge", "e1")).toBe(true);
    expect(await addedEdges(page)).toHaveLength(0);
    await page.locator("#redo-correction").click();
    await waitForCount(page, 1);
    expect(await graphHas(page, "node", "peskov")).toBe(false);
    await page.keyboard.press("Control+Shift+Z");
    await waitForCount(page, 2);
    expect(await graphHas(page, "edge", "e1")).toBe(false);
    await page.locator("#redo-correction").click();
    await waitForCount(page, 3);
    expect(await addedEdges(page)).toHaveLength(1);
    expect(await correctionCount(page)).toBe(3);
  });

  test("a corrections file of another version is refused with a message, and nothing is lost", async () => {
    const page = await harness.open("?graph=fixtures/review.json");
    await openReview(page);
    await page.locator("#import-corrections").setInputFiles({
      name: "old.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ format: "newsnet-corrections", version: 9, corrections: [] })),
    });
    await expect(page.locator("#review-notes .error").textContent()).resolves.toMatch(
      /old\.json: version 9 is not supported/,
    );
    expect(await correctionCount(page)).toBe(0);
    expect(await graphHas(page, "node", "peskov")).toBe(true);
  });
});
