import { describe, expect, it } from "vitest";
import { matchActors, matchEdges, normalizeName } from "../../src/evaluate";
import { GOLD, actor, goldEdge, node, relation } from "./fixtures";

describe("normalizeName", () => {
  it.each([
    ["Vladimir Putin", "vladimir putin"],
    ["  Zelénskyy ", "zelenskyy"],
    ["U.S.", "us"],
    ["the Kremlin", "kremlin"],
    ["Sergei Markelov*", "sergei markelov"],
    ["Britain\u2019s Sky  News", "britain's sky news"],
  ])("%s -> %s", (name, expected) => expect(normalizeName(name)).toBe(expected));
});

describe("matchActors", () => {
  it("pairs one node with one gold actor, preferring an exact label", () => {
    const nodes = [node("p1", "Putin"), node("p2", "Vladimir Putin")];
    const matching = matchActors(GOLD.actors, nodes);
    expect(matching.goldByNodeKey.get("p2")?.label).toBe("Vladimir Putin");
    expect(matching.extra.map((n) => n.key)).toEqual(["p1"]);
  });

  it("does not count an unmatched optional actor as a miss", () => {
    const matching = matchActors([actor("NATO", "organization"), actor("CIA", "organization", [], true)], []);
    expect(matching.missed.map((a) => a.label)).toEqual(["NATO"]);
  });
});

describe("matchEdges", () => {
  const actorOf = matchActors(GOLD.actors, [node("b", "Biden"), node("p", "Putin")]).goldByNodeKey;

  it("prefers the predicted edge that has the gold date", () => {
    const wrong = relation("call", "b", "p", "2022-02-13");
    const right = relation("call", "p", "b", "2022-02-12");
    const matching = matchEdges(
      [goldEdge("call", "Joe Biden", "Vladimir Putin", "2022-02-12")],
      [wrong, right],
      actorOf,
    );
    expect(matching.matches.map((m) => m.edge)).toEqual([right]);
    expect(matching.extra).toEqual([wrong]);
  });

  it("leaves an edge between unmatched nodes as a false positive", () => {
    const matching = matchEdges(GOLD.edges, [relation("call", "b", "nobody", "2022-02-12")], actorOf);
    expect(matching.extra).toHaveLength(1);
    expect(matching.missed).toHaveLength(3);
  });
});
