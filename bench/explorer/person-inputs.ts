import type { Locator, Page } from "playwright-core";
import type Sigma from "sigma";
import { measureInput, type InputSample } from "./input-probe";

/** The inputs a person makes, each as many times as `counts` says. */
export const INPUTS = ["drag step", "hover", "slider step", "type toggle"] as const;
export type InputKind = (typeof INPUTS)[number];
export type InputCounts = Record<InputKind, number>;
export type InputSamples = Record<InputKind, InputSample[]>;

/** How the benchmark reaches the same controls in our page and in the bare one. */
export interface PageControls {
  graph: Locator;
  /** Focused, then stepped with the right arrow key. */
  slider: Locator;
  /** Clicked off and on again. */
  typeToggle: Locator;
  /** Readies a 30-day window so that a step moves it by a day (not measured). */
  prepareWindow(): Promise<void>;
}

/** Where the actors are drawn in the page, on either page's sigma; the `count` largest in view. */
async function actorsInView(page: Page, count: number): Promise<{ x: number; y: number }[]> {
  return page.evaluate((count) => {
    const holder = window as unknown as { __explorer?: { renderer: Sigma }; __bare?: { renderer: Sigma } };
    const renderer = (holder.__explorer ?? holder.__bare)!.renderer;
    const { width, height } = renderer.getDimensions();
    return renderer
      .getGraph()
      .nodes()
      .map((node) => ({ node, size: renderer.getNodeDisplayData(node)!.size }))
      .sort((a, b) => b.size - a.size || (a.node < b.node ? -1 : 1))
      .map(({ node }) => renderer.framedGraphToViewport(renderer.getNodeDisplayData(node)!))
      .filter(({ x, y }) => x > 20 && y > 20 && x < width - 20 && y < height - 20)
      .slice(0, count);
  }, count);
}

/**
 * Makes each input through playwright's mouse and keyboard, as a person would, and times each
 * with the input probe: a drag in small steps (pressed in the middle of the view), the pointer
 * moved onto one large actor after another, the time slider stepped with the arrow key, and a
 * relation type unticked and ticked again.
 */
export async function makeInputs(
  page: Page,
  controls: PageControls,
  counts: InputCounts,
): Promise<InputSamples> {
  const box = (await controls.graph.boundingBox())!;
  const samples: InputSamples = { "drag step": [], hover: [], "slider step": [], "type toggle": [] };
  const [midX, midY] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(midX, midY);
  await page.mouse.down();
  for (let step = 1; step <= counts["drag step"]; step++)
    samples["drag step"].push(
      await measureInput(page, () => page.mouse.move(midX + 8 * step, midY + 5 * step)),
    );
  await page.mouse.up();
  // Let the camera's inertia end before the actors' places are read.
  await page.waitForTimeout(600);
  for (const { x, y } of await actorsInView(page, counts.hover))
    samples.hover.push(await measureInput(page, () => page.mouse.move(box.x + x, box.y + y)));
  await page.mouse.move(box.x + 2, box.y + 2);
  await controls.prepareWindow();
  await controls.slider.focus();
  await page.keyboard.press("ArrowRight");
  for (let step = 0; step < counts["slider step"]; step++)
    samples["slider step"].push(await measureInput(page, () => page.keyboard.press("ArrowRight")));
  const toggle = (await controls.typeToggle.boundingBox())!;
  await page.mouse.move(toggle.x + toggle.width / 2, toggle.y + toggle.height / 2);
  for (let click = 0; click < counts["type toggle"]; click++)
    samples["type toggle"].push(
      await measureInput(page, async () => {
        await page.mouse.down();
        await page.mouse.up();
      }),
    );
  return samples;
}
