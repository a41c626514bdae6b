import { describe, expect, it } from "vitest";
import { callsOf, extract } from "./helpers";

const calls = (text: string) =>
  callsOf(text).map((relation) => `${relation.source} ${relation.target} ${relation.status}`);

describe("calls and meetings in noun and verb form, with their status", () => {
  it.each([
    ["X met Y", "Macron met Scholz in Berlin.", ["emmanuel-macron olaf-scholz held"]],
    ["X hosted Y", "Macron hosted Scholz at the Elysee on Tuesday.", ["emmanuel-macron olaf-scholz held"]],
    [
      "a call on a weekday, with those listed",
      "Macron held a call on Saturday with Scholz and Prime Minister Okeyo Wanjala.",
      ["emmanuel-macron olaf-scholz held", "emmanuel-macron okeyo-wanjala held"],
    ],
    ["a call on a date", "Macron held a call on March 3 with Scholz.", ["emmanuel-macron olaf-scholz held"]],
    ["not a call on someone to act", "Macron renewed his call on Scholz to act.", []],
    ["X shook hands with Y", "Macron shook hands with Scholz in Oslo.", ["emmanuel-macron olaf-scholz held"]],
    [
      "negotiated with Y",
      "Macron said he had negotiated with Scholz for most of the day.",
      ["emmanuel-macron olaf-scholz held"],
    ],
    [
      "an encounter with Y",
      "Macron had a brief encounter with Scholz on Monday.",
      ["emmanuel-macron olaf-scholz held"],
    ],
    [
      "a dinner with Y, to come",
      "Macron is expected in Oslo next week for a dinner with Chancellor Scholz.",
      ["emmanuel-macron olaf-scholz planned"],
    ],
    [
      "after first meeting Y",
      "Macron arrived in Oslo on Monday, after first meeting Scholz in Berlin.",
      ["emmanuel-macron olaf-scholz held"],
    ],
    ["not one whom the subject spoke about", "Scholz spoke about Putin on Monday.", []],
    [
      "but two who spoke about a third",
      "Macron and Scholz spoke about Putin.",
      ["emmanuel-macron olaf-scholz held"],
    ],
    [
      "received a call from",
      "Scholz received a phone call from Macron on Tuesday.",
      ["emmanuel-macron olaf-scholz held"],
    ],
    [
      "a day after a call with Z",
      "Macron spoke by phone with Scholz on Tuesday, a day after a call with Prime Minister Okeyo Wanjala.",
      ["emmanuel-macron olaf-scholz held", "emmanuel-macron okeyo-wanjala held"],
    ],
    [
      "in their call, X and Y",
      "In Monday's call, Macron and Scholz discussed a joint plan.",
      ["emmanuel-macron olaf-scholz held"],
    ],
    [
      "three listed as the subject",
      "Macron, Scholz and Meloni met on Monday.",
      [
        "emmanuel-macron olaf-scholz held",
        "emmanuel-macron giorgia-meloni held",
        "giorgia-meloni olaf-scholz held",
      ],
    ],
    [
      "each person listed after 'with'",
      "Macron spoke with Germany's Chancellor Olaf Scholz and Italy's Prime Minister Giorgia Meloni about trade.",
      ["emmanuel-macron olaf-scholz held", "emmanuel-macron giorgia-meloni held"],
    ],
    [
      "not a listed name that goes on to speak",
      "Macron spoke with Scholz and Meloni said she was not told.",
      ["emmanuel-macron olaf-scholz held"],
    ],
    [
      "a set-off name opened by a form of address",
      "Macron held a telephone conversation on Friday with Niger's military ruler, General Amadou Sani, the Elysee said.",
      ["amadou-sani emmanuel-macron held"],
    ],
    [
      "not two named after a 'between' far from the trigger",
      "Maria Okafor confirmed the call and said she was ready to host dialogue between Kenya and Uganda.",
      [],
    ],
    [
      "not a name after a preposition as one more of the list",
      "Maria Okafor spoke with Karl Lund, about Macron.",
      ["karl-lund maria-okafor held"],
    ],
    [
      "not a counterpart whose name follows for another person",
      "Macron's minister Karin Lund said she had spoken to her Kenyan counterpart, Mr Okeyo Wanjala, on the phone.",
      ["karin-lund okeyo-wanjala held"],
    ],
    ["not one asked about", "Asked about Putin, Macron said the talks were over.", []],
    ["not a news conference told about Y", "Macron told a news conference that Scholz was wrong.", []],
    ["held talks", "Macron and Scholz held talks on Monday.", ["emmanuel-macron olaf-scholz held"]],
    [
      "in a phone call with Y, X",
      "In a phone call with Olaf Scholz on Monday, Macron said the talks were useful.",
      ["emmanuel-macron olaf-scholz held"],
    ],
    [
      "during their call",
      "Macron thanked Scholz for his support during their phone call on Monday.",
      ["emmanuel-macron olaf-scholz held"],
    ],
    [
      "X and Y discussed something by phone",
      "Macron and Scholz discussed the grain dispute by phone on Monday.",
      ["emmanuel-macron olaf-scholz held"],
    ],
    [
      "X discussed something by phone with Y",
      "Macron discussed the grain dispute by phone with Scholz on Monday.",
      ["emmanuel-macron olaf-scholz held"],
    ],
    [
      "X received a visitor",
      "Macron received visiting Kenyan President Okeyo Wanjala at the Elysee on Monday.",
      ["emmanuel-macron okeyo-wanjala held"],
    ],
    [
      "X welcomed Y to a place",
      "Macron welcomed Scholz to the Elysee on Monday.",
      ["emmanuel-macron olaf-scholz held"],
    ],
    [
      "X will host Y",
      "Macron will host Scholz at the Elysee next week.",
      ["emmanuel-macron olaf-scholz planned"],
    ],
    [
      "X, set off by a possessive role, hosted Y",
      "Okeyo Wanjala, Kenya's president, hosted Macron in Nairobi on Monday.",
      ["emmanuel-macron okeyo-wanjala held"],
    ],
    ["not support received", "Macron received support from Scholz.", []],
    [
      "talks with an organisation",
      "Okeyo Wanjala held talks with the Northern Development Fund on Monday.",
      ["northern-development-fund okeyo-wanjala held"],
    ],
    [
      "a meeting with an organisation's people",
      "Macron met officials from the Northern Development Fund in Paris.",
      ["emmanuel-macron northern-development-fund held"],
    ],
    ["not criticism met from an organisation", "Macron met with criticism from the European Union.", []],
    ["not a name called", "Biden called Putin a killer in an interview.", []],
    [
      "called to discuss",
      "Scholz called Macron to discuss the crisis.",
      ["emmanuel-macron olaf-scholz held"],
    ],
    ["not a letter received", "Macron received a letter from Scholz.", []],
    ["not a decision welcomed", "Macron welcomed Scholz's decision.", []],
    [
      "a subject set off after its role, with a planned meeting",
      "Senegal's foreign minister, Aissatou Sene, will travel to Bamako on Monday to meet her Malian counterpart, Souleymane Keita, officials said.",
      ["aissatou-sene souleymane-keita planned"],
    ],
    [
      "X, set off by what X is, met Y",
      "Teresa Malvar, the department's undersecretary for policy, met Ambassador Zhou Hanming on Monday.",
      ["teresa-malvar zhou-hanming held"],
    ],
    [
      "X and Y did something during a call",
      "Macron and Scholz condemned the latest missile launch by the northern rebels during a 25-minute telephone call on Tuesday.",
      ["emmanuel-macron olaf-scholz held"],
    ],
    [
      "not X and Y far from the call, in another clause",
      "Macron and Scholz condemned the launch, which came a day after a telephone call with the rebels.",
      [],
    ],
    [
      "a meeting between",
      "A meeting between Macron and Scholz ended without a deal.",
      ["emmanuel-macron olaf-scholz held"],
    ],
    [
      "in a phone call",
      "Macron spoke with Scholz in a phone call on Friday.",
      ["emmanuel-macron olaf-scholz held"],
    ],
    [
      "the pair",
      "Standing next to Scholz, Macron said the pair had held friendly talks.",
      ["emmanuel-macron olaf-scholz held"],
    ],
    [
      "told Y by telephone",
      "Macron told Scholz by telephone that he was fine.",
      ["emmanuel-macron olaf-scholz held"],
    ],
    [
      "are due to meet",
      "Macron and Scholz are due to meet in Oslo next week.",
      ["emmanuel-macron olaf-scholz planned"],
    ],
    [
      "will travel to meet",
      "Macron will travel to Berlin to meet Scholz.",
      ["emmanuel-macron olaf-scholz planned"],
    ],
    ["plans to call", "Macron plans to call Scholz on Thursday.", ["emmanuel-macron olaf-scholz planned"]],
    [
      "a meeting scheduled for",
      "Macron said a meeting with Scholz was scheduled for May 3.",
      ["emmanuel-macron olaf-scholz planned"],
    ],
    [
      "held phone conversations with A and B",
      "Secretary General Ilse Varga held phone conversations with Foreign Minister Piet Olsen and Foreign Minister Anton Berg.",
      ["ilse-varga piet-olsen held", "anton-berg ilse-varga held"],
    ],
    [
      "a titled role set off after the subject",
      "Ilse Varga, Governor of the Central Bank of Estonia, met Piet Olsen in Paris on Friday.",
      ["ilse-varga piet-olsen held"],
    ],
    [
      "received an ambassador 'to' a country",
      "Deputy Prime Minister Ilse Varga received Latvian Ambassador to Estonia Piet Olsen in Tallinn.",
      ["ilse-varga piet-olsen held"],
    ],
    [
      "each one listed after a journey to meet",
      "Ilse Varga will travel to Riga on Friday to meet President Piet Olsen and Foreign Minister Anton Berg.",
      ["ilse-varga piet-olsen planned", "anton-berg ilse-varga planned"],
    ],
    [
      "two subjects, each described and set off",
      "Ilse Varga, a veteran Estonian diplomat, and Piet Olsen, the deputy speaker of Latvia's parliament, held talks in Vienna on Wednesday.",
      ["ilse-varga piet-olsen held"],
    ],
    [
      "a meeting in the subject's relative clause",
      "Innovation Minister Ilse Varga, who met Piet Olsen in Tallinn on Monday, said the deal was bad.",
      ["ilse-varga piet-olsen held"],
    ],
    [
      "talks held in the relative clause of a name after 'by'",
      "The plan was drafted by Innovation Minister Ilse Varga, who held talks with Piet Olsen in Tallinn on Monday.",
      ["ilse-varga piet-olsen held"],
    ],
    [
      "a call had in the subject's relative clause",
      "Ilse Varga, who had a brief phone call with Piet Olsen on Monday, said the deal was bad.",
      ["ilse-varga piet-olsen held"],
    ],
    [
      "who the other is to the subject, set off before the name",
      "Ilse Varga, who has led Estonia since 2019, also spoke with her main ally, Latvian President Piet Olsen, on Sunday.",
      ["ilse-varga piet-olsen held"],
    ],
  ])("%s", (_, text, expected) => {
    expect(calls(text)).toEqual(expected);
  });

  it("writes the status into the network file", async () => {
    const { buildNetwork } = await import("../../src/pipeline");
    const { network } = buildNetwork([
      { id: "a", text: "T\n\nMacron and Scholz are due to meet next week.", published: "2024-05-01" },
    ]);
    expect(network.edges.map((edge) => edge.attributes.status)).toEqual(["planned"]);
  });
});

