import { describe, expect, it } from "vitest";
import { actorKeys, extract, relationsOf } from "./helpers";

const actor = (text: string, key: string) => extract(text).actors.find((found) => found.key === key);

/** Every way an actor enters the network: country data, organisation heads, acronyms, the lexicon, names. */
describe("organisations found from the text", () => {
  it.each([
    [
      "a head word",
      "The Northern Fisheries Authority said Macron was wrong.",
      "northern-fisheries-authority",
    ],
    [
      "of inside the name",
      "The Ministry of Coastal Affairs said Macron was wrong.",
      "ministry-of-coastal-affairs",
    ],
    [
      "a portfolio listed after 'of'",
      "The Ministry of Land, Infrastructure and Tourism said Macron was wrong.",
      "ministry-of-land-infrastructure-and-tourism",
    ],
    [
      "on inside the name",
      "The Council on Arctic Relations said Macron was wrong.",
      "council-on-arctic-relations",
    ],
    ["a company suffix", "Brightwater Inc. said Macron was wrong.", "brightwater-inc"],
    ["an ampersand", "Lindqvist & Partners said Macron was wrong.", "lindqvist-partners"],
    ["a name before 'party'", "Macron criticised the Verdant party, which said Macron was wrong.", "verdant"],
    [
      "a name before its leader's office",
      "Acting Zorvex president Maria Okafor criticised Macron.",
      "zorvex",
    ],
    ["a name before its spokesman", "Macron met Qalando spokesman Okeyo Wanjala on Monday.", "qalando"],
    [
      "a lone name that speaks and is no one's surname",
      "Malacañang said on Sunday that Macron was wrong.",
      "malacanang",
    ],
    ["a network", "The Bantay Balota Network urged Macron to act.", "bantay-balota-network"],
    [
      "a name only a company has",
      "Macron said the ships ordered from Hyundai Mipo Dockyard were late.",
      "hyundai-mipo-dockyard",
    ],
    ["a society", "The National Fisheries Society said Macron was wrong.", "national-fisheries-society"],
    [
      "an agency with 'and' in its name",
      "The Grain and Seed Administration said Macron was wrong.",
      "grain-and-seed-administration",
    ],
    ["a community of states", "The Andean Coast Community said Macron was wrong.", "andean-coast-community"],
    [
      "an exchange",
      "Macron spoke at the Valdoria Stock Exchange, which said it would list bonds.",
      "valdoria-stock-exchange",
    ],
    [
      "an office of a holder",
      "The talks went well, the Norwegian Prime Minister's Office said.",
      "norwegian-prime-ministers-office",
    ],
  ])("%s", (_, text, key) => {
    expect(actor(text, key)?.kind).toBe("organization");
  });

  it.each([
    ["a country's adjective", "Kenyan president Maria Okafor criticised Macron."],
    ["a person's surname", "Johnson spokesman Okeyo Wanjala criticised Macron."],
    ["a portfolio", "Defence secretary Okeyo Wanjala criticised Macron."],
    ["an office in capitals", "Senate Leader Okeyo Wanjala criticised Macron."],
  ])("takes no organisation from %s before an office", (_, text) => {
    expect(extract(text).actors.filter((found) => found.kind === "organization")).toEqual([]);
  });

  it("reads an acronym the text defines as the same organisation later", () => {
    const extraction = extract(
      "The Northern Fisheries Authority (NFA) met on Monday. Later the NFA accused Macron of delay.",
    );
    expect(relationsOf(extraction, "statement")).toEqual([
      "northern-fisheries-authority statement emmanuel-macron",
    ]);
    expect(
      actor("The Northern Fisheries Authority (NFA) met.", "northern-fisheries-authority")?.aliases,
    ).toContain("NFA");
  });

  it.each([
    [
      "the initials of its words",
      "The Grain and Seed Administration met on Monday. Later the GSA accused Macron of delay.",
      "grain-and-seed-administration",
    ],
    [
      "the initials without the country's abbreviation before them",
      "The U.S. Coastal Fisheries Agency met on Monday. Macron said the CFA had acted late.",
      "u-s-coastal-fisheries-agency",
    ],
    [
      "the initials of its words and its 'of', the acronym speaking first as a name of its own",
      "The Economic Community of Coastal Traders met on Monday. ECOCT said Macron had acted late.",
      "economic-community-of-coastal-traders",
    ],
  ])("reads an acronym the text does not define as %s", (_, text, key) => {
    const statements = relationsOf(extract(text), "statement");
    expect(
      statements.some((relation) => relation.includes(key) && relation.includes("emmanuel-macron")),
    ).toBe(true);
  });

  it("takes a name that defines its initials for an organisation, whose initials then are not a known actor's", () => {
    const extraction = extract(
      "The Pakistan Tehreek-e-Insaf (PTI) party has written to the IMF. PTI spokesman Okeyo Wanjala said Macron had erred.",
    );
    const keys = extraction.actors.map((found) => found.key);
    expect(keys).toContain("pakistan-tehreek-e-insaf");
    expect(keys).not.toContain("press-trust-of-india");
    expect(relationsOf(extraction, "statement")).toContain(
      "pakistan-tehreek-e-insaf statement international-monetary-fund",
    );
  });

  it("keeps one actor when the acronym was first taken for a name of its own", () => {
    const keys = extract(
      "The Economic Community of Coastal Traders met on Monday. ECOCT said Macron had acted late.",
    ).actors.map((found) => found.key);
    expect(keys.sort()).toEqual(["economic-community-of-coastal-traders", "emmanuel-macron"]);
  });

  it("does not read an acronym of two letters, or one that names a known actor, as initials", () => {
    const extraction = extract("The European Fisheries Union met. Macron said the EU had acted late.");
    expect(relationsOf(extraction, "statement")).toEqual(["emmanuel-macron statement european-union"]);
  });

  it("reads initials as the article's organisation when it never names the known actor of those letters", () => {
    const text = "When the International Cricket Council met, Maria Okafor said the ICC had erred.";
    expect(relationsOf(extract(text), "statement")).toEqual([
      "maria-okafor statement international-cricket-council",
    ]);
    expect(actor(text, "international-cricket-council")?.label).toBe("International Cricket Council");
  });

  it("keeps the known actor for initials when the article names it in full", () => {
    const text =
      "The International Criminal Court and the International Cricket Council met. Maria Okafor said the ICC had erred.";
    expect(relationsOf(extract(text), "statement")).toEqual([
      "maria-okafor statement international-criminal-court",
    ]);
  });

  it("reads 'This Senate' in a quotation as the Senate, one actor", () => {
    const keys = extract(
      "The Northern Senate met on Monday. “This Northern Senate will not accept it,” said Maria Okafor.",
    ).actors.map((found) => found.key);
    expect(keys.filter((key) => key.includes("senate"))).toEqual(["northern-senate"]);
  });

  it("does not take 'the Trump Administration' for an agency", () => {
    expect(
      extract("The Trump Administration said Macron was wrong.").actors.filter(
        (found) => found.kind === "organization",
      ),
    ).toEqual([]);
  });

  it("reads a shorter name used later as the longer one", () => {
    const extraction = extract(
      "The Supreme Court of Freedonia ruled on Monday. Macron said the Supreme Court was wrong.",
    );
    expect(relationsOf(extraction, "statement")).toEqual([
      "emmanuel-macron statement supreme-court-of-freedonia",
    ]);
  });

  it("does not take a head word alone at a sentence's start, or a number, for an organisation", () => {
    const extraction = extract(
      "Police said Macron told the General Assembly 18 months ago that he would act.",
    );
    expect(extraction.actors.map((found) => found.key)).not.toContain("police");
    expect(extraction.actors.map((found) => found.key)).toContain("general-assembly");
  });

  it.each([
    [
      "an agreement that defines its initials",
      "Macron praised the Coastal Economic Cooperation Agreement (CECA).",
    ],
    ["a treaty", "Macron cited the Northern Fisheries Treaty and the Coastal Partnership."],
    ["a dialogue", "Macron hosted the Coastal-Northern Dialogue."],
  ])("does not take %s for an organisation", (_, text) => {
    expect(extract(text).actors.map((found) => found.key)).toEqual(["emmanuel-macron"]);
  });
});

