import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { syntheticNetwork } from "./fixtures";
import { nextFrames, shoot, startHarness, visibleCounts, type Harness } from "./harness";

const network = syntheticNetwork();
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ "fixtures/synthetic.json": JSON.stringify(network) });
});
afterAll(() => harness?.close());

/** The actors within `steps` relations of `from`, read from the file (every relation passes by default). */
function within(from: string, steps: number): string[] {
  const reached = new Set([from]);
  let frontier = [from];
  for (let step = 0; step < steps; step++) {
    const next: string[] = [];
    for (const { source, target } of network.edges)
      for (const [a, b] of [
        [source, target],
        [target, source],
      ] as const)
        if (frontier.includes(a) && !reached.has(b)) {
          reached.add(b);
          next.push(b);
        }
    frontier = next;
  }
  return [...reached].sort();
}

/** The actors the view shows now, and those it counts (shown with a shown relation). */
const visibleActors = (page: Page) =>
  page.evaluate(() => {
    const { graph, visibility } = window.__explorer!;
    return {
      shown: graph.filterNodes((key) => visibility.isNodeShown(key)).sort(),
      active: graph.filterNodes((key) => visibility.isNodeActive(key)).sort(),
    };
  });

async function selectActor(page: Page, label: string) {
  await page.locator("#search").fill(label);
  await page.locator("#search").press("Enter");
  await nextFrames(page);
}

describe("the ego network of the selected actor", () => {
  test("1 step shows exactly the actor and its neighbours; the counts follow; 2 steps reach further", async () => {
    const page = await harness.open("?graph=fixtures/synthetic.json");
    const everything = await visibleCounts(page);
    await selectActor(page, "Actor 9");
    await page.locator("#ego").selectOption("1");
    await nextFrames(page);

    const oneStep = within("actor-9", 1);
    expect(oneStep.length).toBeGreaterThan(2);
    expect(oneStep.length).toBeLessThan(network.nodes.length);
    expect(await visibleActors(page)).toEqual({ shown: oneStep, active: oneStep });
    const counts = await visibleCounts(page);
    expect(counts.actors).toBe(oneStep.length);
    expect(counts.text).toContain(`${oneStep.length} of ${everything.actors} actors`);
    // The sidebar's actor counts follow it, as they follow the other filters.
    const kindsShown = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>(".filters fieldset .count")]
        .filter((count) => count.closest("fieldset")?.querySelector("legend")?.textContent === "Actors")
        .reduce((sum, count) => sum + Number(count.dataset.shown), 0),
    );
    expect(kindsShown).toBe(oneStep.length);
    await shoot(page, "ego-1-step");

    await page.locator("#ego").selectOption("2");
    await nextFrames(page);
    const twoSteps = within("actor-9", 2);
    expect(twoSteps.length).toBeGreaterThan(oneStep.length);
    expect((await visibleActors(page)).shown).toEqual(twoSteps);
  });

  test("it follows the selection, says what to do without one, and a link brings it back", async () => {
    const page = await harness.open("?graph=fixtures/synthetic.json&ego=1&actor=actor-5");
    expect((await visibleActors(page)).shown).toEqual(within("actor-5", 1));
    expect(await page.locator("#ego").inputValue()).toBe("1");
    await selectActor(page, "Actor 12");
    expect((await visibleActors(page)).shown).toEqual(within("actor-12", 1));
    await page.waitForTimeout(400);
    expect(page.url()).toContain("ego=1");
    expect(page.url()).toContain("actor=actor-12");

    await page.evaluate(() => window.__explorer!.store.set({ selected: null }));
    await nextFrames(page);
    expect((await visibleActors(page)).shown).toHaveLength(network.nodes.length);
    await expect.poll(() => page.locator(".filter-ego .filter-hint").isVisible()).toBe(true);
  });
});
