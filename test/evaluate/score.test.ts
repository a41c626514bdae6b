import { describe, expect, it } from "vitest";
import { evaluate, formatReport } from "../../src/evaluate";
import type { SerializedActor, SerializedRelation } from "../../src/schema";
import { GOLD, PERFECT_EDGES, PERFECT_NODES, network, node, relation } from "./fixtures";

interface Case {
  name: string;
  nodes?: SerializedActor[];
  edges?: SerializedRelation[];
  actors: [precision: number, recall: number];
  relations: [precision: number, recall: number];
  dates?: number;
}

const without = <T>(items: T[], index: number) => items.filter((_, i) => i !== index);
const replaced = <T>(items: T[], index: number, item: T) => items.map((old, i) => (i === index ? item : old));

describe("scoring a network against the gold", () => {
  it.each<Case>([
    { name: "a perfect match scores 1.0 everywhere", actors: [1, 1], relations: [1, 1], dates: 1 },
    {
      name: "a missing edge lowers recall only",
      edges: without(PERFECT_EDGES, 1),
      actors: [1, 1],
      relations: [1, 2 / 3],
    },
    {
      name: "an extra node lowers precision only",
      nodes: [...PERFECT_NODES, node("angerer", "Drew Angerer")],
      actors: [4 / 5, 1],
      relations: [1, 1],
    },
    {
      name: "a label that is a gold alias counts",
      nodes: replaced(PERFECT_NODES, 0, node("biden", "President Biden")),
      actors: [1, 1],
      relations: [1, 1],
    },
    {
      name: "a node alias that is a gold name counts",
      nodes: replaced(PERFECT_NODES, 0, node("biden", "POTUS", "person", ["Biden"])),
      actors: [1, 1],
      relations: [1, 1],
    },
    {
      name: "case and diacritics do not matter",
      nodes: replaced(PERFECT_NODES, 1, node("putin", "VLADIMÍR PUTIN")),
      actors: [1, 1],
      relations: [1, 1],
    },
    {
      name: "a call matches in either order",
      edges: replaced(PERFECT_EDGES, 0, relation("call", "putin", "biden", "2022-02-12")),
      actors: [1, 1],
      relations: [1, 1],
    },
    {
      name: "a statement does not match the other way round",
      edges: replaced(PERFECT_EDGES, 1, relation("statement", "biden", "peskov", "2022-12-02")),
      actors: [1, 1],
      relations: [2 / 3, 2 / 3],
    },
    {
      name: "an edge from another article does not match",
      edges: replaced(PERFECT_EDGES, 2, relation("citation", "kfm", "peskov", "2022-12-02", "a2")),
      actors: [1, 1],
      relations: [2 / 3, 2 / 3],
    },
    {
      name: "an optional actor is not penalised when predicted",
      nodes: [...PERFECT_NODES, node("brookings", "Brookings Institution", "organization")],
      actors: [1, 1],
      relations: [1, 1],
    },
    {
      name: "an optional edge is not penalised when predicted",
      edges: [...PERFECT_EDGES, relation("statement", "putin", "biden", "2022-12-01")],
      actors: [1, 1],
      relations: [1, 1],
    },
    {
      name: "a wrong date still matches but lowers the date accuracy",
      edges: replaced(PERFECT_EDGES, 0, relation("call", "biden", "putin", "2022-02-13")),
      actors: [1, 1],
      relations: [1, 1],
      dates: 2 / 3,
    },
    {
      name: "an edge predicted twice counts once",
      edges: [...PERFECT_EDGES, PERFECT_EDGES[0]!],
      actors: [1, 1],
      relations: [3 / 4, 1],
    },
  ])("$name", ({ nodes = PERFECT_NODES, edges = PERFECT_EDGES, actors, relations, dates }) => {
    const report = evaluate(GOLD, network(nodes, edges));
    expect([report.actors.overall.precision, report.actors.overall.recall]).toEqual(actors);
    expect([report.edges.overall.precision, report.edges.overall.recall]).toEqual(relations);
    if (dates !== undefined) expect(report.edges.dateAccuracy.rate).toBeCloseTo(dates);
  });

  it("scores an empty network as zero recall with no precision", () => {
    const report = evaluate(GOLD, network([], []));
    expect(report.actors.overall).toMatchObject({ precision: null, recall: 0, f1: 0 });
    expect(report.edges.dateAccuracy.rate).toBeNull();
    expect(report.missedActors.total).toBe(4);
    expect(report.missedEdges.total).toBe(3);
  });

  it("scores each actor kind and relation type apart", () => {
    const report = evaluate(GOLD, network(PERFECT_NODES, without(PERFECT_EDGES, 2)));
    expect(report.actors.byKind.media).toMatchObject({ tp: 1, precision: 1, recall: 1 });
    expect(report.actors.byKind.country).toMatchObject({ gold: 0, predicted: 0, f1: null });
    expect(report.edges.byType.call.f1).toBe(1);
    expect(report.edges.byType.citation).toMatchObject({ tp: 0, recall: 0 });
  });

  it("counts a matched actor of the wrong kind against its kind", () => {
    const report = evaluate(GOLD, network(replaced(PERFECT_NODES, 3, node("kfm", "Kommersant FM")), []));
    expect(report.actors.overall.f1).toBe(1);
    expect(report.actors.kindAgreement).toEqual({ correct: 3, total: 4, rate: 3 / 4 });
    expect(report.actors.byKind.media.recall).toBe(0);
  });

  it("lists misses and false positives, at most `limit` of each", () => {
    const nodes = [...PERFECT_NODES, node("x", "Getty Images"), node("y", "Saturday")];
    const report = evaluate(GOLD, network(nodes, without(PERFECT_EDGES, 0)), { limit: 1 });
    expect(report.extraActors).toEqual({ total: 2, items: ["Getty Images (person, 1 mention)"] });
    expect(report.missedEdges.items[0]).toMatch(/^call Joe Biden -- Vladimir Putin, 2022-02-12, a1/);
  });

  it("prints a table with one row per kind and type", () => {
    const text = formatReport(evaluate(GOLD, network(PERFECT_NODES, PERFECT_EDGES)));
    expect(text).toMatch(/^Actors\s+gold\s+pred\s+tp\s+precision\s+recall\s+F1$/m);
    expect(text).toMatch(/^ {2}statement\s+1\s+1\s+1\s+1\.000\s+1\.000\s+1\.000$/m);
    expect(text).toMatch(/^ {2}country\s+0\s+0\s+0\s+—\s+—\s+—$/m);
    expect(text).toContain("Date accuracy (matched edges with the gold date): 3/3 (100.0%)");
  });
});