it("ends an organisation's name where another country's begins", () => {
  const extraction = extract(
    "Chile's Ministry of Trade, Industry and Energy and Peru's Ministry of Economy met Macron on Friday.",
  );
  expect(actorKeys(extraction)).toEqual([
    "chiles-ministry-of-trade-industry-and-energy",
    "emmanuel-macron",
    "perus-ministry-of-economy",
  ]);
});

it("ends an organisation's name where people are listed after it", () => {
  const extraction = extract("The Ministry of Finance, Macron and Scholz met on Monday.");
  expect(actorKeys(extraction)).toEqual(["emmanuel-macron", "ministry-of-finance", "olaf-scholz"]);
});

describe("organisations named by their initials", () => {
  it("takes initials the text defined for the organisation named in full, not a second one", () => {
    const extraction = extract(
      "The Northern Fisheries Authority (NFA) met on Monday. NFA said Macron had erred.",
    );
    expect(actorKeys(extraction)).toEqual(["emmanuel-macron", "northern-fisheries-authority"]);
  });

  it.each([
    [
      "written as a word",
      "The Northern Fisheries Authority (Nofa) met on Monday. Nofa said Macron had erred.",
    ],
    [
      "of a name with no head word",
      "The National Union of Metalworkers of Kenya (Numk) met on Monday. Numk said Macron had erred.",
    ],
  ])("takes defined initials %s for the organisation named in full", (_, text) => {
    const extraction = extract(text);
    expect(extraction.actors.map((found) => found.kind).sort()).toEqual(["organization", "person"]);
    expect(relationsOf(extraction, "statement")).toHaveLength(1);
  });

  it("leaves an outlet's initials to the outlet it is, where they do not speak", () => {
    const extraction = extract("Okeyo Wanjala told the state news agency KVRB that Macron had erred.");
    expect(extraction.actors.find((found) => found.key === "kvrb")?.kind).toBe("media");
    expect(relationsOf(extraction, "citation")).toEqual(["kvrb citation okeyo-wanjala"]);
  });

  it("reads no place a speaker speaks of as a person", () => {
    expect(actor("Macron said that Lake Victoria was drying up.", "lake-victoria")).toBeUndefined();
  });

  it("keeps a company that a speaker thanks an organisation, not a person", () => {
    expect(actor("Macron thanked Kestrel Mining for its support.", "kestrel-mining")?.kind).toBe(
      "organization",
    );
  });

  it("reads no initials as an organisation that neither speak nor follow a word for their kind", () => {
    expect(actor("Macron met KPRA officials in Paris.", "kpra")).toBeUndefined();
  });
});

