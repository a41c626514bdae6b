import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/pipeline/text/sentences";

describe("splitSentences", () => {
  it.each([
    ["Biden spoke. Putin listened.", ["Biden spoke.", "Putin listened."]],
    [
      "U.S. President Joe Biden spoke with Mr. Putin. Then he left.",
      ["U.S. President Joe Biden spoke with Mr. Putin.", "Then he left."],
    ],
    ["“We are ready,” he said. Peskov agreed.", ["“We are ready,” he said.", "Peskov agreed."]],
    ["It was John F. Kennedy. Nobody else.", ["It was John F. Kennedy.", "Nobody else."]],
    ["Headline without a stop\n\nBody text here.", ["Headline without a stop", "Body text here."]],
  ])("splits %j", (text, expected) => {
    expect(splitSentences(text).map((sentence) => sentence.text)).toEqual(expected);
  });

  it("keeps offsets that point back into the article", () => {
    const text = "Title\n\n  First one. Second one!\nThird?";
    for (const sentence of splitSentences(text))
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it("marks short lines without closing punctuation as headings", () => {
    const [title, body] = splitSentences("What did Biden want\n\nBiden wanted talks.");
    expect(title?.isHeading).toBe(true);
    expect(body?.isHeading).toBe(false);
  });
});
