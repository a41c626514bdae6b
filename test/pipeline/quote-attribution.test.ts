import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/pipeline/text/sentences";
import { extract, relationsOf } from "./helpers";

/** Statements as cue, source and content: every cue form names its speaker and what it is about. */
describe("statement cues", () => {
  it.each([
    [
      "X said",
      "Maria Lindqvist said Putin had misread the West.",
      ["maria-lindqvist statement vladimir-putin"],
    ],
    [
      "said X",
      "“Putin has misread the West,” said Maria Lindqvist.",
      ["maria-lindqvist statement vladimir-putin"],
    ],
    [
      "says X, a professor at Y",
      "“Putin has misread the West,” says Maria Lindqvist, a professor at Uppsala University.",
      ["maria-lindqvist statement vladimir-putin"],
    ],
    [
      "according to X",
      "According to Maria Lindqvist, Putin has misread the West.",
      ["maria-lindqvist statement vladimir-putin"],
    ],
    [
      "X added",
      "Maria Lindqvist added that Putin had misread the West.",
      ["maria-lindqvist statement vladimir-putin"],
    ],
    ["X accused Y of", "Macron accused Putin of lying.", ["emmanuel-macron statement vladimir-putin"]],
    ["X urged Y to", "Macron urged Putin to withdraw.", ["emmanuel-macron statement vladimir-putin"]],
    ["X told Y", "Macron told Putin the talks were over.", ["emmanuel-macron statement vladimir-putin"]],
    [
      "X, on a weekday, indicated",
      "Macron had on Monday indicated he would reach out to Putin.",
      ["emmanuel-macron statement vladimir-putin"],
    ],
    [
      "X revealed",
      "Macron revealed he had not spoken to Putin for months.",
      ["emmanuel-macron statement vladimir-putin"],
    ],
    [
      "X posted",
      "“We spoke about Putin,” Macron posted on Twitter.",
      ["emmanuel-macron statement vladimir-putin"],
    ],
    [
      ", saying after another verb",
      "Macron defended the plan, saying it was not aimed at Putin.",
      ["emmanuel-macron statement vladimir-putin"],
    ],
  ])("%s", (_, text, expected) => {
    expect(relationsOf(extract(text), "statement")).toEqual(expected);
  });
});

describe("statement sources", () => {
  it.each([
    [
      "a pronoun is the last person named, not one named inside a quote",
      "Macron spoke first. “We will work with Putin, as Scholz has said,” he said.",
      ["emmanuel-macron statement olaf-scholz", "emmanuel-macron statement vladimir-putin"],
    ],
    ["an unnamed source is credited to no one", "Putin is unwell, a senior official told Reuters.", []],
  ])("%s", (_, text, expected) => {
    expect(relationsOf(extract(text), "statement")).toEqual(expected);
  });

  it("credits no citation to an unnamed source", () => {
    expect(
      relationsOf(extract("Putin is unwell, a senior official close to the talks told Reuters."), "citation"),
    ).toEqual([]);
  });
});

describe("statement content", () => {
  it.each([
    [
      "a country named as a place inside what was said",
      "Macron said he would speak against corruption in Kenya.",
      ["emmanuel-macron statement kenya"],
    ],
    ["not the place where it was said", "Macron said in Nairobi that the talks were over.", []],
    [
      "not the speaker's own description after an inverted cue",
      "“The talks are over,” said Maria Lindqvist, a former ambassador to Kenya.",
      [],
    ],
    [
      "ends where the next speaker begins",
      "Macron vowed to keep trying, but Scholz said Putin would not listen.",
      ["olaf-scholz statement vladimir-putin"],
    ],
  ])("%s", (_, text, expected) => {
    expect(relationsOf(extract(text), "statement")).toEqual(expected);
  });
});

describe("evidence sentences", () => {
  it("are never cut inside a quotation", () => {
    const text = "“It is over. We tried... Nothing worked,” Macron said. Then he left.";
    expect(splitSentences(text).map((sentence) => sentence.text)).toEqual([
      "“It is over. We tried... Nothing worked,” Macron said.",
      "Then he left.",
    ]);
  });

  it("keep a quotation left open to the paragraph's end as one sentence", () => {
    const text = "“It is over. We tried.\n\nThen he left.";
    expect(splitSentences(text).map((sentence) => sentence.text)).toEqual([
      "“It is over. We tried.",
      "Then he left.",
    ]);
  });
});
