import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startHarness, type Harness } from "./harness";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.close());

/**
 * Plays the seeds' network from the start to the end, and returns the relations shown on every
 * animation frame and how long play took, timed in the page.
 */
async function playThrough(query: string) {
  const page = await harness.open(query);
  expect(await page.locator(".tl-skip-box").isChecked()).toBe(!query.includes("skip=0"));
  return page.evaluate(
    () =>
      new Promise<{ frames: number[]; seconds: number }>((done) => {
        const { store, visibility } = window.__explorer!;
        const frames: number[] = [];
        const started = performance.now();
        const sample = () => {
          frames.push(visibility.edgeCount);
          if (store.get().playing) requestAnimationFrame(sample);
          else done({ frames, seconds: (performance.now() - started) / 1000 });
        };
        store.set({ playing: true });
        requestAnimationFrame(sample);
      }),
  );
}

describe("playback spends its time where relations are", () => {
  test.each([30, 120, 365])("a moving window at %i days/s shows relations on every frame", async (speed) => {
    const { frames } = await playThrough(`?mode=window&speed=${speed}&undated=0`);
    expect(frames.length).toBeGreaterThan(3);
    expect(frames.filter((edges) => edges === 0)).toEqual([]);
  });

  test("skipping quiet stretches (the default) plays the seeds in well under half the time", async () => {
    const skipped = await playThrough("?speed=120");
    const plain = await playThrough("?speed=120&skip=0");
    expect(skipped.seconds).toBeLessThan(plain.seconds / 2);
    // Play ends on the whole network either way.
    expect(skipped.frames.at(-1)).toBe(plain.frames.at(-1));
  });
});