describe("organisations from the knowledge file", () => {
  it.each([
    ["an acronym", "OPEC said it would cut output, Macron said.", "opec"],
    ["a short form", "Macron said the Fed had acted too late.", "federal-reserve"],
  ])("%s", (_, text, key) => {
    expect(actor(text, key)?.kind).toBe("organization");
  });
});

describe("people found by the shape of a name and its context", () => {
  it.each([
    ["a name that speaks, with no known first name", "Okeyo Wanjala said Macron had erred.", "okeyo-wanjala"],
    ["after an inverted cue", "“Macron has erred,” said Okeyo Wanjala.", "okeyo-wanjala"],
    ["set off after a role", "The priest, Okeyo Wanjala, met Macron.", "okeyo-wanjala"],
    ["after a role noun", "Opposition candidate Okeyo Wanjala met Macron.", "okeyo-wanjala"],
    [
      "with a hyphenated first name",
      "Anna-Lena Brandt, an analyst at Uppsala University, said Macron erred.",
      "anna-lena-brandt",
    ],
    [
      "with an initial",
      "“Macron has erred,” said Robert K. Fenwick, a fellow at the institute.",
      "robert-k-fenwick",
    ],
    [
      "with a capitalised everyday word inside the sentence",
      "Analyst Per Olav Lunde said Macron erred.",
      "per-olav-lunde",
    ],
    [
      "listed with a person",
      "The ministers Jonathan Wanjala and Zorvan Kaddeh fled after the vote.",
      "zorvan-kaddeh",
    ],
    ["listed with a known person", "Macron and Zorvan Kaddeh left early.", "zorvan-kaddeh"],
    ["a name that meets someone", "Teresa Malvar met Macron in Paris.", "teresa-malvar"],
    ["a name met by someone", "Macron spoke by phone with Okeyo Wanjala.", "okeyo-wanjala"],
    ["a name spoken to", "Macron spoke to Okeyo Wanjala on Monday.", "okeyo-wanjala"],
    ["a name that had talks", "Okeyo Wanjala had talks with Macron on Monday.", "okeyo-wanjala"],
    ["a name a speaker accuses", "Macron accused Okeyo Wanjala of lying.", "okeyo-wanjala"],
    ["a name a speaker hits back at", "Macron hit back at Okeyo Wanjala, saying he erred.", "okeyo-wanjala"],
    [
      "a name a speaker appeals to",
      "Macron appealed to Okeyo Wanjala to reopen the border.",
      "okeyo-wanjala",
    ],
    ["a name a speaker presses", "Macron pressed Okeyo Wanjala to reopen the border.", "okeyo-wanjala"],
    [
      "a name expected to meet someone",
      "Okeyo Wanjala is expected to meet Macron next week.",
      "okeyo-wanjala",
    ],
    ["a name that holds a video call", "Okeyo Wanjala held a video call with Macron.", "okeyo-wanjala"],
    ["a name someone receives", "Okeyo Wanjala was received by Macron on Monday.", "okeyo-wanjala"],
    ["a name whose decision a speaker slams", "Macron slammed Okeyo Wanjala's decision.", "okeyo-wanjala"],
    ["a name a speaker says something of", "Macron said that Okeyo Wanjala had erred.", "okeyo-wanjala"],
    [
      "a name whose talks they are",
      "Okeyo Wanjala's talks with Macron ended without a deal.",
      "okeyo-wanjala",
    ],
    [
      "a given name of two hyphenated syllables, family name first",
      "South Korean President Kang Min-seok met Macron.",
      "kang-min-seok",
    ],
    [
      "set off by a role after an institution's name",
      "Teresa Malvar, the Department of Coastal Affairs' undersecretary for policy, met Macron.",
      "teresa-malvar",
    ],
    [
      "after a form of address that is a rank",
      "Commodore Jaime Tolentino told a news conference that Macron had erred.",
      "jaime-tolentino",
    ],
    [
      "the first of two listed after the plural role they hold",
      "The foreign ministers of the two countries, Yuko Hasegawa and Dang Minh Quan, held talks.",
      "yuko-hasegawa",
    ],
    [
      "the second of two listed after the plural role they hold",
      "The foreign ministers of the two countries, Yuko Hasegawa and Dang Minh Quan, held talks.",
      "dang-minh-quan",
    ],
    [
      "after an honorific that is no part of the name",
      "Alhaji Musa Danladi told reporters that Macron had erred.",
      "musa-danladi",
    ],
    [
      "a title, a name no lexicon knows, and the university after 'of'",
      "“Macron has erred,” said Associate Professor Tan Kheng Hock of the National University of Singapore.",
      "tan-kheng-hock",
    ],
    [
      "a name no lexicon knows that speaks after 'of' and its firm",
      "Nomsa Dlamini of Acme Group said Macron had erred.",
      "nomsa-dlamini",
    ],
  ])("%s", (_, text, key) => {
    expect(actor(text, key)?.kind).toBe("person");
  });

  it("takes both family names without the given name for the whole name later", () => {
    const extraction = extract(
      "National Party candidate Óscar Funes Reyes leads. Funes Reyes' campaign spokesman, Héctor Villeda, said the count was fair. He accused Macron of meddling.",
    );
    expect(extraction.actors.map((found) => found.key).sort()).toEqual([
      "emmanuel-macron",
      "hector-villeda",
      "national-party",
      "oscar-funes-reyes",
    ]);
    // "Reyes'" is a possessive: the spokesman, not the candidate, is the one "he" goes on with.
    expect(relationsOf(extraction, "statement")).toContain("hector-villeda statement emmanuel-macron");
  });

  it("takes no people's adjective for a person", () => {
    const keys = extract(
      "The head of the mission, former Costa Rican foreign minister Luis Solano, met Macron.",
    ).actors.map((found) => found.key);
    expect(keys.sort()).toEqual(["emmanuel-macron", "luis-solano"]);
  });

  it("takes a family name written first for the whole name later, not for a company", () => {
    const extraction = extract("President Kang Min-seok met Macron. Kang said the talks went well.");
    expect(extraction.actors.map((found) => `${found.key} ${found.kind}`)).toEqual(
      expect.arrayContaining(["kang-min-seok person"]),
    );
    expect(extraction.actors.find((found) => found.key === "kang")).toBeUndefined();
  });

  it.each([
    ["Trump-era", "The Trump-era tariffs hurt Macron, Okeyo Wanjala said."],
    ["Kremlin-run", "A Kremlin-run channel attacked Macron, Okeyo Wanjala said."],
    ["New York-based", "The New York-based group criticised Macron, Okeyo Wanjala said."],
  ])("does not join an English word after a hyphen to a name: %s", (_, text) => {
    const keys = extract(text).actors.map((found) => found.key);
    expect(keys.filter((key) => /era|run|based/.test(key))).toEqual([]);
  });

  it.each([
    ["a strait", "Across the Davis Strait, Okeyo Wanjala said the patrols would grow."],
    ["an island", "Okeyo Wanjala said the dispute over Hans Island was settled."],
  ])("takes no place named after %s for a person", (_, text) => {
    expect(extract(text).actors.map((found) => found.key)).toEqual(["okeyo-wanjala"]);
  });

  it("keeps the name as written, hyphen and initial included", () => {
    expect(actor("“Macron has erred,” said Robert K. Fenwick.", "robert-k-fenwick")?.label).toBe(
      "Robert K. Fenwick",
    );
  });

  it("keeps a given name's syllable after its hyphen, as Korean and Chinese names are written", () => {
    const text = "South Korean President Park Jae-won met Kenta Morishima. Park said Macron had erred.";
    expect(actor(text, "park-jae-won")?.kind).toBe("person");
    expect(relationsOf(extract(text), "statement")).toEqual(["park-jae-won statement emmanuel-macron"]);
    expect(actor("A Kremlin-backed group met Macron.", "kremlin-backed")).toBeUndefined();
  });

  it("takes no one from a wire story's byline", () => {
    const extraction = extract("Reporting by Okeyo Wanjala; Editing by Anna Brandt and Tom Reed");
    expect(extraction.actors).toEqual([]);
  });
});

