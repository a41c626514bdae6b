import { describe, expect, it } from "vitest";
import { formatArticleGoldReport, type ArticleGoldFigures } from "../../src/evaluate";
import {
  GOLD_JSON,
  PERFECT_EDGES,
  PERFECT_NODES,
  edge,
  node,
  scoreFiles,
  type GraphEdge,
  type GraphNode,
} from "./article-fixtures";

interface Case {
  name: string;
  nodes?: GraphNode[];
  edges?: GraphEdge[];
  figures: Partial<ArticleGoldFigures>;
}

const replaced = <T>(items: T[], index: number, item: T) => items.map((old, i) => (i === index ? item : old));
const without = <T>(items: T[], ...indexes: number[]) => items.filter((_, i) => !indexes.includes(i));
const CALL = 0;
const LIND_STATEMENT = 1;
const OSTMARK_STATEMENT = 2;
const [BERG, LIND, NORDLAND] = [0, 1, 2];
const call = (date: string | null, attributes: Record<string, unknown> = {}, article = "01_phone-call") =>
  replaced(PERFECT_EDGES, CALL, edge("call", "berg", "lind", article, date, attributes));

describe("scoring a network against a per-article gold", () => {
  it("gives a perfect network full marks", () => {
    expect(scoreFiles(PERFECT_NODES, PERFECT_EDGES).figures).toEqual({
      nodes: 4,
      edges: 3,
      actorRecall: 1,
      nodePrecision: 1,
      junkNodes: 0,
      duplicateActors: 0,
      kindErrors: 0,
      edgeRecall: 1,
      edgeRecallByType: { call: "1/1", statement: "2/2" },
      dateAccuracy: 1,
      edgesSupportedByGold: 1,
      edgesWithProvenance: 1,
    });
  });

  it.each<Case>([
    // list targets
    {
      name: "a list target accepts any of its members",
      edges: replaced(PERFECT_EDGES, LIND_STATEMENT, edge("statement", "lind", "berg", "01_phone-call")),
      figures: { edgeRecall: 1, edgesSupportedByGold: 1 },
    },
    {
      name: "a target outside the list is missed",
      edges: replaced(PERFECT_EDGES, LIND_STATEMENT, edge("statement", "lind", "ostmark", "01_phone-call")),
      figures: {
        edgeRecall: 0.667,
        edgeRecallByType: { call: "1/1", statement: "1/2" },
        edgesSupportedByGold: 0.667,
      },
    },
    // required: false
    {
      name: "a judgement-call actor is not missed when absent and is right when found",
      nodes: [...PERFECT_NODES, node("courier", "Daily Courier", "media")],
      figures: { nodes: 5, actorRecall: 1, nodePrecision: 1 },
    },
    {
      name: "a judgement-call edge is not counted in recall and is right when found",
      nodes: [...PERFECT_NODES, node("courier", "Daily Courier", "media")],
      edges: [...PERFECT_EDGES, edge("citation", "courier", "lind", "01_phone-call")],
      figures: {
        edgeRecall: 1,
        edgeRecallByType: { call: "1/1", statement: "2/2" },
        edgesSupportedByGold: 1,
      },
    },
    {
      name: "an edge that reports no gold relation lowers the support",
      edges: [...PERFECT_EDGES, edge("statement", "berg", "ostmark", "01_phone-call")],
      figures: { edgeRecall: 1, edgesSupportedByGold: 0.75 },
    },
    // equivalents and names
    {
      name: "an equivalent name stands for the actor",
      nodes: replaced(PERFECT_NODES, NORDLAND, node("nordland", "Nordhaven", "country")),
      figures: { actorRecall: 1, nodePrecision: 1, edgeRecall: 1 },
    },
    {
      name: "an alias given in another article counts",
      nodes: replaced(PERFECT_NODES, NORDLAND, node("nordland", "Nordic Republic", "country")),
      figures: { actorRecall: 1, edgeRecall: 1 },
    },
    {
      name: "a full name within a longer label counts",
      nodes: replaced(PERFECT_NODES, BERG, node("berg", "Prime Minister Anna Berg of Nordland")),
      figures: { actorRecall: 1, duplicateActors: 0, edgeRecall: 1 },
    },
    {
      name: "a one-word name within a longer label does not",
      nodes: replaced(PERFECT_NODES, BERG, node("berg", "Berg Foundation", "organization")),
      figures: { actorRecall: 0.75, nodePrecision: 0.75, edgeRecall: 0.667, kindErrors: 0 },
    },
    {
      name: "a node whose aliases hold the canonical name counts",
      nodes: replaced(PERFECT_NODES, BERG, node("berg", "The Premier", "person", ["Anna Berg"])),
      figures: { actorRecall: 1, edgeRecall: 1 },
    },
    {
      name: "a node whose aliases hold only a gold alias does not",
      nodes: replaced(PERFECT_NODES, BERG, node("berg", "The Premier", "person", ["Berg"])),
      figures: { actorRecall: 0.75, nodePrecision: 0.75 },
    },
    {
      name: "case, accents, a possessive and a leading 'the' do not matter",
      nodes: [
        node("berg", "ANNA BERG\u2019s"),
        node("lind", "Tomás Lind"),
        node("nordland", "the Nordland", "country"),
        node("ostmark", "Ostmark", "country"),
      ],
      figures: { actorRecall: 1, nodePrecision: 1, edgeRecall: 1 },
    },
    // direction
    {
      name: "a call matches either way round",
      edges: replaced(PERFECT_EDGES, CALL, edge("call", "lind", "berg", "01_phone-call", "2023-03-06")),
      figures: { edgeRecall: 1, dateAccuracy: 1 },
    },
    {
      name: "a statement does not match the other way round",
      edges: replaced(PERFECT_EDGES, LIND_STATEMENT, edge("statement", "nordland", "lind", "01_phone-call")),
      figures: { edgeRecall: 0.667, edgeRecallByType: { call: "1/1", statement: "1/2" } },
    },
    {
      name: "an edge of another type does not match",
      edges: replaced(PERFECT_EDGES, CALL, edge("statement", "berg", "lind", "01_phone-call", "2023-03-06")),
      figures: { edgeRecallByType: { call: "0/1", statement: "2/2" } },
    },
    // dates
    { name: "a date one day off is right", edges: call("2023-03-07"), figures: { dateAccuracy: 1 } },
    { name: "a date two days off is wrong", edges: call("2023-03-08"), figures: { dateAccuracy: 0.5 } },
    { name: "a found edge with no date is wrong", edges: call(null), figures: { dateAccuracy: 0.5 } },
    {
      name: "any of an edge's dates will do",
      edges: call("2023-03-20", { dates: ["2023-03-30", "2023-03-05T23:00:00Z"] }),
      figures: { dateAccuracy: 1 },
    },
    {
      name: "a missed dated gold edge does not count against the dates",
      edges: without(PERFECT_EDGES, CALL),
      figures: { dateAccuracy: 1, edgeRecall: 0.667, edgeRecallByType: { call: "0/1", statement: "2/2" } },
    },
    {
      name: "no found gold edge with a date leaves the date accuracy empty",
      edges: without(PERFECT_EDGES, CALL, OSTMARK_STATEMENT),
      figures: { dateAccuracy: null },
    },
    // provenance
    {
      name: "an edge from another article does not match",
      edges: call("2023-03-06", {}, "02_summit"),
      figures: { edgeRecall: 0.667, edgesSupportedByGold: 0.667, edgesWithProvenance: 1 },
    },
    {
      name: "an edge that names no article may match any",
      edges: call("2023-03-06", { article: null }),
      figures: { edgeRecall: 1, edgesSupportedByGold: 1, edgesWithProvenance: 0.667 },
    },
    {
      name: "an article may be named by its path or in an evidence list",
      edges: [
        edge("call", "berg", "lind", "corpus/01_phone-call.txt", "2023-03-06"),
        edge("statement", "lind", "nordland", "", null, {
          evidence: [{ article: "01_phone-call.md", date: "2023-03-06" }],
        }),
        edge("statement", "ostmark", "nordland", "", null, { sources: ["02_summit"], dates: ["2023-04-02"] }),
      ],
      figures: { edgeRecall: 1, dateAccuracy: 1, edgesWithProvenance: 1 },
    },
    // junk, duplicates, kinds
    {
      name: "a node labelled with a non-actor is junk, whichever article lists it",
      nodes: [...PERFECT_NODES, node("monday", "Monday"), node("desk", "Summit Desk", "organization")],
      figures: { junkNodes: 2, nodePrecision: 0.667, actorRecall: 1 },
    },
    {
      name: "an actor split over two nodes is a duplicate",
      nodes: [...PERFECT_NODES, node("berg-2", "Berg")],
      figures: { duplicateActors: 1, nodePrecision: 1 },
    },
    {
      name: "a node that stands for two actors makes no duplicate",
      nodes: [...PERFECT_NODES, node("both", "Anna Berg and Tomas Lind", "organization")],
      figures: { duplicateActors: 0, kindErrors: 0, nodePrecision: 1 },
    },
    {
      name: "a node of another kind than its actor is a kind error",
      nodes: replaced(PERFECT_NODES, LIND, node("lind", "Tomas Lind", "organization")),
      figures: { kindErrors: 1, actorRecall: 1 },
    },
    {
      name: "a node with no kind is no kind error",
      nodes: replaced(PERFECT_NODES, LIND, { key: "lind", attributes: { label: "Tomas Lind" } }),
      figures: { kindErrors: 0, actorRecall: 1 },
    },
    {
      name: "an empty network finds nothing",
      nodes: [],
      edges: [],
      figures: {
        actorRecall: 0,
        nodePrecision: 0,
        edgeRecall: 0,
        dateAccuracy: null,
        edgesSupportedByGold: 0,
        edgesWithProvenance: 0,
      },
    },
  ])("$name", ({ nodes = PERFECT_NODES, edges = PERFECT_EDGES, figures }) => {
    expect(scoreFiles(nodes, edges).figures).toMatchObject(figures);
  });

  it("requires an actor that any article requires", () => {
    const [first, second] = GOLD_JSON.articles;
    const courier = { name: "Daily Courier", kind: "media", aliases: [] };
    const gold = { ...GOLD_JSON, articles: [first, { ...second, actors: [...second!.actors, courier] }] };
    expect(scoreFiles(PERFECT_NODES, PERFECT_EDGES, gold).figures.actorRecall).toBe(0.8);
  });

  it("lists what went wrong, at most `limit` items each", () => {
    const nodes = [
      ...PERFECT_NODES,
      node("berg-2", "Berg"),
      node("monday", "Monday"),
      node("x", "Xavier Quill"),
    ];
    const report = scoreFiles(without(nodes, LIND), []);
    expect(report.missedActors).toEqual({ total: 1, items: ["Tomas Lind"] });
    expect(report.unmappedNodes.items).toEqual(["Monday", "Xavier Quill"]);
    expect(report.junkNodes.items).toEqual(["Monday"]);
    expect(report.duplicateActors.items).toEqual(["Anna Berg: Anna Berg, Berg"]);
    expect(report.missedEdges.items).toEqual([
      "01_phone-call: call Anna Berg -- Tomas Lind",
      "01_phone-call: statement Tomas Lind -> Nordland|Anna Berg",
      "02_summit: statement Ostmark -> Nordland",
    ]);
    expect(report.wrongDates.items).toEqual([]);
    const text = formatArticleGoldReport(report);
    expect(text).toMatch(
      /^ {2}edge recall\s+0\.000 {2}required gold relations found \(call 0\/1, statement 0\/2\)$/m,
    );
    expect(text).toContain("Missed edges: 3");
  });

  it("lists found edges whose date is off by more than a day", () => {
    const report = scoreFiles(PERFECT_NODES, call("2023-03-09"));
    expect(report.wrongDates.items).toEqual([
      "01_phone-call: call Anna Berg -- Tomas Lind: gold 2023-03-06, found 2023-03-09",
    ]);
  });
});
