import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { syntheticNetwork } from "./fixtures";
import { shoot, startHarness, type Harness } from "./harness";

const network = syntheticNetwork();
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ "fixtures/synthetic.json": JSON.stringify(network) });
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
});