describe("people named by surname after a title", () => {
  it.each([
    ["a form of address", "President Okafor said Macron had erred.", "okafor", "Okafor"],
    [
      "a regnal title stays in the name",
      "King Adebayo of Freedonia said Macron had erred.",
      "king-adebayo",
      "King Adebayo",
    ],
  ])("%s", (_, text, key, label) => {
    expect(actor(text, key)?.label).toBe(label);
  });

  it("is the person named in full elsewhere in the article, by any of their names", () => {
    const extraction = extract(
      "Maria Chinedu Okafor won. Later Mr Okafor said Macron erred. Dr Chinedu was pleased.",
    );
    const people = extraction.actors.filter((found) => found.kind === "person").map((found) => found.key);
    expect(people.sort()).toEqual(["emmanuel-macron", "maria-chinedu-okafor"]);
  });

  it("takes no everyday word after a rank for a person", () => {
    expect(extract("Macron said the General Election was fair.").actors.map((found) => found.key)).toEqual([
      "emmanuel-macron",
    ]);
  });

  it("joins a surname alone in one article to the one person of that surname in another", async () => {
    const { buildNetwork } = await import("../../src/pipeline");
    const { network } = buildNetwork([
      { id: "a", text: "T\n\nMaria Okafor met Macron in Paris.", published: "2024-05-01" },
      { id: "b", text: "T\n\nPresident Okafor said Macron had erred.", published: "2024-05-02" },
    ]);
    expect(network.nodes.map((node) => node.key)).toEqual(["emmanuel-macron", "maria-okafor"]);
  });
});

