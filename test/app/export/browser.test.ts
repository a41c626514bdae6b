import { readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, openHarness, SHOTS, type Harness } from "../harness/serve";

describe.skipIf(!hasChromium)("export in a browser", () => {
  let harness: Harness;
  const page = () => harness.page;
  /** The export buttons sit in the "Export…" menu. */
  const openMenu = () =>
    page().evaluate(() =>
      document.querySelector<HTMLDetailsElement>(".export-menu")!.setAttribute("open", ""),
    );

  beforeAll(async () => {
    harness = await openHarness({ width: 900, height: 640 });
  });
  afterAll(async () => harness?.close());

  it.each([1, 2, 4])("makes a %ix PNG the view's size times the scale", async (scale) => {
    const result = await page().evaluate(async (s) => {
      const blob = await window.harness.exportApi()!.exportSnapshotBlob(s);
      const image = await createImageBitmap(blob);
      const view = document.getElementById("graph")!;
      const bytes = s === 2 ? Array.from(new Uint8Array(await blob.arrayBuffer())) : [];
      return {
        type: blob.type,
        size: [image.width, image.height],
        view: [view.offsetWidth, view.offsetHeight],
        bytes,
      };
    }, scale);
    expect(result.type).toBe("image/png");
    expect(result.size).toEqual(result.view.map((length) => length * scale));
    if (scale === 2) writeFileSync(`${SHOTS}snapshot-2x.png`, Buffer.from(result.bytes));
  });

  it("leaves the page's pixel ratio as it was", async () => {
    expect(await page().evaluate(() => window.devicePixelRatio)).toBe(1);
  });

  it.each([
    ["Export PNG", null, "actor-network.png"],
    ["Export GEXF", [18980, 18990], "actor-network-2021-12-19_2021-12-29.gexf"],
    ["Export JSON", [18980, 18990], "actor-network-2021-12-19_2021-12-29.json"],
  ] as const)("%s downloads %s", async (name, range, fileName) => {
    await page().evaluate((r) => window.harness.store.set({ range: r as [number, number] | null }), range);
    await openMenu();
    const [download] = await Promise.all([
      page().waitForEvent("download"),
      page().getByRole("button", { name }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(fileName);
    const text = readFileSync((await download.path())!, "utf8");
    if (name === "Export GEXF") expect(text).toMatch(/^<\?xml[\s\S]*<gexf /);
    if (name === "Export JSON") {
      const dates = JSON.parse(text).edges.map(
        (e: { attributes: { date: string | null } }) => e.attributes.date,
      );
      expect(dates.length).toBeGreaterThan(0);
      for (const date of dates)
        if (date !== null) expect(date >= "2021-12-19" && date <= "2021-12-29").toBe(true);
    }
  });

  it("says it is busy and returns to normal", async () => {
    await page().evaluate(() =>
      window.harness.store.set({ range: [18975, 19005], edgeTypes: ["call", "citation"] }),
    );
    await openMenu();
    await page().locator(".ex-controls select").selectOption("2");
    const [download] = await Promise.all([
      page().waitForEvent("download"),
      page().getByRole("button", { name: "Export PNG" }).click(),
    ]);
    await download.saveAs(`${SHOTS}snapshot-filtered-2x.png`);
    expect(await page().getByRole("button", { name: "Export PNG" }).isEnabled()).toBe(true);
    expect(await page().locator(".ex-status").textContent()).toBe("");
  });
});
