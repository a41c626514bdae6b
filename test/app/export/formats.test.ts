import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { toGexf } from "../../../src/app/export/formats";

/** Two calls between the same actors, one held, one planned, and a statement without a status. */
function calls(): Graph {
  const graph = new Graph({ type: "mixed", multi: true });
  graph.addNode("a", { label: "A", kind: "person" });
  graph.addNode("b", { label: "B", kind: "country" });
  graph.addUndirectedEdgeWithKey("held", "a", "b", { type: "call", status: "held" });
  graph.addUndirectedEdgeWithKey("planned", "a", "b", { type: "call", status: "planned" });
  graph.addDirectedEdgeWithKey("said", "a", "b", { type: "statement" });
  return graph;
}

/** Each edge element of a GEXF text, by its id. */
const edgesOf = (gexf: string) =>
  new Map([...gexf.matchAll(/<edge [^>]*id="([^"]+)"[\s\S]*?<\/edge>/g)].map((m) => [m[1]!, m[0]]));

describe("a relation's look in GEXF", () => {
  it.each([
    { edge: "held", color: "#332288", status: "held", dashed: false },
    { edge: "planned", color: "#332288", status: "planned", dashed: true },
    { edge: "said", color: "#ddaa33", status: null, dashed: false },
  ])("$edge: its kind's colour, dashed: $dashed, its status kept", ({ edge, color, status, dashed }) => {
    const element = edgesOf(toGexf(calls())).get(edge)!;
    expect(element).toContain(`<viz:color hex="${color}"/>`);
    expect(element.includes('<viz:shape value="dashed"/>')).toBe(dashed);
    if (status) expect(element).toContain(`<attvalue for="status" value="${status}"/>`);
    else expect(element).not.toContain('for="status"');
  });
});
