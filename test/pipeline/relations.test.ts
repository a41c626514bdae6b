import { describe, expect, it } from "vitest";
import { extract, relationsOf } from "./helpers";

describe("calls", () => {
  it.each([
    ["Biden spoke with Putin by phone on Saturday.", ["joe-biden call vladimir-putin"]],
    ["The phone call between Biden and Putin lasted an hour.", ["joe-biden call vladimir-putin"]],
    ["Russian President Vladimir Putin and Joe Biden held talks.", ["joe-biden call vladimir-putin"]],
    ["Biden plans to call President Volodymyr Zelensky on Thursday.", ["joe-biden call volodymyr-zelensky"]],
    ["Talks took place on Saturday between the US and Russia.", ["russia call united-states"]],
    ["Biden said he is ready to talk to Putin.", []],
    [
      "Biden spoke with the leaders of Britain, France and Germany.",
      ["france call joe-biden", "germany call joe-biden", "joe-biden call united-kingdom"],
    ],
    ["The two leaders, Biden and Putin, have not spoken since February.", []],
    ["Biden said he didn't expect to speak with Putin soon.", []],
    ["The Kremlin denied a report that Biden had spoken with Putin by phone.", []],
    ["A call between Biden and Putin that aides had planned for the week did not take place.", []],
    ["Peskov said a summit between Putin and Biden could take place in the spring.", []],
    ["The meeting between Biden and Putin was called off.", []],
    ["Macron rejected calls from Scholz for a new vote.", []],
    ["Macron called on Putin to withdraw his troops.", []],
    [
      "Macron and Scholz held talks with Zelensky in Paris.",
      [
        "emmanuel-macron call olaf-scholz",
        "emmanuel-macron call volodymyr-zelensky",
        "olaf-scholz call volodymyr-zelensky",
      ],
    ],
    [
      "Irish Trade Minister Aoife Brennan met Kenya's finance minister, Otieno Wafula, in Nairobi.",
      ["aoife-brennan call otieno-wafula"],
    ],
  ])("%j", (text, expected) => {
    expect(relationsOf(extract(text), "call")).toEqual(expected);
  });

  it.each([
    ["Biden and Putin held a video conference call.", "video"],
    ["Biden spoke by phone with Putin.", "phone"],
    ["Biden talked over the telephone with Putin on Monday.", "phone"],
    ["Biden held talks via video link with Putin.", "video"],
    ["Biden met Putin in Geneva.", "meeting"],
  ])("labels the kind of call: %j", (text, subtype) => {
    expect(extract(text).relations.find((relation) => relation.type === "call")?.subtype).toBe(subtype);
  });
});

