import { describe, expect, it } from "vitest";
import { headlineOf } from "../../src/pipeline/text/headline";

describe("headlineOf", () => {
  it.each([
    ["Biden calls Putin\n\nThe two spoke for an hour.", "Biden calls Putin"],
    ["KYIV\n\nBiden calls Putin\n\nThe two spoke.", "Biden calls Putin"],
    ["Share this page\nBiden Calls Putin Over Ukraine\n\nThe two spoke.", "Biden Calls Putin Over Ukraine"],
    ["  \n\nBiden calls Putin", "Biden calls Putin"],
    ["WASHINGTON", "WASHINGTON"],
    ["", null],
  ])("%j -> %j", (text, expected) => {
    expect(headlineOf(text)).toBe(expected);
  });

  it("cuts a paragraph taken as the title on a word boundary", () => {
    const paragraph = `- ${"Biden and Putin spoke again ".repeat(10)}`;
    const headline = headlineOf(`WASHINGTON\n\n${paragraph}`) ?? "";
    expect(headline.length).toBeLessThanOrEqual(141);
    expect(headline).toMatch(/^Biden and Putin .*\S…$/);
  });
});