describe("organisations named by what the text says of them", () => {
  it.each([
    [
      "their kind set off after",
      "Macron said NordWave Energi, the Swedish utility, had erred.",
      "nordwave-energi",
    ],
    [
      "their kind written before",
      "Rating agency Sterling Ratings said Macron had erred.",
      "sterling-ratings",
    ],
    [
      "their kind set off after, with a country's possessive",
      "Vellmark, Kenya's largest retailer, said Macron had erred.",
      "vellmark",
    ],
    [
      "an office of state set off after",
      "The Kartellwacht, Germany's cartel office, said Macron had erred.",
      "kartellwacht",
    ],
    [
      "initials that open a name",
      "HK Vellmark, Kenya's largest union, said Macron had erred.",
      "hk-vellmark",
    ],
    ["business words after", "Brightfield Copper shares fell after Macron spoke.", "brightfield-copper"],
    ["a company-shaped name that speaks", "Brightfield Copper said Macron had erred.", "brightfield-copper"],
    [
      "an institution set off after its name",
      "Malacañang, the presidential palace, said Macron had erred.",
      "malacanang",
    ],
    ["a name the notable-entities lexicon knows, that speaks", "Gazprom said Macron had erred.", "gazprom"],
    ["initials that speak", "KPRA said on Wednesday that Macron had erred.", "kpra"],
    [
      "initials that speak after a description set off",
      "The opposition party ZRP, which has criticised spending, said Macron had erred.",
      "zrp",
    ],
    ["initials after a word for their kind", "Consumer group KVRB welcomed Macron's plan.", "kvrb"],
    ["initials before a word for their kind", "The KVRB union said its members backed Macron.", "kvrb"],
    ["their kind written before as one word", "U.S. chipmaker Zorvan said Macron had erred.", "zorvan"],
    [
      "a laboratory's name, acted on",
      "Macron said he would buy New Jersey-based Brightwell Laboratories for $640 million.",
      "brightwell-laboratories",
    ],
    [
      "an analyst's workplace shaped like a person's name",
      "“Macron has erred,” Jane Roe, an analyst at Morgan Stanley, wrote in a note.",
      "morgan-stanley",
    ],
    [
      "an economist's workplace shaped like an everyday phrase",
      "Jane Roe, Asia economist at Capital Economics, said Macron had erred.",
      "capital-economics",
    ],
    [
      "a name that speaks of itself as 'it'",
      "Yiaga Africa, in its statement, said Macron had erred.",
      "yiaga-africa",
    ],
  ])("%s", (_, text, key) => {
    expect(actor(text, key)?.kind).toBe("organization");
  });

  it("hears the analyst set off before the workplace speak, not the workplace", () => {
    expect(
      relationsOf(
        extract("Jane Roe, Asia economist at Capital Economics, said Macron had erred."),
        "statement",
      ),
    ).toEqual(["jane-roe statement emmanuel-macron"]);
  });

  it("keeps a person who speaks of something as 'it' a person", () => {
    expect(actor("Jane Roe said its profit fell.", "jane-roe")?.kind).toBe("person");
  });

  it("reads 'Chief Economist' as a role, not the outlet called the Economist", () => {
    const keys = extract("Jane Roe, Chief Economist at Banco Pintado, said Macron had erred.").actors.map(
      (found) => found.key,
    );
    expect(keys).not.toContain("the-economist");
    expect(actor("Jane Roe told the Economist that Macron had erred.", "the-economist")?.kind).toBe("media");
  });

  it("reads the company's short name and 'the company' as the company", () => {
    const extraction = extract(
      "NordWave Energi, the Swedish utility, cut its forecast. NordWave said Macron had erred. " +
        "Scholz said the company was wrong.",
    );
    expect(relationsOf(extraction, "statement")).toEqual([
      "nordwave-energi statement emmanuel-macron",
      "olaf-scholz statement nordwave-energi",
    ]);
  });

  it("reads 'the British government' as the country", () => {
    expect(relationsOf(extract("Macron urged the British government to act."), "statement")).toEqual([
      "emmanuel-macron statement united-kingdom",
    ]);
  });
});