describe("statements", () => {
  it.each([
    [
      "Kremlin spokesman Dmitry Peskov responded to Biden's remarks.",
      "dmitry-peskov statement joe-biden",
      "response",
    ],
    ["Biden warned Putin of severe costs.", "joe-biden statement vladimir-putin", "warning"],
    ["Scholz urged Putin to withdraw his troops.", "olaf-scholz statement vladimir-putin", "demand"],
    ["John Kirby clarified Biden's comments.", "john-kirby statement joe-biden", "clarification"],
    ["According to Peskov, Biden is not serious.", "dmitry-peskov statement joe-biden", "remark"],
    ["“Biden is wrong,” said Lavrov.", "sergey-lavrov statement joe-biden", "remark"],
  ])("%j", (text, expected, subtype) => {
    const extraction = extract(text);
    expect(relationsOf(extraction, "statement")).toContain(expected);
    expect(extraction.relations.find((r) => `${r.source} ${r.type} ${r.target}` === expected)?.subtype).toBe(
      subtype,
    );
  });

  it("keeps the quoted words", () => {
    const relation = extract("“Putin must leave Ukraine,” Biden said.").relations[0];
    expect(relation?.quote).toBe("Putin must leave Ukraine,");
  });

  it.each([
    ["Before Macron arrived, Biden warned Putin.", ["joe-biden statement vladimir-putin"]],
    ["In response to Biden's comments, Peskov said Russia was ready.", ["dmitry-peskov statement joe-biden"]],
  ])("takes targets from what was said, not from the scene before it: %j", (text, expected) => {
    expect(relationsOf(extract(text), "statement")).toEqual(expected);
  });

  it.each([
    ["Giorgia Meloni met Joe Biden on Monday. She warned Putin.", "giorgia-meloni statement vladimir-putin"],
    ["Joe Biden met Giorgia Meloni on Monday. He warned Putin.", "joe-biden statement vladimir-putin"],
    [
      "Aino Virtanen, a fellow at the Harbor Institute, met Joe Biden. Biden smiled. She warned Putin.",
      "aino-virtanen statement vladimir-putin",
    ],
  ])("gives a pronoun to the last person whose first name fits it: %j", (text, expected) => {
    expect(relationsOf(extract(text), "statement")).toEqual([expected]);
  });

  it.each([
    [
      "Biden told Putin that sanctions would follow, while Macron pressed Scholz.",
      ["joe-biden statement vladimir-putin"],
    ],
    ["Biden said Putin was wrong; Scholz met Macron in Paris.", ["joe-biden statement vladimir-putin"]],
    [
      "Zelensky, who was not invited to Geneva by Macron, said Putin lied.",
      ["volodymyr-zelensky statement vladimir-putin"],
    ],
  ])("keeps to the speaker's own clause: %j", (text, expected) => {
    expect(relationsOf(extract(text), "statement")).toEqual(expected);
  });

  it("does not take a place that only locates something as a target", () => {
    expect(relationsOf(extract("Biden warned Putin in Washington."), "statement")).toEqual([
      "joe-biden statement vladimir-putin",
    ]);
  });
});

describe("citations", () => {
  it.each([
    ["“Russia will wait,” Ann Lee, a fellow at the Peace Institute, told Vox.", "vox citation ann-lee"],
    [
      "In an interview with Al Jazeera Net, Ann Lee, an expert on Russia, said Putin erred.",
      "al-jazeera citation ann-lee",
    ],
    ["Analyst Ann Lee, in a comment for https://lenta.ru/, said Moscow waits.", "lenta-ru citation ann-lee"],
    ["“We wait,” Peskov said on air of Kommersant FM radio station.", "kommersant citation dmitry-peskov"],
    ["José Álvarez told Vox that Putin will wait.", "vox citation jose-alvarez"],
    [
      "General Ann Lee said in an interview with the German magazine Der Morgen that Putin erred.",
      "der-morgen citation ann-lee",
    ],
    [
      "Political analyst Ann Lee told Harbour News on Sunday that Putin erred.",
      "harbour-news citation ann-lee",
    ],
    ["Speaking to KTV, political analyst Ann Lee said Putin erred.", "ktv citation ann-lee"],
    [
      "In comments to the Eastern Gazette, political analyst Ann Lee said Putin erred.",
      "eastern-gazette citation ann-lee",
    ],
    ["Political analyst Ann Lee told 24.kg that Putin erred.", "24-kg citation ann-lee"],
    ["“We want our rights,” Ann Lee told L'Orient Today.", "lorient-today citation ann-lee"],
    ["“We will not pay,” Ann Lee told RFE/RL in an interview.", "rfe-rl citation ann-lee"],
    ["Energy Minister Ann Lee told Army Radio that gas would flow soon.", "army-radio citation ann-lee"],
  ])("%j", (text, expected) => {
    expect(relationsOf(extract(text), "citation")).toContain(expected);
  });

  it.each([
    ["Biden told Putin that sanctions would follow."],
    ["Peskov told the Kremlin Press Service that Biden was wrong."],
    ["Political analyst Ann Lee told Harbour Capital that Putin erred."],
  ])("takes no one told for an outlet unless the name says it is one: %j", (text) => {
    expect(relationsOf(extract(text), "citation")).toEqual([]);
  });

  it("adds the outlet as a media actor", () => {
    const outlet = extract(
      "Analyst Ann Lee, in a comment for https://lenta.ru/, said Moscow waits.",
    ).actors.find((actor) => actor.key === "lenta-ru");
    expect(outlet).toMatchObject({ label: "lenta.ru", kind: "media" });
  });
});
