import { beforeAll, describe, expect, test } from "vitest";
import { validateNetworkFile, type ActorNetworkFile } from "../../src/schema";
import { expectedCounts } from "../e2e/expected";
import { syntheticNetwork, YEAR_START } from "../../bench/explorer/network";
import { EXPLORER_SIZES, isFailed, runExplorerBench, type ExplorerFigures } from "../../bench/explorer/run";
import type { SizeFigures } from "../../bench/explorer/measure";

// The quick explorer benchmark (1k actors, 10k relations) in headless Chromium: the slow sizes
// never run here. Timings vary with the machine, so only their signs and order are asserted.
let figures: ExplorerFigures;
let size: SizeFigures;

beforeAll(async () => {
  figures = await runExplorerBench({ quick: true });
  const [first] = figures.sizes;
  if (!first || isFailed(first)) throw new Error(`the quick benchmark failed: ${JSON.stringify(first)}`);
  size = first;
}, 300_000);

describe("the synthetic network", () => {
  const network = syntheticNetwork(EXPLORER_SIZES[0]!);
  const file = JSON.parse(network.json.toString()) as ActorNetworkFile;

  test("is a valid network file, nothing dropped", () => {
    const { errors, dropped } = validateNetworkFile(file);
    expect(errors).toEqual([]);
    expect(dropped).toEqual([]);
    expect(file.nodes).toHaveLength(1_000);
    expect(file.edges).toHaveLength(10_000);
  });

  test("is dated over one year, with a few undated relations", () => {
    const dates = file.edges.flatMap(({ attributes: { date } }) => (date ? [date] : []));
    const first = new Date(YEAR_START * 86_400_000).toISOString().slice(0, 10);
    expect(dates.every((date) => date >= first && date <= "2024-12-31")).toBe(true);
    expect(dates.length).toBeGreaterThan(9_000);
    expect(dates.length).toBeLessThan(10_000);
  });

  test("is the same for the same seed", () => {
    expect(syntheticNetwork(EXPLORER_SIZES[0]!).json.equals(network.json)).toBe(true);
  });
});

describe("the quick explorer benchmark", () => {
  test("measures the 1k/10k network only", () => {
    expect(figures.quick).toBe(true);
    expect(figures.sizes.map(({ actors, relations }) => [actors, relations])).toEqual([[1_000, 10_000]]);
    expect(figures.machine.chromium).toMatch(/^\d+\./);
  });

  test("gives positive load, step, frame and heap figures", () => {
    const { load, heapMB, play } = size;
    const { step } = size;
    for (const value of [load.readyMs, load.firstFrameMs, heapMB.afterLoad, heapMB.limit])
      expect(value).toBeGreaterThan(0);
    // A step may well see no collection at all: gcMs may be 0.
    for (const [key, value] of Object.entries(step))
      if (key !== "gcMs") expect(value, key).toBeGreaterThan(0);
    expect(load.firstFrameMs).toBeGreaterThanOrEqual(load.readyMs);
    expect(step.oursMs).toBeCloseTo(step.oursFilterMs + step.oursDrawMs, 1);
    expect(play.frameMedianMs).toBeGreaterThan(0);
    expect(play.windowMoves).toBeGreaterThan(0);
  });

  test("traces the collections inside the steps", () => {
    const { step, samples } = size;
    expect(step.gcMs).toBeGreaterThanOrEqual(0);
    // Each figure is rounded to three significant digits, so a difference of two rounded figures of a
    // few milliseconds may be off by a hundredth.
    expect(step.oursWithoutGcMs).toBeCloseTo(step.oursMs - step.gcMs!, 1);
    expect(samples.majorGcSteps).toBeGreaterThanOrEqual(0);
    expect(samples.majorGcSteps).toBeLessThanOrEqual(samples.steps);
  });

  test("times each phase of the load", () => {
    const phases = size.load.phases.map(({ name }) => name);
    expect(phases).toEqual([
      "read and parse (worker)",
      "build graph",
      "visibility index",
      "renderer",
      "views",
      "views after the first frame",
    ]);
    for (const { ms } of size.load.phases) expect(ms).toBeGreaterThan(0);
    const mounting = size.load.phases.slice(1).reduce((sum, { ms }) => sum + ms, 0);
    expect(mounting).toBeLessThan(size.load.readyMs);
  });

  test("times hovering an actor and leaving it, and a full refresh in focus beside them", () => {
    expect(size.focus?.samples).toBe(10);
    expect(size.focus?.enterMs).toBeGreaterThan(0);
    expect(size.focus?.leaveMs).toBeGreaterThan(0);
    expect(size.focus?.everyItemMs).toBeGreaterThan(0);
  });

  test("times a relation type, an actor kind and a minimum degree, each set and undone", () => {
    const { typeMs, kindMs, degreeMs } = size.filters!;
    for (const ms of [typeMs, kindMs, degreeMs]) expect(ms).toBeGreaterThan(0);
  });

  test("our time step is faster than the naive one", () => {
    expect(size.step.oursMs).toBeLessThan(size.step.naiveMs);
    expect(size.ratios.naiveOverOurs).toBeGreaterThan(1);
  });

  test("after the last step, the visible counts equal those computed from the file", () => {
    const file = JSON.parse(syntheticNetwork(EXPLORER_SIZES[0]!).json.toString()) as ActorNetworkFile;
    const expected = expectedCounts(file, size.check.range, true);
    expect(expected.edges).toBeGreaterThan(0);
    expect(size.check.app).toEqual(expected);
    expect(size.check.status).toEqual(expected);
    expect(size.check.bareMaskEdges).toBe(expected.edges);
  });
});
