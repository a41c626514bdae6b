import Graph from "graphology";

/** Three actors, four relations: enough to tell visible from hidden. */
export function smallNetwork(): Graph {
  const graph = new Graph({ type: "mixed", multi: true, allowSelfLoops: false });
  graph.replaceAttributes({
    schemaVersion: 1,
    articles: [
      {
        id: "a1",
        title: "T",
        published: "2022-12-03",
        publishedSource: "manifest",
        source: "Vox",
        url: null,
        text: "x",
      },
    ],
  });
  const actor = (key: string, label: string, kind: string) =>
    graph.addNode(key, {
      label,
      kind,
      role: null,
      aliases: [label],
      mentions: 1,
      articles: ["a1"],
      x: 1,
      y: 2,
      size: 5,
    });
  actor("biden", "Joe Biden", "person");
  actor("putin", "Vladimir Putin", "person");
  actor("vox", "Vox", "media");
  const relation = (type: string, date: string | null) => ({
    type,
    date,
    datePrecision: date ? "day" : null,
    dateSource: date ? "text" : null,
    article: "a1",
    sentence: 'Biden said & Putin "replied" <loudly>.',
    start: 0,
    end: 10,
    curvature: 0.25,
    day: date ? Date.parse(date) / 86_400_000 : null,
  });
  graph.addUndirectedEdgeWithKey("e1", "biden", "putin", relation("call", "2022-12-02"));
  graph.addDirectedEdgeWithKey("e2", "putin", "biden", relation("statement", null));
  graph.addDirectedEdgeWithKey("e3", "vox", "putin", relation("citation", "2022-12-03"));
  graph.addDirectedEdgeWithKey("e4", "biden", "putin", relation("statement", "2022-11-30"));
  return graph;
}