describe("outlets", () => {
  it("cites the article's own outlet, as its manifest names it, after a cue", async () => {
    const { extractArticle } = await import("../../src/pipeline/extract-article");
    const { gazetteer } = await import("./helpers");
    const extraction = extractArticle(
      {
        id: "a",
        text: "T\n\nMaria Okafor told Meridian by telephone that Macron had erred.",
        source: "Meridian",
      },
      gazetteer,
    );
    expect(
      extraction.relations.filter((r) => r.type === "citation").map((r) => `${r.source} ${r.target}`),
    ).toEqual(["meridian maria-okafor"]);
  });

  it.each([
    ["KTV's AM program", "Maria Okafor told KTV's AM program on Tuesday that Macron had erred."],
    ["the KTV's Today programme", "Maria Okafor told the KTV's Today programme that Macron had erred."],
  ])("cites the outlet whose programme a person told: %s", (_, text) => {
    const extraction = extract(text);
    expect(relationsOf(extraction, "citation")).toEqual(["ktv citation maria-okafor"]);
    expect(actorKeys(extraction)).toEqual(["emmanuel-macron", "ktv", "maria-okafor"]);
  });

  it("cites the article's own outlet for 'told our reporter'", async () => {
    const { extractArticle } = await import("../../src/pipeline/extract-article");
    const { gazetteer } = await import("./helpers");
    const extraction = extractArticle(
      { id: "a", text: "T\n\nMaria Okafor told our reporter that Macron had erred.", source: "The Meridian" },
      gazetteer,
    );
    expect(
      extraction.relations.filter((r) => r.type === "citation").map((r) => `${r.source} ${r.target}`),
    ).toEqual(["meridian maria-okafor"]);
  });

  it("reads 'The Australian government' as the country, not an outlet of that name", () => {
    expect(relationsOf(extract("The Australian government said Macron had erred."), "statement")).toEqual([
      "australia statement emmanuel-macron",
    ]);
  });

  it.each([
    ["a regional bloc", "Mercosur said Macron had erred.", "mercosur statement emmanuel-macron"],
    [
      "a known body glossed by its initials in brackets",
      "The Caribbean Community (CARICOM) urged Macron to act.",
      "caribbean-community statement emmanuel-macron",
    ],
  ])("knows %s from the knowledge file", (_, text, expected) => {
    expect(relationsOf(extract(text), "statement")).toEqual([expected]);
  });

  it.each([
    [
      "a known outlet after 'The'",
      "Maria Okafor told The Straits Times that Macron had erred.",
      "the-straits-times",
    ],
    ["a paper's name", "Maria Okafor told the Eastern Observer that Macron had erred.", "eastern-observer"],
    ["a radio station's name", "Maria Okafor told Radio Lumen that Macron had erred.", "radio-lumen"],
    [
      "a name whose interview was published",
      "In an interview with Dawnlight published on Wednesday, Maria Okafor said Macron had erred.",
      "dawnlight",
    ],
    ["a channel's number", "Maria Okafor told Danish broadcaster TV 2 that Macron had erred.", "tv-2"],
  ])("finds %s after a cue", (_, text, key) => {
    expect(actor(text, key)?.kind).toBe("media");
  });
  it("finds an outlet introduced by what it is as the subject of a reporting verb, and cites who speaks", () => {
    const extraction = extract(
      "Kenya's state broadcaster Radio Savanna reported that Maria Okafor had told Macron the border would open.",
    );
    expect(
      actor("Kenya's state broadcaster Radio Savanna reported that Macron had left.", "radio-savanna")?.kind,
    ).toBe("media");
    expect(relationsOf(extraction, "citation")).toEqual(["radio-savanna citation maria-okafor"]);
  });
});

