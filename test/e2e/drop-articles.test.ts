import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { validateNetworkFile, type ActorNetworkFile } from "../../src/schema";
import { CSV, JSONL, MANIFEST, PAGE, TEXT } from "../sources/fixtures";
import { pixelStats, regionOf, shoot, startHarness, visibleCounts, type Harness } from "./harness";

/** A corpus as people keep one, written for the test: every format, subfolders, two bad items. */
const CORPUS: Record<string, string> = {
  "harbour.txt": TEXT,
  "manifest.json": JSON.stringify(MANIFEST),
  "pages/port.html": PAGE.replace(/Tom Reed/g, "Tom Brandt").replace(/Reed/g, "Brandt"),
  "pages/signin.html":
    '<html><body><nav><a href="/">Home</a></nav><form><input name="user"></form></body></html>',
  "exports/wire.csv":
    CSV.replace(/Ana Lopes/g, "Ines Varga").replace(/Lopes/g, "Varga") +
    "No body,,https://news.example/none,2024-03-06,Port Weekly\n" +
    'Grain deal,"Trade Minister Karl Weiss met Ines Varga in Tessaly on Tuesday, his ministry said.",,2024-03-07,Port Weekly\n',
  "exports/feed.jsonl": JSONL.replace(/Sara Okafor/g, "Lena Moreau").replace(/Okafor/g, "Moreau"),
  "photo.png": "not an article",
};
const EXTRA =
  "Quota talks widen\n\nPia Lindqvist spoke with Ana Lopes by phone on Friday, her spokesman said.\n";

let harness: Harness;
let root: string;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "newsnet-drop-"));
  for (const [name, content] of Object.entries(CORPUS)) {
    fs.mkdirSync(path.dirname(path.join(root, "corpus", name)), { recursive: true });
    fs.writeFileSync(path.join(root, "corpus", name), content);
  }
  fs.writeFileSync(path.join(root, "extra.txt"), EXTRA);
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

/** Drops files or folders from disk on the page, as a person drags them from a file manager. */
async function drop(page: Page, ...paths: string[]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const data = { items: [], files: paths, dragOperationsMask: 1 };
  for (const type of ["dragEnter", "dragOver", "drop"] as const)
    await cdp.send("Input.dispatchDragEvent", { type, x: 640, y: 400, data });
  await cdp.detach();
}

/** Records every progress line the page shows from now on (window.__progress). */
async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { __progress: seen });
    new MutationObserver(() => {
      const label = document.querySelector("#load-messages .load-progress-label")?.textContent;
      if (label && seen.at(-1) !== label) seen.push(label);
    }).observe(document.getElementById("load-messages")!, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
}

const progressSeen = (page: Page) =>
  page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
const summary = (page: Page) => page.locator("#build-summary");
const labels = (page: Page) =>
  page.evaluate(() => {
    const { graph } = window.__explorer!;
    return graph.mapNodes((_key, attributes) => attributes.label);
  });
const articleIds = (page: Page) =>
  page.evaluate(() => window.__explorer!.graph.getAttribute("articles").map((article) => article.id));

/** The graph's canvas is drawn on: not one colour. */
async function expectDrawn(page: Page, name: string): Promise<void> {
  const png = await shoot(page, name);
  const stats = await pixelStats(harness.browser, png, await regionOf(page, "#graph"));
  expect(stats.nonBackground).toBeGreaterThan(2000);
  expect(stats.colours).toBeGreaterThan(5);
}

