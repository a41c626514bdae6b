import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import type { ActorNetworkFile } from "../../src/schema";
import { RELATIONS_PAGE } from "../../src/app/details/actor-view";
import { syntheticNetwork } from "./fixtures";
import { shoot, startHarness, type Harness } from "./harness";

const network = syntheticNetwork();
let harness: Harness;

/** A hub: `actor-5` is made the source of 400 of the relations, over three months. */
function hubNetwork(): ActorNetworkFile {
  const file = syntheticNetwork(40, 800);
  let moved = 0;
  for (const edge of file.edges)
    if (moved < 400 && edge.source !== "actor-5" && edge.target !== "actor-5") {
      edge.source = "actor-5";
      moved++;
    }
  return file;
}

beforeAll(async () => {
  harness = await startHarness({
    "fixtures/synthetic.json": JSON.stringify(network),
    "fixtures/hub.json": JSON.stringify(hubNetwork()),
  });
});
afterAll(() => harness?.close());

const cameraOf = (page: Page) => page.evaluate(() => window.__explorer!.renderer.getCamera().getState());

/** Types into the search box and chooses the first suggestion with the keyboard. */
export async function searchFor(page: Page, text: string): Promise<void> {
  await page.locator("#search").fill(text);
  await page.locator("#search-suggestions li").first().waitFor();
  await page.locator("#search").press("Enter");
  await page.waitForTimeout(600);
}

