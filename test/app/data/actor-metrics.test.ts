import Graph from "graphology";
import { describe, expect, test } from "vitest";
import { computeMetric, linksOf } from "../../../src/app/data/actor-metrics";
import type { ExplorerGraph } from "../../../src/app/data/build-graph";
import { createTopology } from "../../../src/app/data/topology";
import { sizesOf } from "../../../src/app/look/metric-sizes";

/** A star around h (h–a twice, h–b, h–c) and a tail c–d: h is the hub, c the bridge to d. */
const star = () => {
  const graph = new Graph({ type: "mixed", multi: true });
  for (const key of ["h", "a", "b", "c", "d"]) graph.addNode(key);
  graph.addDirectedEdge("h", "a");
  graph.addDirectedEdge("a", "h");
  graph.addUndirectedEdge("h", "b");
  graph.addUndirectedEdge("h", "c");
  graph.addUndirectedEdge("c", "d");
  return createTopology(graph as unknown as ExplorerGraph);
};
const byKey = (values: Float64Array) =>
  Object.fromEntries(["h", "a", "b", "c", "d"].map((key, n) => [key, Math.round(values[n]! * 1000) / 1000]));

describe("actor metrics over the actors' links (parallel relations merged into a weight)", () => {
  test("links: one per pair, weighted by its relations", () => {
    const links = linksOf(star());
    expect(links.source.length).toBe(4);
    expect(Array.from(links.weight).sort()).toEqual([1, 1, 1, 2]);
  });

  test.each([
    { metric: "degree", expected: { h: 3, a: 1, b: 1, c: 2, d: 1 } },
    // Normalised by (n - 1)(n - 2) / 2 = 6 pairs: h is on 5 shortest paths, c on 3.
    { metric: "betweenness", expected: { h: 0.833, a: 0, b: 0, c: 0.5, d: 0 } },
  ] as const)("$metric", ({ metric, expected }) => {
    expect(byKey(computeMetric(metric, linksOf(star())))).toEqual(expected);
  });

  test("pagerank ranks the hub first and sums to one", () => {
    const values = computeMetric("pagerank", linksOf(star()));
    expect(Math.max(...values)).toBe(values[0]);
    expect(values.reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 6);
  });

  test("sizes run from 4 to 20 on a square-root scale, as the pipeline's", () => {
    expect(Array.from(sizesOf(Float64Array.from([0, 1, 4])))).toEqual([4, 12, 20]);
    expect(Array.from(sizesOf(Float64Array.from([0, 0])))).toEqual([4, 4]);
  });
});
