import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { syntheticNetwork } from "./fixtures";
import { startHarness, visibleCounts, type Harness } from "./harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.close());

describe("a network opened from a file", () => {
  test("is kept by the browser and named in the address, so a reload opens it again", async () => {
    const page = await harness.open();
    await page.waitForSelector('body[data-state="ready"]');
    const network = syntheticNetwork(12, 30, 5);
    await page.setInputFiles("#open-file", {
      name: "my-story.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(network)),
    });
    await page.waitForFunction(() => location.search.includes("file=my-story.json"));
    await page.waitForSelector('body[data-state="ready"]');
    const opened = await visibleCounts(page);
    expect(opened.edges).toBe(30);

    await page.reload();
    await page.waitForSelector('body[data-state="ready"]');
    expect(new URL(page.url()).searchParams.get("file")).toBe("my-story.json");
    expect(await visibleCounts(page)).toEqual(opened);
  });

  test("named in a link from another machine, is said to be there, not here", async () => {
    const page = await harness.open("?file=not-on-this-machine.json");
    const error = page.locator("#load-error");
    await error.waitFor();
    expect(await error.textContent()).toMatch(
      /not-on-this-machine\.json, a file opened on the machine of whoever made the link/,
    );
    expect(await error.textContent()).toMatch(/Open not-on-this-machine\.json with Open file/);
  });
});
