import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { counterparts, describeTypes } from "../../../src/app/details/counterparts";
import type { ExplorerGraph } from "../../../src/app/data/build-graph";

function graph(): ExplorerGraph {
  const g = new Graph({ type: "mixed", multi: true }) as unknown as ExplorerGraph;
  for (const key of ["a", "b", "c"]) g.addNode(key, { label: key.toUpperCase() } as never);
  g.addUndirectedEdgeWithKey("1", "a", "b", { type: "call" } as never);
  g.addDirectedEdgeWithKey("2", "a", "b", { type: "statement" } as never);
  g.addDirectedEdgeWithKey("3", "c", "a", { type: "statement" } as never);
  g.addDirectedEdgeWithKey("4", "a", "c", { type: "statement" } as never);
  return g;
}

describe("with whom an actor dealt", () => {
  it("counts the relations shown by counterpart and type, most first", () => {
    const found = counterparts(graph(), "a", (edge) => edge !== "4");
    expect(found.map((c) => [c.label, c.total, describeTypes(c.byType)])).toEqual([
      ["B", 2, "call or meeting ×1, statement ×1"],
      ["C", 1, "statement ×1"],
    ]);
  });
});
