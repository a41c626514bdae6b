import Graph from "graphology";
import { describe, expect, it } from "vitest";
import type { ExplorerGraph } from "../../../src/app/data/build-graph";
import { communityName, namedCommunities } from "../../../src/app/filters/communities";

describe("a community is named after its most mentioned members", () => {
  it.each([
    [["Putin"], 1, "Putin"],
    [["Putin", "Peskov"], 2, "Putin and Peskov"],
    [["Putin", "Peskov"], 3, "Putin, Peskov and 1 other"],
    [["Putin", "Peskov"], 14, "Putin, Peskov and 12 others"],
  ] as [string[], number, string][])("%j of %i: %s", (leads, size, name) => {
    expect(communityName(leads, size)).toBe(name);
  });

  it("lists communities of two or more, largest first, and no community of one", () => {
    const graph = new Graph() as unknown as ExplorerGraph;
    const actor = (key: string, community: number, mentions: number) =>
      graph.addNode(key, {
        label: key,
        kind: "person",
        role: null,
        aliases: [],
        mentions,
        articles: [],
        community,
      });
    actor("Biden", 0, 9);
    actor("Blinken", 0, 5);
    actor("Sullivan", 0, 2);
    actor("Putin", 1, 12);
    actor("Peskov", 1, 3);
    actor("Hermit", 2, 40);
    expect(namedCommunities(graph)).toEqual([
      { id: 0, size: 3, name: "Biden, Blinken and 1 other" },
      { id: 1, size: 2, name: "Putin and Peskov" },
    ]);
  });
});