describe("dates", () => {
  const dateOf = (text: string, published = "2024-05-10") =>
    extract(text, published).relations.find((relation) => relation.type === "call")?.date;

  it.each([
    ["a bare weekday in the past tense", "Macron met Scholz Tuesday.", "2024-05-07"],
    ["yesterday", "Macron yesterday spoke on phone with Scholz.", "2024-05-09"],
    ["the coming weekday in the future tense", "Macron will meet Scholz on Tuesday.", "2024-05-14"],
    [
      "a day after",
      "Macron met Scholz on Monday. A day later, Macron spoke with Scholz again by phone.",
      "2024-05-06",
    ],
    [
      "a day before the day named, for 'a day after a call'",
      "Macron spoke with Scholz on Tuesday, a day after a call with Prime Minister Okeyo Wanjala.",
      "2024-05-07",
    ],
    [
      "not a date that names another event",
      "Macron yesterday spoke with Scholz, the first call since the May 2 election.",
      "2024-05-09",
    ],
  ])("%s", (_, text, expected) => {
    expect(dateOf(text)).toBe(expected);
  });
});

describe("calls whose subject is a pronoun", () => {
  it.each([
    [
      "she spoke with",
      "Maria Okafor flew home. On Saturday she spoke with Scholz.",
      ["maria-okafor olaf-scholz held"],
    ],
    [
      "where she will meet",
      "Maria Okafor is scheduled to travel to Berlin, where she will meet Scholz on May 24.",
      ["maria-okafor olaf-scholz planned"],
    ],
    [
      "each one listed after 'he will meet'",
      "Karl Lund flew home. Next week he will meet President Maria Okafor and Foreign Minister Anna Brandt.",
      ["karl-lund maria-okafor planned", "anna-brandt karl-lund planned"],
    ],
    [
      "meetings with",
      "A team led by Maria Okafor will begin meetings with Scholz on June 26.",
      ["maria-okafor olaf-scholz planned"],
    ],
    [
      "he held a video call with",
      "Macron flew home. On Sunday he held a video call with Sweden's prime minister, Karl Lund.",
      ["emmanuel-macron karl-lund held"],
    ],
    [
      "he was due to meet an organisation's leadership",
      "Okeyo Wanjala spoke on Monday. He was due to meet the leadership of the Suez Canal Authority next week.",
      ["okeyo-wanjala suez-canal-authority planned"],
    ],
    [
      "he is scheduled to hold talks with",
      "Macron flew home. He is scheduled to hold talks with Sweden's prime minister, Karl Lund, on May 2.",
      ["emmanuel-macron karl-lund planned"],
    ],
    [
      "he received a call from, the pronoun going on with the last sentence's subject",
      "On Sunday Macron held a video call with Sweden's prime minister, Karl Lund. " +
        "A day earlier, he received a call from Norway's prime minister, Olav Berg.",
      ["emmanuel-macron karl-lund held", "emmanuel-macron olav-berg held"],
    ],
  ])("%s", (_, text, expected) => {
    expect(calls(text)).toEqual(expected);
  });
});

