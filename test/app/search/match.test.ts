import fc from "fast-check";
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import type { ExplorerGraph } from "../../../src/app/data/build-graph";
import { buildSearchIndex, normalise, suggest, type SearchEntry } from "../../../src/app/search/match";

function entry(key: string, label: string, mentions: number, aliases: string[] = []): SearchEntry {
  return {
    key,
    label,
    mentions,
    names: [label, ...aliases].map((text) => ({ text, normalised: normalise(text) })),
  };
}

/** Every match scored, sorted as a whole and cut: what `suggest` must equal. */
function sortEverything(index: SearchEntry[], query: string, limit: number) {
  const q = normalise(query);
  if (!q) return [];
  const matches = index.flatMap((e) => {
    const scored = e.names
      .map(({ text, normalised }, i) => {
        const at = normalised.indexOf(q);
        if (at < 0) return null;
        const wordStart = normalised.includes(` ${q}`) || normalised.includes(`-${q}`);
        const rank = normalised.startsWith(q) ? 0 : wordStart ? 1 : 2;
        return { text, score: rank * 2 + (i === 0 ? 0 : 1) };
      })
      .filter((s) => s !== null);
    if (scored.length === 0) return [];
    const best = scored.reduce((a, b) => (b.score < a.score ? b : a));
    return [{ e, ...best }];
  });
  matches.sort(
    (a, b) => a.score - b.score || b.e.mentions - a.e.mentions || a.e.label.localeCompare(b.e.label),
  );
  return matches
    .slice(0, limit)
    .map(({ e, text }) => ({ key: e.key, label: e.label, via: text === e.label ? null : text }));
}

describe("actor search", () => {
  const index = [
    entry("putin", "Vladimir Putin", 30, ["Putin"]),
    entry("peskov", "Dmitry Peskov", 12, ["Peskov", "Kremlin spokesman"]),
    entry("nato", "NATO", 20, ["North Atlantic Treaty Organization"]),
    entry("lavrov", "Sergei Lavrov", 12),
    entry("kremlin", "Kremlin", 5),
  ];

  it("puts names that start with the query first, then word starts, then anywhere, labels before aliases", () => {
    expect(suggest(index, "kre")).toEqual([
      { key: "kremlin", label: "Kremlin", via: null },
      { key: "peskov", label: "Dmitry Peskov", via: "Kremlin spokesman" },
    ]);
    expect(suggest(index, "pu").map(({ key }) => key)).toEqual(["putin"]);
    expect(suggest(index, "putin")[0]).toEqual({ key: "putin", label: "Vladimir Putin", via: "Putin" });
  });

  it("breaks ties by mentions, then by name", () => {
    expect(suggest(index, "ov").map(({ key }) => key)).toEqual(["peskov", "lavrov"]);
    expect(suggest(index, "e", 3).map(({ key }) => key)).toEqual(["peskov", "lavrov", "kremlin"]);
  });

  it("ignores case, accents and surrounding space, and gives nothing for an empty query", () => {
    expect(suggest([entry("z", "Zelenskyy", 1)], "  ZÉLEN ")).toHaveLength(1);
    expect(suggest(index, "   ")).toEqual([]);
    expect(suggest(index, "kre", 0)).toEqual([]);
  });

  it("indexes every actor's label and its other aliases from the graph", () => {
    const graph = new Graph() as unknown as ExplorerGraph;
    graph.addNode("a", { label: "Émile Ajar", aliases: ["Émile Ajar", "Romain Gary"], mentions: 2 } as never);
    expect(buildSearchIndex(graph)).toEqual([entry("a", "Émile Ajar", 2, ["Romain Gary"])]);
  });

  it("keeps the same best matches as sorting every match", () => {
    const word = fc.stringMatching(/^[abc -]{1,6}$/);
    const actors = fc.array(fc.tuple(word, fc.array(word, { maxLength: 2 }), fc.nat(4)), { maxLength: 40 });
    fc.assert(
      fc.property(actors, fc.stringMatching(/^[abc ]{0,3}$/), fc.nat(10), (specs, query, limit) => {
        const built = specs.map(([label, aliases, mentions], i) =>
          entry(
            `k${i}`,
            label,
            mentions,
            aliases.filter((alias) => alias !== label),
          ),
        );
        expect(suggest(built, query, limit)).toEqual(sortEverything(built, query, limit));
      }),
      { numRuns: 300 },
    );
  });
});