describe("articles dropped on the page", () => {
  test("a folder builds its own network, with progress and what was skipped; one more article is added to it; it saves", async () => {
    const page = await harness.open();
    expect(await articleIds(page)).toHaveLength(5); // the site's seeds
    await recordProgress(page);

    await drop(page, path.join(root, "corpus"));
    await page.waitForSelector('body[data-build="done"]', { timeout: 120_000 });
    expect((await progressSeen(page)).join("\n")).toMatch(
      /^Reading files: \d+ of 5$[\s\S]*^Extracting articles: \d+ of 5$/m,
    );
    await expect.poll(() => page.locator(".load-progress").count()).toBe(0);
    expect(await summary(page).getAttribute("data-articles")).toBe("5");
    expect(await summary(page).textContent()).toMatch(
      /^Built the network from 5 articles: \d+ actors and \d+ relations; 2 files or rows skipped\. ?Save network$/,
    );
    const skipped = await page.locator("#build-skipped li").allTextContents();
    expect(skipped).toEqual([
      expect.stringMatching(/^corpus\/exports\/wire\.csv row 3: has no text$/),
      expect.stringMatching(/^corpus\/pages\/signin\.html: has no article body /),
    ]);
    // The dropped folder is the corpus, as `newsnet preprocess corpus` reads it; the seeds are gone.
    expect((await articleIds(page)).sort()).toEqual([
      "exports/feed#1",
      "exports/wire#2",
      "exports/wire#4",
      "harbour",
      "pages/port",
    ]);
    expect(await labels(page)).toEqual(
      expect.arrayContaining(["Ana Lopes", "Tom Brandt", "Ines Varga", "Lena Moreau", "Karl Weiss"]),
    );
    // The folder's manifest dates its .txt article, as the command would.
    const harbour = await page.evaluate(() =>
      window.__explorer!.graph.getAttribute("articles").find((article) => article.id === "harbour"),
    );
    expect(harbour).toMatchObject({
      published: "2024-03-05",
      publishedSource: "manifest",
      source: "The Coastal Ledger",
    });
    const before = await visibleCounts(page);
    expect(before.actors).toBeGreaterThan(5);
    await expectDrawn(page, "drop-folder");

    await drop(page, path.join(root, "extra.txt"));
    await page.waitForSelector('#build-summary[data-articles="6"]', { timeout: 120_000 });
    expect(await summary(page).textContent()).toMatch(
      /^Added 1 article: the network now has 6 articles, \d+ actors and \d+ relations\. ?Save network$/,
    );
    expect(await labels(page)).toContain("Pia Lindqvist");
    const after = await visibleCounts(page);
    expect(after.edges).toBeGreaterThan(before.edges);
    await expectDrawn(page, "drop-one-more");

    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#save-network")]);
    expect(download.suggestedFilename()).toBe("graph.json");
    const saved = JSON.parse(fs.readFileSync((await download.path())!, "utf8")) as ActorNetworkFile;
    expect(validateNetworkFile(saved)).toMatchObject({ errors: [], dropped: [] });
    expect(saved.attributes.articles.map((article) => article.id)).toContain("extra");
    expect(saved.attributes.articles).toHaveLength(6);
    await page.close();
  }, 300_000);

  test("Articles… > Add a folder… reads a chosen folder the same way", async () => {
    const page = await harness.open();
    await page.click(".articles-menu > summary");
    await expect.poll(() => page.locator(".articles-menu .toolbar-menu-panel").isVisible()).toBe(true);
    expect(await page.locator(".articles-menu .toolbar-menu-panel").textContent()).toMatch(
      /^Add files…Add a folder…or drop them/,
    );
    await shoot(page, "articles-menu");
    await page.setInputFiles("#add-folder", path.join(root, "corpus"));
    await page.waitForSelector('body[data-build="done"]', { timeout: 120_000 });
    expect(await summary(page).getAttribute("data-articles")).toBe("5");
    await page.close();
  }, 180_000);

  test("articles dropped on a network file the user opened are added to it", async () => {
    const page = await harness.open();
    const seeds = await page.evaluate(() => fetch("./graph.json").then((response) => response.text()));
    const file = path.join(root, "seeds-network.json");
    fs.writeFileSync(file, seeds);
    await page.setInputFiles("#open-file", file);
    await page.waitForFunction(() => document.body.dataset.state === "ready" && window.__explorer);
    await drop(page, path.join(root, "extra.txt"));
    await page.waitForSelector('body[data-build="done"]', { timeout: 120_000 });
    expect(await summary(page).textContent()).toMatch(/^Added 1 article: the network now has 6 articles/);
    expect(await articleIds(page)).toHaveLength(6);
    expect(await labels(page)).toEqual(expect.arrayContaining(["Pia Lindqvist", "Vladimir Putin"]));
    await page.close();
  }, 180_000);

  test("dropping files that hold no article says so and keeps the network on screen", async () => {
    const page = await harness.open();
    await drop(
      page,
      path.join(root, "corpus", "photo.png"),
      path.join(root, "corpus", "pages", "signin.html"),
    );
    await page.waitForSelector('body[data-build="failed"]', { timeout: 120_000 });
    expect(await page.locator("#build-error").textContent()).toContain("No new article in signin.html.");
    expect(await page.locator("#build-error li").allTextContents()).toEqual([
      expect.stringMatching(/^signin\.html: has no article body/),
    ]);
    expect(await articleIds(page)).toHaveLength(5);
    await page.close();
  }, 180_000);
});