describe("the date of a planned meeting", () => {
  it("is its own when the same sentence says the two spoke on another day", () => {
    const calls = callsOf(
      "Maria Okafor said she spoke with Karl Lund on Tuesday evening and the two agreed to meet in Oslo on Monday, August 19.",
      "2024-08-15",
    );
    expect(calls.map((call) => `${call.status} ${call.date}`).sort()).toEqual([
      "held 2024-08-13",
      "planned 2024-08-19",
    ]);
  });

  it("reads talks that 'are due to begin' as planned, on the day they begin", () => {
    const calls = callsOf(
      "Talks between Macron and Scholz are due to begin on November 14, the ministry said on Tuesday.",
      "2023-11-08",
    );
    expect(calls.map((call) => `${call.status} ${call.date}`)).toEqual(["planned 2023-11-14"]);
  });

  it("is the day the article gives its event, never a day the story has passed", () => {
    const calls = callsOf(
      "Talks\n\nMacron spoke with Scholz on Tuesday. The summit, which Macron will host on May 16, is the first of its kind. " +
        "Prime Minister Okeyo Wanjala is expected to hold talks with Macron on the sidelines of the summit.",
      "2024-05-10",
    );
    expect(calls.map((call) => `${call.source} ${call.target} ${call.status} ${call.date}`).sort()).toEqual([
      "emmanuel-macron okeyo-wanjala planned 2024-05-16",
      "emmanuel-macron olaf-scholz held 2024-05-07",
    ]);
  });
});

