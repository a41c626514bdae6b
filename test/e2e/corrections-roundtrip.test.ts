import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { ActorNetworkFile } from "../../src/schema";
import { GROWING_FOLDER, manifestOf } from "../cli/growing-folder";
import { makeTempTree, preprocessIn } from "../cli/helpers";
import { startHarness, type Harness } from "./harness";

// One folder, built by the command, corrected in the explorer, then grown.
const { first: FIRST, second: SECOND, later: LATER } = GROWING_FOLDER;

let harness: Harness;
let dir: string;
let built: ActorNetworkFile;

beforeAll(async () => {
  dir = makeTempTree({
    "in/a.txt": FIRST,
    "in/b.txt": SECOND,
    "in/manifest.json": manifestOf(["a.txt", "b.txt"]),
  });
  expect(preprocessIn(dir, ["in", "-o", "built.json", "-q"]).code).toBe(0);
  const text = fs.readFileSync(path.join(dir, "built.json"), "utf8");
  built = JSON.parse(text) as ActorNetworkFile;
  harness = await startHarness({ "fixtures/built.json": text });
});
afterAll(() => harness?.close());

describe("corrections made in the explorer", () => {
  test("export, and replay with the command on the same folder grown by one article", async () => {
    const page = await harness.open("?graph=fixtures/built.json");
    await page.waitForSelector('body[data-corrections="loaded"]', { timeout: 20_000 });
    const select = (selected: { type: "node" | "edge"; key: string }) =>
      page.evaluate((selected) => window.__explorer!.store.set({ selected }), selected);

    // Rename an actor from its panel.
    await select({ type: "node", key: "okeyo-wanjala" });
    await page.locator(".correct-actor summary").click();
    await page.locator('.correct-actor input[aria-label="New name"]').fill("Okeyo Wanjala (president)");
    await page.locator(".correct-actor .rename-actor").click();
    await page.waitForSelector('#corrections-count[data-count="1"]');

    // Reject a statement from its evidence.
    const statement = built.edges.find(
      (edge) => edge.attributes.type === "statement" && edge.source === "maria-lindqvist",
    )!;
    await select({ type: "edge", key: statement.key });
    await page.locator(".details .reject-relation").click();
    await page.waitForSelector('#corrections-count[data-count="2"]');

    // Export the corrections, as a reviewer would, from the count's menu.
    await page.locator(".review-menu summary").click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-corrections")]);
    fs.copyFileSync((await download.path())!, path.join(dir, "corrections.json"));

    // The folder grows by one article; the command replays the fixes on the network it builds.
    fs.writeFileSync(path.join(dir, "in/c.txt"), LATER);
    fs.writeFileSync(path.join(dir, "in/manifest.json"), manifestOf(["a.txt", "b.txt", "c.txt"]));
    const run = preprocessIn(dir, ["in", "-o", "grown.json", "--corrections", "corrections.json", "-q"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const grown = JSON.parse(fs.readFileSync(path.join(dir, "grown.json"), "utf8")) as ActorNetworkFile;
    expect(grown.nodes.find((node) => node.key === "okeyo-wanjala")?.attributes.label).toBe(
      "Okeyo Wanjala (president)",
    );
    const same = (edge: ActorNetworkFile["edges"][number]) =>
      edge.attributes.article === statement.attributes.article &&
      edge.attributes.start === statement.attributes.start &&
      edge.attributes.type === "statement" &&
      edge.source === statement.source &&
      edge.target === statement.target;
    expect(grown.edges.some(same)).toBe(false);
    expect(grown.edges.some((edge) => edge.attributes.article === "c")).toBe(true);
    await page.close();
  }, 120_000);
});
