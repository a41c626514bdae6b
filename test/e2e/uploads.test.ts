import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { syntheticNetwork } from "./fixtures";
import { startHarness, type Harness } from "./harness";

/** Several thousand relations: each edge program's buffer spans several upload chunks. */
const GRAPH = "?graph=fixtures/uploads.json&undated=0";
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ "fixtures/uploads.json": JSON.stringify(syntheticNetwork(300, 6000, 11)) });
});
afterAll(() => harness?.close());

/** Counts the bytes every WebGL context of the page sends to GPU buffers from now on. */
async function countUploads(page: Page): Promise<void> {
  await page.evaluate(() => {
    const counter = { bytes: 0 };
    Object.assign(window, { __uploads: counter });
    for (const Context of [WebGLRenderingContext, WebGL2RenderingContext]) {
      const { bufferData, bufferSubData } = Context.prototype;
      const sizeOf = (data: unknown) => (ArrayBuffer.isView(data) ? data.byteLength : 0);
      Context.prototype.bufferData = function (this: WebGLRenderingContext, ...args: unknown[]) {
        counter.bytes += sizeOf(args[1]);
        return (bufferData as (...a: unknown[]) => void).apply(this, args);
      } as typeof bufferData;
      Context.prototype.bufferSubData = function (this: WebGLRenderingContext, ...args: unknown[]) {
        counter.bytes += sizeOf(args[2]);
        return (bufferSubData as (...a: unknown[]) => void).apply(this, args);
      } as typeof bufferSubData;
    }
  });
}

type Action = "full refresh" | "redraw" | "time step";

/** Does `action` in the page, waits two frames, and returns the bytes uploaded meanwhile. */
async function uploadedBy(page: Page, action: Action): Promise<number> {
  return page.evaluate(async (action) => {
    const counter = (window as unknown as { __uploads: { bytes: number } }).__uploads;
    const { renderer, store, visibility } = window.__explorer!;
    counter.bytes = 0;
    if (action === "full refresh") renderer.refresh();
    else if (action === "redraw") renderer.scheduleRender();
    else {
      // One day: most actors lose all their relations and fade, so they are processed again.
      const day = visibility.time.days[0]! + 20;
      store.set({ range: [day, day] });
    }
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    return counter.bytes;
  }, action);
}

describe("the GPU buffers get only what changed", () => {
  test("a redraw with nothing changed uploads nothing; a time step uploads a small part of a full refresh", async () => {
    const page = await harness.open(GRAPH);
    await countUploads(page);
    const full = await uploadedBy(page, "full refresh");
    const redraw = await uploadedBy(page, "redraw");
    const step = await uploadedBy(page, "time step");
    // 6,000 relations at 6 to 15 floats each, in both the drawing and the picking buffer.
    expect(full).toBeGreaterThan(6000 * 6 * 4 * 2);
    expect(redraw).toBe(0);
    expect(step).toBeGreaterThan(0);
    expect(step).toBeLessThan(full / 10);
  });
});
