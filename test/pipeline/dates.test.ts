import { describe, expect, it } from "vitest";
import { resolveDate } from "../../src/pipeline/dates/resolve-date";
import { publishedFromText } from "../../src/pipeline/dates/published";
import { extract } from "./helpers";

// 2021-12-06 was a Monday; 2022-12-03 a Saturday.
describe("resolveDate", () => {
  it.each([
    ["Biden and Putin spoke on Saturday.", "2021-12-06", "2021-12-04", "past tense: the Saturday before"],
    [
      "Biden and Putin are expected to speak on Tuesday.",
      "2021-12-06",
      "2021-12-07",
      "future: the Tuesday after",
    ],
    ["Biden plans to call Zelensky on Thursday.", "2021-12-06", "2021-12-09", "plans: the Thursday after"],
    [
      "Peskov said on Thursday last week that Biden had erred.",
      "2025-07-16",
      "2025-07-10",
      "a weekday of last week, not of this one",
    ],
    [
      "Peskov said on Tuesday last week that Biden had erred.",
      "2025-07-19",
      "2025-07-08",
      "a weekday of last week, though this week's is past too",
    ],
    ["Peskov responded on Friday, December 2, saying no.", "2022-12-04", "2022-12-02", "year from context"],
    ["On December 21, 2021, Putin spoke to the board.", "2022-12-04", "2021-12-21", "absolute"],
    [
      "“I will reach out to her,” he told DZMM radio on Sunday.",
      "2021-12-06",
      "2021-12-05",
      "a future inside the quotation is not the telling's",
    ],
    [
      "OSLO, April 10 - Kirby spoke to reporters on Friday.",
      "2025-04-10",
      "2025-04-04",
      "the dateline dates the dispatch, not the event",
    ],
    [
      "Kirby and Scholz spoke by phone on Tuesday evening.",
      "2021-12-08",
      "2021-12-07",
      "a weekday with the part of the day",
    ],
    [
      "Kirby spoke on Friday, two days after the summit.",
      "2022-12-03",
      "2022-12-02",
      "relative tail ignored",
    ],
  ])("%j published %s -> %s (%s)", (sentence, published, expected) => {
    expect(resolveDate(sentence, 0, published, [])?.date).toBe(expected);
  });

  it("reads a month alone with month precision", () => {
    expect(resolveDate("Russia annexed the regions in September 2022.", 0, "2022-12-03", [])).toMatchObject({
      date: "2022-09-01",
      precision: "month",
    });
  });

  it.each([["On December 32, Peskov warned Biden."], ["On February 30, Peskov warned Biden."]])(
    "reads no date from the impossible %j",
    (sentence) => {
      expect(resolveDate(sentence, 0, "2022-12-03", [])).toBeNull();
    },
  );

  it("ignores dates inside quotes and expressions that name no day", () => {
    expect(resolveDate("Biden spoke now, two days after.", 0, "2022-12-03", [])).toBeNull();
  });
});

describe("relation dates", () => {
  it("falls back to the publication date and says so", () => {
    const relation = extract("Biden warned Putin of severe costs.", "2022-12-03").relations[0];
    expect(relation).toMatchObject({ date: "2022-12-03", dateSource: "published", datePrecision: "day" });
  });

  it("is null when no date is known", () => {
    const extraction = extract("Biden warned Putin of severe costs.", null);
    expect(extraction.relations[0]).toMatchObject({ date: null, dateSource: null });
    expect(extraction.warnings[0]).toMatch(/no publication date/);
  });

  it("takes the date the story set a sentence earlier", () => {
    const extraction = extract(
      "Talks took place on Saturday in Geneva. Biden and Putin spoke for an hour.",
      "2022-02-13",
    );
    expect(extraction.relations.find((r) => r.type === "call")?.date).toBe("2022-02-12");
  });

  it.each([
    ["Biden is arranging a meeting with Macron on Saturday.", "meeting", "planned", "2022-12-03"],
    ["Biden has requested a meeting with Macron on Monday.", "meeting", "planned", "2022-12-05"],
    ["Scholz agreed to a summit during a phone call on Tuesday with Macron.", "phone", "held", "2022-11-29"],
    [
      "Announcing the trip on Wednesday, the ministry said Biden would meet Macron to discuss energy prices, grain exports and the war in Paris on Friday.",
      "meeting",
      "planned",
      "2022-12-02",
    ],
  ])("reads the status and day of a call: %j", (text, subtype, status, date) => {
    const call = extract(text, "2022-11-30").relations.find(
      (r) => r.type === "call" && r.subtype === subtype && [r.source, r.target].includes("emmanuel-macron"),
    );
    expect(call).toMatchObject({ status, date });
  });

  it.each([
    ["Biden met Macron on Monday. Two days later, Biden called Putin.", "2022-11-30"],
    [
      "Biden met Macron on Monday. Two days later, Scholz spoke. The next day, Biden called Putin.",
      "2022-12-01",
    ],
    ["Macron arrived on Monday, and a day later Biden called Putin.", "2022-11-29"],
    ["Biden met Macron on Monday. A day earlier, Biden called Putin.", "2022-11-27"],
    // Counted past the publication day: not a day the story can be at.
    ["Biden met Macron on Friday. A week later, Biden warned Putin.", "2022-12-03"],
  ])("counts days on from the day the story was at: %j", (text, date) => {
    const extraction = extract(text, "2022-12-03");
    const relation = extraction.relations.find((r) => r.target === "vladimir-putin");
    expect(relation?.date).toBe(date);
  });
});

describe("publishedFromText", () => {
  it.each([
    ["Published: 3 December 2022\n\nBiden spoke.", "2022-12-03"],
    ["Headline\nDecember 7, 2021\n\nBiden spoke.", "2021-12-07"],
    ["Biden spoke on Friday.", null],
  ])("%j -> %s", (text, expected) => {
    expect(publishedFromText(text)).toBe(expected);
  });
});
