import fc from "fast-check";
import Graph from "graphology";
import { indexParallelEdgesIndex } from "@sigma/edge-curve";
import { describe, expect, it, vi } from "vitest";
import { curvatureOf, parallelCurvatures } from "../../../src/app/data/parallel-edges";

// @sigma/edge-curve reads WebGL constants as it loads; Node has none, and any number will do here.
vi.hoisted(() => {
  const constants = new Proxy({}, { get: () => 0 });
  Object.assign(globalThis, { WebGLRenderingContext: constants, WebGL2RenderingContext: constants });
});

interface Ends {
  source: string;
  target: string;
}

/** Our curvatures for relations given by actor names. */
function curvaturesOf(edges: Ends[]): Float64Array {
  const position = new Map<string, number>();
  const of = (key: string) => position.get(key) ?? position.set(key, position.size).get(key)!;
  const source = edges.map(({ source }) => of(source));
  const target = edges.map(({ target }) => of(target));
  return parallelCurvatures({ source, target, actorCount: position.size });
}

/** The curvatures @sigma/edge-curve's own index gives, through graphology attribute writes. */
function curvaturesFromLibrary(edges: Ends[]): number[] {
  const graph = new Graph({ type: "mixed", multi: true, allowSelfLoops: false });
  for (const { source, target } of edges) {
    graph.mergeNode(source);
    graph.mergeNode(target);
    graph.addDirectedEdge(source, target);
  }
  indexParallelEdgesIndex(graph);
  return graph.mapEdges((_edge, { parallelIndex, parallelMaxIndex }) =>
    typeof parallelIndex === "number" && typeof parallelMaxIndex === "number"
      ? curvatureOf(parallelIndex, parallelMaxIndex)
      : 0,
  );
}

const actor = fc.constantFrom("biden", "putin", "nato", "a-b", "a", "b-c");
const relations = fc.array(
  fc.tuple(actor, actor).filter(([source, target]) => source !== target),
  { maxLength: 40 },
);

describe("parallel relations", () => {
  it("draws a lone relation straight and fans out relations in one direction around it", () => {
    const [lone, ...fan] = curvaturesOf([
      { source: "a", target: "b" },
      { source: "c", target: "d" },
      { source: "c", target: "d" },
      { source: "c", target: "d" },
    ]);
    expect(lone).toBe(0);
    expect(fan[1]).toBe(0);
    expect(fan[0]).toBeLessThan(0);
    expect(fan[2]).toBeCloseTo(-fan[0]!);
  });

  it("bends each direction to its own side when both occur", () => {
    const curvatures = curvaturesOf([
      { source: "a", target: "b" },
      { source: "b", target: "a" },
    ]);
    expect([...curvatures]).toEqual([curvatureOf(1, 1), curvatureOf(1, 1)]);
    expect(curvatures[0]).toBeGreaterThan(0);
  });

  it("places every relation as @sigma/edge-curve's indexParallelEdgesIndex does", () => {
    fc.assert(
      fc.property(relations, (pairs) => {
        const edges = pairs.map(([source, target]) => ({ source, target }));
        expect([...curvaturesOf(edges)]).toEqual(curvaturesFromLibrary(edges));
      }),
      { numRuns: 300 },
    );
  });
});
