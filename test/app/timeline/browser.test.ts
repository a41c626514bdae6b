import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, openHarness, SHOTS, type Harness } from "../harness/serve";

type Range = [number, number] | null;

describe.skipIf(!hasChromium)("timeline in a browser", () => {
  let harness: Harness;
  const page = () => harness.page;
  const range = () => page().evaluate(() => window.harness.store.get().range) as Promise<Range>;
  const label = () => page().locator("#range-label").textContent();
  const setRange = (value: Range) => page().evaluate((r) => window.harness.store.set({ range: r }), value);

  beforeAll(async () => {
    harness = await openHarness();
  });
  afterAll(async () => harness?.close());

  it("draws stacked bars, an axis and the undated count", async () => {
    expect(await page().locator(".tl-series rect").count()).toBeGreaterThan(20);
    expect(await page().locator(".tl-axis .tick").count()).toBeGreaterThan(2);
    expect(await page().locator(".tl-undated").textContent()).toMatch(/^Undated relations \(\d+\)$/);
    expect(await label()).toBe("All dates");
  });

  it("follows a drag of the brush, snapped to whole days", async () => {
    const box = (await page().locator(".tl-brush .overlay").boundingBox())!;
    const y = box.y + box.height / 2;
    await page().mouse.move(box.x + box.width * 0.3, y);
    await page().mouse.down();
    await page().mouse.move(box.x + box.width * 0.55, y, { steps: 5 });
    await page().mouse.up();
    const [start, end] = (await range())!;
    expect(Number.isInteger(start) && Number.isInteger(end) && end > start).toBe(true);
    expect(await label()).toMatch(/^\d{4}-\d{2}-\d{2} – \d{4}-\d{2}-\d{2}$/);
  });

  it("moves the brush when the range changes elsewhere, without writing back", async () => {
    await setRange([19000, 19009]);
    const [before, after] = await page().evaluate(async () => {
      const width = () => Number(document.querySelector(".tl-brush .selection")!.getAttribute("width"));
      const first = width();
      window.harness.store.set({ range: [19000, 19019] });
      await new Promise((r) => requestAnimationFrame(r));
      return [first, width()];
    });
    expect(after / before).toBeCloseTo(2, 1);
    expect(await range()).toEqual([19000, 19019]);
    expect(await label()).toBe("2022-01-08 – 2022-01-27");
  });

  it.each([
    ["Home", [18968, 18987]],
    ["ArrowRight", [18969, 18988]],
    ["Shift+ArrowLeft", [18969, 18987]],
    ["PageUp", [18970, 18988]],
  ] as const)("answers %s on the focused slider", async (key, expected) => {
    await page().locator(".tl-brush").focus();
    await page().keyboard.press(key);
    expect(await range()).toEqual(expected);
    expect(await page().locator(".tl-brush").getAttribute("aria-valuetext")).toBe(await label());
  });

  it("plays cumulatively to the end, then stops", async () => {
    await page().evaluate(() =>
      window.harness.store.set({ range: null, speed: 60, playMode: "cumulative", skipQuiet: false }),
    );
    await page().getByRole("button", { name: "Play" }).click();
    await page().waitForTimeout(400);
    const during = (await range())!;
    expect(await page().locator(".tl-play").textContent()).toBe("Pause");
    await page().waitForFunction(() => !window.harness.store.get().playing, null, { timeout: 5000 });
    const last = (await range())!;
    expect(last[0]).toBe(during[0]);
    expect(last[1]).toBeGreaterThan(during[1]);
    await page().screenshot({ path: `${SHOTS}timeline-played.png` });
  });

  it("slides a fixed window in window mode", async () => {
    await page().evaluate(() =>
      window.harness.store.set({ range: [18968, 18974], playMode: "window", speed: 30, skipQuiet: false }),
    );
    await page().getByRole("button", { name: "Play" }).click();
    await page().waitForTimeout(300);
    await page().getByRole("button", { name: "Pause" }).click();
    const [start, end] = (await range())!;
    expect(end - start).toBe(6);
    expect(start).toBeGreaterThan(18968);
  });

  it("clears the range and binds the undated checkbox", async () => {
    await page().getByRole("button", { name: "Clear range" }).click();
    expect(await range()).toBeNull();
    await page().locator(".tl-undated input").uncheck();
    expect(await page().evaluate(() => window.harness.store.get().showUndated)).toBe(false);
  });

  it("fits a narrow screen", async () => {
    await setRange([18980, 19000]);
    await page().setViewportSize({ width: 380, height: 640 });
    await page().waitForTimeout(200);
    const width = Number(await page().locator(".tl-svg").getAttribute("width"));
    expect(width).toBeLessThanOrEqual(380);
    await page().screenshot({ path: `${SHOTS}timeline-narrow.png` });
    await page().setViewportSize({ width: 1000, height: 700 });
    await page().waitForTimeout(200);
    await page().screenshot({ path: `${SHOTS}timeline.png` });
  });

  it("leaves nothing behind when unmounted", async () => {
    await page().evaluate(() => window.harness.unmount());
    expect(await page().locator(".tl-controls, .tl-chart, .ex-controls").count()).toBe(0);
    await page().evaluate(() => window.harness.store.set({ range: [18970, 18980], playing: true }));
    await page().waitForTimeout(100);
    expect(await range()).toEqual([18970, 18980]);
  });
});
