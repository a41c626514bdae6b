import { describe, expect, it } from "vitest";
import { validateNetworkFile } from "../../../src/schema";
import { toGexf, toJson } from "../../../src/app/export/formats";
import { visibleSubgraph } from "../../../src/app/export/visible-subgraph";
import { smallNetwork } from "./fixture";

const only = (keys: string[]) => (key: string) => keys.includes(key);
const all = () => true;

describe("visibleSubgraph", () => {
  it.each([
    ["everything", all, all, ["biden", "putin", "vox"], ["e1", "e2", "e3", "e4"]],
    ["some relations", all, only(["e1", "e3"]), ["biden", "putin", "vox"], ["e1", "e3"]],
    [
      "a hidden actor takes its relations along",
      only(["biden", "putin"]),
      all,
      ["biden", "putin"],
      ["e1", "e2", "e4"],
    ],
    ["nothing", () => false, all, [], []],
  ])("%s", (_name, nodes, edges, expectedNodes, expectedEdges) => {
    const sub = visibleSubgraph(smallNetwork(), nodes, edges);
    expect(sub.nodes()).toEqual(expectedNodes);
    expect(sub.edges()).toEqual(expectedEdges);
  });

  it("keeps attributes, direction and the articles, and drops drawing-only attributes", () => {
    const sub = visibleSubgraph(smallNetwork(), all, all);
    expect(sub.isUndirected("e1")).toBe(true);
    expect(sub.isDirected("e2")).toBe(true);
    expect(sub.getEdgeAttributes("e1")).toMatchObject({
      type: "call",
      date: "2022-12-02",
      sentence: expect.any(String),
    });
    expect(sub.getEdgeAttributes("e1")).not.toHaveProperty("curvature");
    expect(sub.getEdgeAttributes("e1")).not.toHaveProperty("day");
    expect(sub.getNodeAttributes("vox")).toMatchObject({ kind: "media", aliases: ["Vox"] });
    expect(sub.getAttribute("articles")).toHaveLength(1);
  });
});

describe("toJson", () => {
  it("writes a valid network file that keeps the articles", () => {
    const json = JSON.parse(toJson(visibleSubgraph(smallNetwork(), all, only(["e1", "e2"]))));
    const { errors, dropped, file } = validateNetworkFile(json);
    expect({ errors, dropped }).toEqual({ errors: [], dropped: [] });
    expect(file!.edges.map((e) => [e.key, e.undirected])).toEqual([
      ["e1", true],
      ["e2", false],
    ]);
    expect(file!.attributes.articles[0]!.source).toBe("Vox");
  });
});

describe("toGexf", () => {
  const gexf = toGexf(visibleSubgraph(smallNetwork(), all, all));
  it.each([
    ["a GEXF document", /<gexf [^>]*version="1\.3"/],
    ["actor labels", /<node id="biden" label="Joe Biden">/],
    ["dates as edge attributes", /<attribute id="date" title="date" type="string"/],
    ["a dated relation's date", /value="2022-12-02"/],
    [
      "the undirected call, counted once",
      /<edge id="e1" type="undirected" source="biden" target="putin" weight="1" label="call"/,
    ],
    ["kind colours", /<viz:color hex="#4477aa"/],
    ["escaped evidence", /Biden said &amp; Putin/],
  ])("has %s", (_name, pattern) => expect(gexf).toMatch(pattern));

  it("leaves drawing-only attributes out", () => expect(gexf).not.toMatch(/curvature|id="day"|for="day"/));
});
