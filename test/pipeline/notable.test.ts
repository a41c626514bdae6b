import { describe, expect, it } from "vitest";
import { isNotable } from "../../src/pipeline/lexicon/notable";

describe("the notable-entities lexicon", () => {
  it.each([
    ["a company", "Gazprom", true],
    ["a party", "Likud", true],
    ["an institution, whatever the case", "federal reserve", true],
    ["an invented company", "Brightfield Copper", false],
  ])("%s: %s", (_, name, expected) => {
    expect(isNotable(name)).toBe(expected);
  });
});
