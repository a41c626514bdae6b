import Graph from "graphology";
import { describe, expect, test } from "vitest";
import { useHashedAdjacency } from "../../../src/app/data/adjacency-mode";

/** A small mixed multigraph, built with or without hashed adjacency first. */
function buildSample(hashed: boolean): Graph {
  const graph = new Graph({ type: "mixed", multi: true, allowSelfLoops: false });
  for (const key of ["biden", "putin", "macron", "nato"]) graph.addNode(key);
  if (hashed) useHashedAdjacency(graph);
  graph.addDirectedEdgeWithKey("call-1", "biden", "putin");
  graph.addDirectedEdgeWithKey("call-2", "biden", "putin");
  graph.addUndirectedEdgeWithKey("meeting", "macron", "putin");
  graph.addDirectedEdgeWithKey("statement", "nato", "biden");
  return graph;
}

/** What the explorer asks of the graph: neighbours, incident and parallel relations, degrees. */
const answers = (graph: Graph) =>
  graph.nodes().map((node) => ({
    node,
    neighbors: graph.neighbors(node).sort(),
    edges: graph.edges(node).sort(),
    out: graph.outEdges(node).sort(),
    undirected: graph.undirectedEdges(node).sort(),
    degree: graph.degree(node),
  }));

describe("hashed adjacency", () => {
  test("leaves every answer of the graph as it was", () => {
    const [plain, hashed] = [buildSample(false), buildSample(true)];
    expect(answers(hashed)).toEqual(answers(plain));
    expect(hashed.edges("biden", "putin").sort()).toEqual(["call-1", "call-2"]);
  });

  test("leaves no property of its own behind, and the graph can still drop relations", () => {
    const graph = buildSample(true);
    graph.dropEdge("call-1");
    graph.dropNode("macron");
    expect(graph.edges("biden", "putin")).toEqual(["call-2"]);
    expect(graph.neighbors("putin").sort()).toEqual(["biden"]);
    expect(graph.neighbors("nato")).toEqual(["biden"]);
  });

  test("does nothing to a graph that already has relations", () => {
    const graph = buildSample(false);
    useHashedAdjacency(graph);
    expect(answers(graph)).toEqual(answers(buildSample(false)));
  });
});
