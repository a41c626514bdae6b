import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { parse } from "graphology-gexf/node";
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

describe("a GEXF that Gephi's timeline reads", () => {
  function dated(): Graph {
    const graph = new Graph({ type: "mixed", multi: true });
    graph.replaceAttributes({
      articles: [
        {
          id: "a1",
          title: "Talks & more",
          published: "2024-03-05",
          source: "Vox",
          url: "https://example.org/a?x=1&y=2",
        },
      ],
    });
    graph.addNode("a", { label: "A", kind: "person" });
    graph.addNode("b", { label: "B", kind: "country" });
    graph.addUndirectedEdgeWithKey("met", "a", "b", { type: "call", date: "2024-03-04", article: "a1" });
    graph.addDirectedEdgeWithKey("said", "a", "b", { type: "statement", date: null, article: "a1" });
    return graph;
  }

  it("is dynamic, with dates as its time format and each dated relation on its day", () => {
    const gexf = toGexf(dated());
    expect(gexf).toMatch(/<graph [^>]*mode="dynamic"[^>]*timeformat="date"/);
    expect(edgesOf(gexf).get("met")).toMatch(/^<edge [^>]*start="2024-03-04" end="2024-03-04">/);
    expect(edgesOf(gexf).get("said")).not.toMatch(/\bstart=/);
  });

  it("reads back with graphology-gexf, with each relation's date and article", () => {
    const back = parse(Graph, toGexf(dated()), { addMissingNodes: false });
    expect(back.getEdgeAttributes("met")).toMatchObject({
      date: "2024-03-04",
      article: "a1",
      articleTitle: "Talks & more",
      outlet: "Vox",
      articlePublished: "2024-03-05",
      articleUrl: "https://example.org/a?x=1&y=2",
    });
    expect(back.hasEdge("said")).toBe(true);
  });
});