describe("the date of a call counted from another's", () => {
  it("is the day before the story's call in 'the call came a day after X spoke with Y', whatever month the sentence names", () => {
    const calls = callsOf(
      "Talks\n\nMacron spoke with Scholz on Friday. " +
        "The call came a day after Macron spoke with Okeyo Wanjala about the states that left the bloc in January.",
      "2024-05-11",
    );
    expect(calls.map((call) => `${call.target} ${call.date}`).sort()).toEqual([
      "okeyo-wanjala 2024-05-09",
      "olaf-scholz 2024-05-10",
    ]);
  });

  it("is the day before the day named in 'a day after a call with'", () => {
    const calls = callsOf(
      "Macron spoke with Scholz on Tuesday, a day after a call with Prime Minister Okeyo Wanjala.",
      "2024-05-10",
    );
    expect(calls.map((call) => `${call.target} ${call.date}`).sort()).toEqual([
      "okeyo-wanjala 2024-05-06",
      "olaf-scholz 2024-05-07",
    ]);
  });
});

describe("a call another reports", () => {
  it("is no statement of the body that reports it about either end", () => {
    const text = "Ilse Varga also spoke with Latvian President Piet Olsen on Sunday, the Kremlin said.";
    const { relations } = extract(text);
    expect(relations.map((relation) => `${relation.source} ${relation.type} ${relation.target}`)).toEqual([
      "ilse-varga call piet-olsen",
    ]);
  });
});