describe("names at the start of a sentence", () => {
  it("keep a hyphenated first name whole", () => {
    expect(actor("Jean-Marc Fontaine said Macron had erred.", "jean-marc-fontaine")?.kind).toBe("person");
  });

  it("do not take an analyst at a bank for the bank", () => {
    expect(
      actor("Maria Okafor, an analyst at Lindqvist Bank, said Macron erred.", "maria-okafor")?.kind,
    ).toBe("person");
  });

  it.each([
    ["a group", "Northbridge Capital Group was fined on Monday. Northbridge said Macron erred."],
    ["an airline", "Nordlys Airways was fined on Monday. Nordlys said Macron erred."],
  ])("reads the first word of %s found by its last word as the company", (_, text) => {
    const organizations = extract(text).actors.filter((found) => found.kind === "organization");
    expect(organizations).toHaveLength(1);
    expect(relationsOf(extract(text), "statement")).toEqual([
      `${organizations[0]?.key} statement emmanuel-macron`,
    ]);
  });

  it("reads the one a firm will buy as a company, and no place before '-based' as one", () => {
    const keys = extract(
      "Nordvik will buy Kattegat Mobile. Brightfield would buy New Jersey-based Halden Labs.",
    ).actors.map((found) => found.key);
    expect(keys).toContain("kattegat-mobile");
    expect(keys).not.toContain("new-jersey");
  });

  it("read a company's shorter names as the company", () => {
    const extraction = extract(
      "Hai Lung Marine Resources, a company based in Tema, was fined. Hai Lung Marine said Macron erred.",
    );
    expect(relationsOf(extraction, "statement")).toEqual([
      "hai-lung-marine-resources statement emmanuel-macron",
    ]);
  });
});

describe("where names end", () => {
  it.each([
    [
      "a portfolio after a title's 'for'",
      "Minister for Water Resources Okeyo Wanjala said Macron erred.",
      "okeyo-wanjala",
    ],
    [
      "a portfolio the lexicon does not hold, known by its ending",
      "Minister for Fisheries Okeyo Wanjala said Macron erred.",
      "okeyo-wanjala",
    ],
    [
      "a joint portfolio",
      "Minister for Tourism and Civil Aviation Okeyo Wanjala said Macron erred.",
      "okeyo-wanjala",
    ],
    [
      "the country of a post after a title's 'to'",
      "Ambassador to Kosovo Okeyo Wanjala said Macron erred.",
      "okeyo-wanjala",
    ],
    [
      "a weekday after an organisation's name",
      "Macron said he would visit the Sindh Assembly on Friday.",
      "sindh-assembly",
    ],
  ])("%s", (_, text, key) => {
    expect(actor(text, key)).toBeDefined();
  });

  it("reads a lone head word before a role as the one organisation whose name ends in it", () => {
    const text =
      "The Maritime Commission opened an inquiry. Commission spokesperson Okeyo Wanjala said Macron erred.";
    expect(actor(text, "commission")).toBeUndefined();
    expect(actor(text, "maritime-commission")).toBeDefined();
  });

  it("takes an office of state for an organisation, not a person", () => {
    expect(actor("The Lithuanian Presidency said Macron had erred.", "lithuanian-presidency")?.kind).toBe(
      "organization",
    );
  });
});

describe("a country's institutions", () => {
  it.each([
    ["by possessive", "Kenya's foreign ministry said Macron was wrong.", "kenyan-foreign-ministry"],
    ["by adjective", "The Kenyan defence ministry accused Macron of delay.", "kenyan-defence-ministry"],
    ["in capitals", "Kenya's Foreign Ministry said Macron was wrong.", "kenyan-foreign-ministry"],
    ["a force that acts", "Zimbabwe's military said it had detained Macron.", "zimbabwean-military"],
    [
      "a portfolio of security",
      "Kenya's Security Ministry said Macron was wrong.",
      "kenyan-security-ministry",
    ],
    ["the seat of its head of state", "Kenya's State House said Macron was wrong.", "kenyan-state-house"],
    ["an embassy after initials", "The U.S. Embassy said Macron was wrong.", "american-embassy"],
  ])("%s", (_, text, key) => {
    const found = actor(text, key);
    expect(found?.kind).toBe("organization");
    expect(extract(text).actors.map((other) => other.key)).not.toContain("kenya");
  });

  it("labels a mission with the city it sits in, and keeps it one actor", () => {
    const extraction = extract(
      "The Kenyan embassy in Madrid said Macron was wrong. Kenya's embassy said Macron had erred again.",
    );
    expect(extraction.actors.find((found) => found.key === "kenyan-embassy-in-madrid")?.label).toBe(
      "Kenyan embassy in Madrid",
    );
    expect(extraction.actors.filter((found) => found.kind === "organization")).toHaveLength(1);
  });

  it("keeps a country's missions in two cities apart", () => {
    const extraction = extract(
      "The Kenyan embassy in Madrid said Macron was wrong. Kenya's embassy in Rome said Macron had erred.",
    );
    expect(
      extraction.actors.filter((found) => found.kind === "organization").map((found) => found.key),
    ).toEqual(["kenyan-embassy-in-madrid", "kenyan-embassy-in-rome"]);
  });

  it("reads a name with a people's possessive inside as one", () => {
    expect(
      actor(
        "The Embassy of the People's Republic of Kenya said Macron was wrong.",
        "embassy-of-the-peoples-republic-of-kenya",
      )?.kind,
    ).toBe("organization");
  });

  it("keeps two countries' ministries apart", () => {
    const keys = extract(
      "Kenya's foreign ministry criticised Macron. Uganda's foreign ministry praised Macron.",
    ).actors.map((found) => found.key);
    expect(keys).toEqual(expect.arrayContaining(["kenyan-foreign-ministry", "ugandan-foreign-ministry"]));
  });

  it("is one organisation when a longer name holds the country's ministry, which is no target of its own words", () => {
    const extraction = extract("Japan's Ministry of Foreign Affairs said Macron had backed Tokyo's efforts.");
    expect(extraction.actors.map((found) => found.key).sort()).toEqual(
      ["emmanuel-macron", "japans-ministry-of-foreign-affairs", "japan"].sort(),
    );
    expect(relationsOf(extraction)).toEqual(["japans-ministry-of-foreign-affairs statement emmanuel-macron"]);
  });

  it.each([
    ["vessels", "Okeyo Wanjala said Chinese vessels had acted unlawfully.", "china"],
    ["troops", "Okeyo Wanjala accused Russian troops of shelling the city.", "russia"],
    ["the coast guard", "Okeyo Wanjala condemned the Chinese coast guard's manoeuvres.", "china"],
    ["an adjective the data adds", "Okeyo Wanjala said the Philippine boats had intruded.", "philippines"],
  ])("takes a country acting through its %s as a target", (_, text, country) => {
    expect(relationsOf(extract(text))).toEqual([`okeyo-wanjala statement ${country}`]);
  });

  it("takes no country from unnamed officials, who are no source", () => {
    expect(relationsOf(extract("Chinese officials said Okeyo Wanjala was wrong."))).toEqual([]);
  });

  it("takes no force used as an adjective for an actor", () => {
    expect(extract("Macron opposed the Kenyan military build-up.").actors.map((found) => found.key)).toEqual([
      "emmanuel-macron",
    ]);
  });
});

