import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { DOCS } from "./screens";
import { differingPixels, nextFrames, regionOf, shoot, SHOTS, startHarness, type Harness } from "./harness";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.close());

/** Every actor's drawn colour and size, and its community and the community's size. */
const drawnActors = (page: Page) =>
  page.evaluate(() => {
    const { graph, renderer } = window.__explorer!;
    const sizes = new Map<number, number>();
    graph.forEachNode((_key, { community }) => {
      if (community !== undefined) sizes.set(community, (sizes.get(community) ?? 0) + 1);
    });
    return graph.mapNodes((key, { community, label }) => {
      const data = renderer.getNodeDisplayData(key)!;
      return {
        key,
        label,
        community,
        members: sizes.get(community!) ?? 0,
        color: data.color,
        size: data.size,
      };
    });
  });

describe("colour by community, size by a metric", () => {
  test("colouring by community gives each community of two or more its colour and lists it by name", async () => {
    const page = await harness.open("", { width: 1440, height: 900 });
    const graphRegion = await regionOf(page, "#graph");
    const byKind = await page.screenshot();
    const kindColours = new Set((await drawnActors(page)).map(({ color }) => color));

    await page.locator("#legend-colour").selectOption("community");
    await nextFrames(page);
    const actors = await drawnActors(page);
    const together = actors.filter(({ members }) => members > 1);
    const alone = actors.filter(({ members }) => members === 1);
    expect(together.length).toBeGreaterThan(0);
    // One colour per community, none of them a kind's; actors alone in theirs share the grey.
    const colourOf = new Map<number, string>();
    for (const { community, color } of together) {
      expect(colourOf.get(community!) ?? color).toBe(color);
      colourOf.set(community!, color);
    }
    const communityColours = new Set(colourOf.values());
    expect([...communityColours].some((colour) => !kindColours.has(colour))).toBe(true);
    expect(new Set(alone.map(({ color }) => color)).size).toBeLessThanOrEqual(1);
    for (const { color } of alone) expect(communityColours.has(color)).toBe(false);
    const byCommunity = await page.screenshot();
    expect(await differingPixels(harness.browser, byKind, byCommunity, graphRegion)).toBeGreaterThan(500);

    // The legend names the communities after their most mentioned members; none of one actor.
    const items = await page.locator(".legend-actors li").allTextContents();
    const named = items.filter((text) => !/^(Other communities|Unconnected)/.test(text));
    expect(named.length).toBe(Math.min(12, communityColours.size));
    const labelsOf = (community: number) =>
      actors.filter((actor) => actor.community === community).map(({ label }) => label);
    for (const name of named) {
      const first = name.split(/,| and /)[0]!;
      const member = actors.find(({ label }) => label === first);
      expect(member, `${name} names a member`).toBeDefined();
      expect(labelsOf(member!.community!).length).toBeGreaterThan(1);
    }
    expect(items.some((text) => text.startsWith("Unconnected"))).toBe(alone.length > 0);
    await page.waitForTimeout(400);
    expect(page.url()).toContain("colour=community");
    await shoot(page, "communities");
    mkdirSync(DOCS, { recursive: true });
    copyFileSync(join(SHOTS, "communities.png"), join(DOCS, "communities.png"));
  });

  test("sizing by PageRank, then betweenness, changes the discs' sizes, the most central the largest", async () => {
    const page = await harness.open("", { width: 1440, height: 900 });
    const before = await drawnActors(page);
    await page.locator("#legend-size").selectOption("pagerank");
    await page.waitForSelector('body[data-sized-by="pagerank"]');
    await nextFrames(page);
    const after = await drawnActors(page);
    const changed = after.filter(({ key, size }) => before.find((actor) => actor.key === key)!.size !== size);
    expect(changed.length).toBeGreaterThan(after.length / 4);
    expect(Math.max(...after.map(({ size }) => size))).toBe(20);
    expect(Math.min(...after.map(({ size }) => size))).toBeGreaterThanOrEqual(4);
    await shoot(page, "size-by-pagerank");
    // Betweenness is computed only when chosen; the legend says so until it is done.
    await page.locator("#legend-size").selectOption("betweenness");
    await page.waitForSelector('body[data-sized-by="betweenness"]');
    expect(await page.locator(".look-note").allTextContents()).toEqual(["", ""]);
    const betweenness = await drawnActors(page);
    expect(betweenness.map(({ size }) => size)).not.toEqual(after.map(({ size }) => size));
    // Back to the file's sizes.
    await page.locator("#legend-size").selectOption("relations");
    await page.waitForSelector('body[data-sized-by="relations"]');
    expect((await drawnActors(page)).map(({ size }) => size)).toEqual(before.map(({ size }) => size));
  });
});
