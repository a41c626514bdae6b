import { describe, expect, it } from "vitest";
import { RELATION_FINDERS } from "../../src/pipeline/relations/finders";
import { RELATION_TYPES } from "../../src/schema";
import { extract } from "./helpers";

describe("the finders of the relation kinds", () => {
  it("are one per kind the schema lists", () => {
    expect(Object.keys(RELATION_FINDERS).sort()).toEqual([...RELATION_TYPES].sort());
  });

  it("together find a call, a citation and a statement where an article holds one of each", () => {
    const text =
      "Macron met Scholz in Berlin on Monday. Scholz told Le Monde that Putin had erred. “Putin is wrong,” he said.";
    const kinds = new Set(extract(text).relations.map((relation) => relation.type));
    expect([...kinds].sort()).toEqual(["call", "citation", "statement"]);
  });
});