describe("search, details and evidence", () => {
  test("an alias finds its actor, which is selected and centred", async () => {
    const page = await harness.open("?graph=fixtures/synthetic.json");
    const before = await cameraOf(page);
    await page.locator("#search").fill("alias number 12");
    await expect(page.locator("#search-suggestions li").first().textContent()).resolves.toContain("Actor 12");
    await page.locator("#search").press("Enter");
    await page.waitForTimeout(600);
    const after = await cameraOf(page);
    expect(
      Math.hypot(after.x - before.x, after.y - before.y) + Math.abs(after.ratio - before.ratio),
    ).toBeGreaterThan(0.01);
    const centre = await page.evaluate(() => {
      const { renderer } = window.__explorer!;
      const { x, y } = renderer.framedGraphToViewport(renderer.getNodeDisplayData("actor-12")!);
      const { width, height } = renderer.getDimensions();
      return { dx: x - width / 2, dy: y - height / 2 };
    });
    expect(Math.hypot(centre.dx, centre.dy)).toBeLessThan(5);
    expect(await page.locator("#details-title").textContent()).toBe("Actor 12");
    await shoot(page, "05-search-selected");
  });

  test("a query that finds no actor says so, and the message goes once one matches", async () => {
    const page = await harness.open("?graph=fixtures/synthetic.json");
    const none = page.locator("#search-none");
    await expect(none.isVisible()).resolves.toBe(false);
    await page.locator("#search").fill("xyzzy");
    await expect(none.textContent()).resolves.toBe("No actor matches “xyzzy”");
    await expect(none.isVisible()).resolves.toBe(true);
    await page.locator("#search").fill("Actor 1");
    await page.locator("#search-suggestions li").first().waitFor();
    await expect(none.isVisible()).resolves.toBe(false);
    await page.locator("#search").fill("xyzzy");
    await page.locator("#search").press("Escape");
    await expect(none.isVisible()).resolves.toBe(false);
  });

  test("the panel's evidence sentence is in the article, and opens it highlighted", async () => {
    const page = await harness.open("?graph=fixtures/synthetic.json");
    await searchFor(page, "Actor 7");
    const relation = page.locator(".details .relation").first();
    const edgeKey = await relation.getAttribute("data-edge");
    const edge = network.edges.find((e) => e.key === edgeKey)!;
    const article = network.attributes.articles.find((a) => a.id === edge.attributes.article)!;
    const sentence = await relation.locator(".evidence-sentence").textContent();
    expect(sentence).toBe(edge.attributes.sentence);
    expect(article.text).toContain(sentence);
    await relation.locator(".open-evidence").click();
    const reader = page.locator("#article-reader");
    await reader.waitFor();
    expect(await page.locator("#reader-title").textContent()).toBe(article.title);
    expect(await page.locator("#reader-highlight").textContent()).toBe(sentence);
    const mark = (await page.locator("#reader-highlight").boundingBox())!;
    const box = (await reader.boundingBox())!;
    expect(mark.y).toBeGreaterThanOrEqual(box.y);
    expect(mark.y + mark.height).toBeLessThanOrEqual(box.y + box.height);
    await shoot(page, "06-article-reader");
    await page.keyboard.press("Escape");
    await reader.waitFor({ state: "detached" });
  });

  test("showing one relation lists only that relation", async () => {
    const page = await harness.open("?graph=fixtures/synthetic.json");
    await searchFor(page, "Actor 3");
    await page.locator(".details .relation").first().getByText("Show this relation").click();
    expect(await page.locator("#details-title").textContent()).toBe("Relation");
    expect(await page.locator(".details .relation").count()).toBe(1);
    await shoot(page, "07-relation-selected");
  });

  test("an actor with hundreds of relations lists a page of them, those in the window first, and more on request", async () => {
    const page = await harness.open(
      "?graph=fixtures/hub.json&from=2022-11-01&to=2022-11-20&undated=0&actor=actor-5",
    );
    const relations = page.locator(".details .relation");
    await relations.first().waitFor();
    const degree = await page.evaluate(() => window.__explorer!.graph.degree("actor-5"));
    expect(degree).toBeGreaterThan(400);
    const listed = () =>
      relations.evaluateAll((items) =>
        items.map((item) => ({
          hidden: item.classList.contains("relation-hidden"),
          date: item.querySelector("time")!.getAttribute("datetime"),
        })),
      );
    const heading = async () => {
      const text = await page.locator(".details h3", { hasText: "Relations" }).textContent();
      const [, shown, total] = /Relations \((\d+) of (\d+) shown\)/.exec(text ?? "")!;
      return { shown: Number(shown), total: Number(total) };
    };
    const november = await heading();
    expect(november.total).toBe(degree);
    expect(november.shown).toBeGreaterThan(RELATIONS_PAGE);
    // One page, every item in the window (November), by date.
    let items = await listed();
    expect(items).toHaveLength(RELATIONS_PAGE);
    expect(items.every(({ hidden, date }) => !hidden && date! >= "2022-11-01" && date! <= "2022-11-20")).toBe(
      true,
    );
    expect(items.map(({ date }) => date)).toEqual(items.map(({ date }) => date).sort());
    await shoot(page, "07b-hub-first-page");

    const more = page.locator(".details .show-more").last();
    expect(await more.textContent()).toBe(
      `Show ${RELATIONS_PAGE} more (${degree - RELATIONS_PAGE} not listed)`,
    );
    await more.click();
    items = await listed();
    expect(items).toHaveLength(2 * RELATIONS_PAGE);
    // The window's relations, then those it hides.
    expect(november.shown).toBeLessThan(2 * RELATIONS_PAGE);
    expect(items.map(({ hidden }) => hidden)).toEqual(items.map((_item, i) => i >= november.shown));

    // Moving the window renders the panel again, keeping what the reader expanded.
    const december = [Date.UTC(2022, 11, 1), Date.UTC(2022, 11, 31)].map((ms) => ms / 86_400_000);
    await page.evaluate(
      (range) => window.__explorer!.store.set({ range: range as [number, number] }),
      december,
    );
    await page.waitForTimeout(500);
    expect((await heading()).shown).not.toBe(november.shown);
    expect(await relations.count()).toBe(2 * RELATIONS_PAGE);
    // Another actor, and back: one page again.
    await page.evaluate(() => window.__explorer!.store.set({ selected: { type: "node", key: "actor-6" } }));
    await page.evaluate(() => window.__explorer!.store.set({ selected: { type: "node", key: "actor-5" } }));
    await page.waitForTimeout(300);
    expect(await relations.count()).toBe(RELATIONS_PAGE);
  });
});
