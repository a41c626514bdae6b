import { describe, expect, it } from "vitest";
import { count } from "../../src/app/count";

describe("count", () => {
  it.each([
    [0, "relation", undefined, "0 relations"],
    [1, "relation", undefined, "1 relation"],
    [1, "dated relation", undefined, "1 dated relation"],
    [12837, "relation", undefined, "12,837 relations"],
    [2, "person", "people", "2 people"],
  ])("%d %s", (n, one, many, expected) => {
    expect(count(n, one, many)).toBe(expected);
  });
});
