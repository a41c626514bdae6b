import { describe, expect, it } from "vitest";
import { parseGold } from "../../src/evaluate";

const actors = [
  { label: "Joe Biden", kind: "person", aliases: ["Biden"] },
  { label: "Vladimir Putin", kind: "person" },
];
const edge = {
  type: "call",
  source: "Joe Biden",
  target: "Vladimir Putin",
  date: "2022-02-12",
  article: "a1",
};

describe("parseGold", () => {
  it("reads a well-formed gold and fills in missing aliases", () => {
    const { gold, errors } = parseGold({ actors, edges: [edge] });
    expect(errors).toEqual([]);
    expect(gold?.actors[1]?.aliases).toEqual([]);
  });

  it.each([
    { json: [], error: "the file is not a JSON object" },
    { json: { actors }, error: 'it needs an "actors" list and an "edges" list' },
    {
      json: { actors: [{ label: "X", kind: "place" }], edges: [] },
      error: 'actor 0 has an unknown kind "place"',
    },
    { json: { actors: [...actors, actors[0]], edges: [] }, error: 'actor 2 repeats the label "Joe Biden"' },
    {
      json: { actors, edges: [{ ...edge, target: "Putin" }] },
      error: 'edge 0 has a target "Putin" that is not a gold actor label',
    },
    {
      json: { actors, edges: [{ ...edge, date: "2022-02-30" }] },
      error: "edge 0 has a date that is not yyyy-mm-dd",
    },
    {
      json: { actors, edges: [{ ...edge, type: "meeting" }] },
      error: 'edge 0 has an unknown type "meeting"',
    },
  ])("rejects $error", ({ json, error }) => {
    const result = parseGold(json);
    expect(result.gold).toBeNull();
    expect(result.errors.join("\n")).toContain(error);
  });
});
