import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { syntheticNetwork } from "./fixtures";
import { shoot, startHarness, visibleCounts, type Harness } from "./harness";

const partlyBroken = syntheticNetwork(10, 20, 3);
partlyBroken.edges[4]!.attributes.date = "last week";
(partlyBroken.nodes as unknown[]).push({ key: "ghost", attributes: { label: 42 } });

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({
    "fixtures/malformed.json": '{"nodes": [',
    "fixtures/not-a-network.json": JSON.stringify({ hello: "world" }),
    "fixtures/partly-broken.json": JSON.stringify(partlyBroken),
  });
});
afterAll(() => harness?.close());

describe("a file that cannot be read says so on the page", () => {
  test.each([
    {
      name: "missing",
      query: "?graph=fixtures/missing.json",
      says: /not found: nothing is at .*fixtures\/missing\.json/,
    },
    { name: "malformed", query: "?graph=fixtures/malformed.json", says: /not valid JSON/ },
    { name: "not-a-network", query: "?graph=fixtures/not-a-network.json", says: /not an actor-network file/ },
    { name: "other-site", query: "?graph=https://example.org/graph.json", says: /another site/ },
  ])("$name file: a clear error", async ({ name, query, says }) => {
    const page = await harness.open(query);
    const error = page.locator("#load-error");
    await error.waitFor();
    expect(await error.getAttribute("role")).toBe("alert");
    expect(await error.textContent()).toMatch(says);
    expect(await error.textContent()).toContain("npm run preprocess");
    if (name === "missing") await shoot(page, "10-missing-file");
  });

  test("faulty items are dropped, listed in a notice, and the rest loads", async () => {
    const page = await harness.open("?graph=fixtures/partly-broken.json");
    const notice = page.locator("#load-notice");
    await notice.waitFor();
    expect(await notice.textContent()).toContain("2 items of");
    await notice.locator("summary").click();
    expect(await notice.textContent()).toContain("last week");
    expect((await visibleCounts(page)).edges).toBe(19);
    await shoot(page, "11-dropped-notice");
  });
});

describe("a bad file opened over a network", () => {
  test("leaves the network on screen as it was and says what is wrong", async () => {
    const page = await harness.open("?graph=fixtures/partly-broken.json");
    await page.locator("#load-notice").waitFor();
    const before = await visibleCounts(page);
    await page.setInputFiles("#open-file", {
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"nodes": ['),
    });
    const error = page.locator("#load-error");
    await error.waitFor();
    expect(await error.textContent()).toMatch(
      /broken\.json could not be opened; the network on screen is unchanged/,
    );
    expect(await error.textContent()).toMatch(/not valid JSON/);
    expect(await visibleCounts(page)).toEqual(before);
    await error.locator("button", { hasText: "Close" }).click();
    expect(await page.locator("#load-error").count()).toBe(0);
    expect(await visibleCounts(page)).toEqual(before);
  });
});
