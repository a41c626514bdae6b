import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ACTOR_KINDS, RELATION_TYPES } from "../../src/schema";
import { makeTempTree, preprocessIn } from "../cli/helpers";
import { ROOT } from "./build";
import { startHarness, visibleCounts, type Harness } from "./harness";

let harness: Harness;
let summary: string;

/** "46 actors (20 person, …)": the number before a noun in the CLI's summary line. */
const summaryCount = (noun: string) => Number(new RegExp(`(\\d+) ${noun}\\b`).exec(summary)?.[1]);

beforeAll(async () => {
  const dir = makeTempTree();
  const run = preprocessIn(dir, [path.join(ROOT, "seeds"), "-o", "built.json"]);
  expect(run.code).toBe(0);
  summary = run.stdout;
  harness = await startHarness({
    "fixtures/built.json": fs.readFileSync(path.join(dir, "built.json"), "utf8"),
  });
});
afterAll(() => harness?.close());

/** The sidebar's "shown of total" counts of one fieldset, by the item's label. */
async function sidebarCounts(page: Awaited<ReturnType<Harness["open"]>>, legend: string) {
  return page.evaluate((legend) => {
    const fieldset = [...document.querySelectorAll(".filters fieldset")].find(
      (element) => element.querySelector("legend")?.textContent === legend,
    )!;
    return [...fieldset.querySelectorAll<HTMLElement>(".count")].map((count) => ({
      text: count.textContent,
      shown: Number(count.dataset.shown),
      total: Number(count.dataset.total),
    }));
  }, legend);
}

describe("the page and the command count the same things", () => {
  test("the seeds' network: the status bar's and the sidebar's totals are the CLI summary's", async () => {
    const page = await harness.open("?graph=fixtures/built.json");
    const counts = await visibleCounts(page);
    const totals = page.locator("#visible-counts");
    expect(Number(await totals.getAttribute("data-total-actors"))).toBe(summaryCount("actors"));
    expect(Number(await totals.getAttribute("data-total-edges"))).toBe(summaryCount("edges"));
    expect(counts.text).toBe(
      `${counts.actors} of ${summaryCount("actors")} actors · ${counts.edges} of ${summaryCount("edges")} relations`,
    );
    const types = await sidebarCounts(page, "Relations");
    expect(types.map(({ total }) => total)).toEqual(RELATION_TYPES.map((type) => summaryCount(type)));
    const kinds = await sidebarCounts(page, "Actors");
    expect(kinds.map(({ total }) => total)).toEqual(ACTOR_KINDS.map((kind) => summaryCount(kind)));
    // With everything in view, the shown counts add up to the status bar's.
    expect(types.reduce((sum, { shown }) => sum + shown, 0)).toBe(counts.edges);
    expect(kinds.reduce((sum, { shown }) => sum + shown, 0)).toBe(counts.actors);
  });

  test("the sidebar reads shown of total for the time window, and follows it as it moves", async () => {
    const page = await harness.open("?graph=fixtures/built.json&from=2022-02-01&to=2022-02-28&undated=0");
    const counts = await visibleCounts(page);
    const types = await sidebarCounts(page, "Relations");
    for (const { text, shown, total } of types) {
      expect(text).toBe(`${shown} of ${total}`);
      expect(shown).toBeLessThanOrEqual(total);
    }
    expect(types.reduce((sum, { shown }) => sum + shown, 0)).toBe(counts.edges);
    expect(types.some(({ shown, total }) => shown < total)).toBe(true);
    await page.evaluate(() => window.__explorer!.store.set({ range: null, showUndated: true }));
    const all = await sidebarCounts(page, "Relations");
    expect(all.every(({ shown, total }) => shown === total)).toBe(true);
    const kinds = await sidebarCounts(page, "Actors");
    expect(kinds.reduce((sum, { shown }) => sum + shown, 0)).toBe((await visibleCounts(page)).actors);
  });
});