describe("names that are not the actor they hold", () => {
  it.each([
    ["a continent", "Macron said the cables reach North America.", "united-states"],
    ["a region", "Macron said Northern Ireland would vote.", "ireland"],
    [
      "a surname named in full before",
      "Corazon Villaruel lost. Villaruel said Macron was wrong.",
      "villaruel",
    ],
  ])("%s", (_, text, key) => {
    expect(extract(text).actors.map((found) => found.key)).not.toContain(key);
  });
});

describe("outlets named with a media word", () => {
  it.each([
    [
      "a country's radio",
      "Anna Berg told Swedish Radio on Wednesday that Macron was wrong.",
      "swedish-radio",
    ],
    ["a name before 'radio'", "Anna Berg told DZMM radio on Sunday that Macron was wrong.", "dzmm"],
    [
      "a name after its kind",
      "Anna Berg told the German magazine Der Spiegel that Macron erred.",
      "der-spiegel",
    ],
    ["one quoting", "Interfax quoted Anna Berg as saying that Macron erred.", "interfax"],
    [
      "one publishing an interview",
      "Anna Berg said in an interview published on Sunday by Der Spiegel that Macron erred.",
      "der-spiegel",
    ],
    [
      "one told something in an interview, with no media word in its name",
      "Anna Berg told The Meridian in an interview last week that Macron erred.",
      "the-meridian",
    ],
  ])("%s", (_, text, key) => {
    expect(relationsOf(extract(text), "citation")).toEqual([`${key} citation anna-berg`]);
  });
});

describe("a country's institution", () => {
  it("is one actor however the country is written, labelled as the text first names it", () => {
    const extraction = extract(
      "Kosovo's Foreign Ministry said Macron had erred. The Kosovar foreign ministry later accused Scholz of delay.",
    );
    const ministry = extraction.actors.find((found) => found.kind === "organization");
    expect(ministry?.label).toBe("Kosovo's Foreign Ministry");
    expect(relationsOf(extraction, "statement")).toEqual([
      `${ministry?.key} statement emmanuel-macron`,
      `${ministry?.key} statement olaf-scholz`,
    ]);
  });
});

describe("companies named with a corporate suffix", () => {
  it("are the company of 'the company' and of their shorter names", () => {
    const extraction = extract(
      "Marguerite Tessier, chief executive of Northshield Lithium Corp., spoke on Monday. " +
        "Northshield has never had Chinese shareholders. The company said Macron was wrong.",
    );
    expect(extraction.actors.map((found) => found.key)).not.toContain("chinese");
    expect(relationsOf(extraction, "statement")).toEqual([
      "northshield-lithium-corp statement emmanuel-macron",
    ]);
  });

  it.each([
    [
      "a government of its own",
      "The Cree Nation Government said Macron was wrong.",
      "cree-nation-government statement emmanuel-macron",
    ],
    [
      "a country's government in capitals",
      "The Kenyan Government said Macron was wrong.",
      "kenya statement emmanuel-macron",
    ],
  ])("read %s", (_, text, expected) => {
    expect(relationsOf(extract(text), "statement")).toEqual([expected]);
  });
});
