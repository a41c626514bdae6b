import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { parse } from "graphology-gexf/node";
import { DOMParser } from "linkedom";
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
  const article = (id: string, title: string, published: string) => ({
    id,
    title,
    published,
    source: "Vox",
    url: `https://example.org/${id}?x=1&y=2`,
  });
  /**
   * A call reported on two days (once with its ends the other way round), a planned call between
   * the same two, an undated statement, and a reply reported twice on one day.
   */
  function dated(): Graph {
    const graph = new Graph({ type: "mixed", multi: true });
    graph.replaceAttributes({
      schemaVersion: 1,
      articles: [article("a1", "Talks & more", "2024-03-05"), article("a2", "Talks again", "2024-03-10")],
    });
    graph.addNode("a", { label: "A", kind: "person" });
    graph.addNode("b", { label: "B", kind: "country" });
    const relation = (type: string, date: string | null, article: string, subtype?: string) => ({
      type,
      date,
      article,
      sentence: `${type} on ${date}`,
      ...(subtype ? { subtype } : {}),
    });
    graph.addUndirectedEdgeWithKey("met-again", "b", "a", relation("call", "2024-03-09", "a2", "visit"));
    graph.addUndirectedEdgeWithKey("met", "a", "b", relation("call", "2024-03-04", "a1", "meeting"));
    graph.addUndirectedEdgeWithKey("planned", "a", "b", {
      ...relation("call", "2024-03-20", "a2"),
      status: "planned",
    });
    graph.addDirectedEdgeWithKey("said", "a", "b", relation("statement", null, "a1"));
    graph.addDirectedEdgeWithKey("replied", "b", "a", relation("statement", "2024-03-05", "a1"));
    graph.addDirectedEdgeWithKey("said-twice", "b", "a", relation("statement", "2024-03-05", "a2"));
    return graph;
  }

  /** Each edge's time as a reader of the XML finds it: its start and end, and its spells. */
  function timesOf(gexf: string) {
    const xml = new DOMParser().parseFromString(gexf, "text/xml");
    return new Map(
      [...xml.getElementsByTagName("edge")].map((edge) => [
        edge.getAttribute("id")!,
        {
          start: edge.getAttribute("start"),
          end: edge.getAttribute("end"),
          spells: [...edge.getElementsByTagName("spell")].map(
            (spell) => `${spell.getAttribute("start")}..${spell.getAttribute("end")}`,
          ),
        },
      ]),
    );
  }

  it("is dynamic, with dates as its time format", () => {
    expect(toGexf(dated())).toMatch(/<graph [^>]*mode="dynamic"[^>]*timeformat="date"/);
  });

  it.each([
    {
      edge: "met",
      why: "a call on two days, one edge with a spell for each",
      time: { start: null, end: null, spells: ["2024-03-04..2024-03-04", "2024-03-09..2024-03-09"] },
    },
    {
      edge: "planned",
      why: "planned, apart from the held call",
      time: { start: "2024-03-20", end: "2024-03-20", spells: [] },
    },
    {
      edge: "replied",
      why: "twice on one day: one day",
      time: { start: "2024-03-05", end: "2024-03-05", spells: [] },
    },
    { edge: "said", why: "undated: always there", time: { start: null, end: null, spells: [] } },
  ])("$edge, $why", ({ edge, time }) => {
    expect(timesOf(toGexf(dated())).get(edge)).toEqual(time);
  });

  it("merges each repeated relation into its earliest, and nothing else", () => {
    expect([...timesOf(toGexf(dated())).keys()].sort()).toEqual(["met", "planned", "replied", "said"]);
  });

  it("says nothing in its meta that GEXF 1.3 does not define", () => {
    const meta = new DOMParser()
      .parseFromString(toGexf(dated()), "text/xml")
      .getElementsByTagName("meta")[0]!;
    const names = [...meta.childNodes].flatMap((child) => ("tagName" in child ? [child.tagName] : []));
    expect(names).toEqual(["creator", "description"]);
  });

  it("reads back with graphology-gexf: counts, days, articles and the earliest evidence", () => {
    const back = parse(Graph, toGexf(dated()), { addMissingNodes: false });
    expect(back.getEdgeAttributes("met")).toMatchObject({
      weight: 2,
      date: "2024-03-04",
      dates: ["2024-03-04", "2024-03-09"],
      subtype: "meeting, visit",
      sentence: "call on 2024-03-04",
      article: "a1",
      articles: ["a1", "a2"],
      articleTitle: "Talks & more",
      articleTitles: ["Talks & more", "Talks again"],
      outlet: "Vox",
      articlePublished: "2024-03-05",
      articleUrl: "https://example.org/a1?x=1&y=2",
    });
    expect(back.getEdgeAttributes("replied")).toMatchObject({
      weight: 2,
      dates: ["2024-03-05"],
      articles: ["a1", "a2"],
    });
    expect(back.getEdgeAttributes("said")).toMatchObject({ weight: 1, article: "a1" });
    expect(back.getEdgeAttribute("said", "dates")).toBeUndefined();
    // Every relation is counted once: the weights add up to the relations exported.
    expect(back.reduceEdges((sum, _key, a) => sum + (a.weight as number), 0)).toBe(dated().size);
  });
});
