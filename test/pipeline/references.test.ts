import { describe, expect, it } from "vitest";
import { extract, relationsOf } from "./helpers";

/** Words that stand for an actor named elsewhere: offices, "the latter", a given name alone. */
describe("references to people named before", () => {
  it.each([
    [
      "the two ministers, the pair named last",
      "Karin Lund met Okeyo Wanjala in Oslo on Monday. The Ministry of Coastal Affairs said the two ministers had discussed gas.",
      [
        "ministry-of-coastal-affairs statement karin-lund",
        "ministry-of-coastal-affairs statement okeyo-wanjala",
      ],
    ],
    [
      "the two leaders, not the spokesman who speaks of them nor the one he speaks for",
      "Adebayo Okonjo spoke with Issoufou Maiga on Friday. Okonjo's spokesman, Tunde Alabi, said the two leaders had agreed to act.",
      ["tunde-alabi statement issoufou-maiga"],
    ],
    [
      "both countries, the pair of countries named last",
      "Guyana accused Venezuela of massing troops. The United Nations called on both countries to exercise restraint.",
      ["guyana statement venezuela", "united-nations statement guyana", "united-nations statement venezuela"],
    ],
    [
      "a group's spokesman with a word before his title",
      "The Verdant Movement attacked the convoy. The group's military spokesman said it would target Macron.",
      ["verdant-movement statement emmanuel-macron"],
    ],
    [
      "not an everyday word as a misspelt surname",
      "Radu Teodorescu spoke on Monday. Ciobanu Mihail told Radio Moldova Macron had erred.",
      ["ciobanu-mihail statement emmanuel-macron"],
    ],
    [
      "the Head of State, the president named before",
      "Head of State Maria Okafor held a call on Monday. The Head of State thanked Macron for his support.",
      ["maria-okafor statement emmanuel-macron"],
    ],
    [
      "the Government leader, the prime minister named before",
      "Prime Minister Maria Okafor spoke on Monday. The Government leader asked Macron to provide new loans.",
      ["maria-okafor statement emmanuel-macron"],
    ],
    [
      "the Deputy PM, the deputy prime minister named before",
      "Deputy Prime Minister Maria Okafor spoke on Monday. The Deputy PM asked Macron to provide new loans.",
      ["maria-okafor statement emmanuel-macron"],
    ],
    [
      "the office a person holds",
      "President Maria Okafor won a second term. Anna Brandt said the president had ignored Macron.",
      ["anna-brandt statement emmanuel-macron", "anna-brandt statement maria-okafor"],
    ],
    [
      "a minister by a modified office",
      "Sweden's energy minister, Karin Lund, met Macron. The energy minister said Macron had erred.",
      ["karin-lund statement emmanuel-macron"],
    ],
    [
      "an office inside a quote",
      "Outgoing President Maria Okafor spoke on Monday. “We will respect our President,” Anna Brandt said.",
      ["anna-brandt statement maria-okafor"],
    ],
    [
      "not an office that someone else is only elected to",
      "President-elect Maria Okafor won. Anna Brandt said the president-elect had ignored Macron.",
      ["anna-brandt statement emmanuel-macron"],
    ],
    [
      "a country's leader by its adjective, the country written before the title",
      "Macron spoke with Senegal's President Amadou Sall on Monday. Speaking on Friday, the Senegalese leader said Macron had listened.",
      ["amadou-sall statement emmanuel-macron"],
    ],
    [
      "the one holder of an office named so far, before a second comes in",
      "Prime Minister Helen Marsh met Macron. Scholz told the prime minister that Macron was right. " +
        "Later, Prime Minister Karl Lund arrived.",
      ["olaf-scholz statement emmanuel-macron", "olaf-scholz statement helen-marsh"],
    ],
    [
      "the latter",
      "Although Anna Brandt backed Macron against Maria Okafor, the latter has said Macron would be respected.",
      ["maria-okafor statement emmanuel-macron"],
    ],
    [
      "the former",
      "Anna Brandt met Maria Okafor on Monday. The former said Macron had erred.",
      ["anna-brandt statement emmanuel-macron"],
    ],
  ])("%s", (_, text, expected) => {
    expect(relationsOf(extract(text), "statement")).toEqual(expected);
  });

  it("reads a given name alone as the one person of the article who has it", () => {
    const extraction = extract(
      "Maria Okafor won on Monday. Later Macron and Maria held their first telephonic conversation.",
    );
    expect(relationsOf(extraction, "call")).toEqual(["emmanuel-macron call maria-okafor"]);
  });
});

describe("'he' for a man whose given name ends in -a", () => {
  it("goes on with the subject named before, not the last man whose name says he is one", () => {
    const extraction = extract(
      "Prime Minister Rajendra Sharma spoke with Macron on Monday. Sharma travelled to Kyiv by train on Friday. " +
        "The visit followed a trip to Poland, where he held talks with Prime Minister Piet Olsen in Warsaw on Thursday.",
    );
    expect(relationsOf(extraction, "call")).toEqual([
      "emmanuel-macron call rajendra-sharma",
      "piet-olsen call rajendra-sharma",
    ]);
  });
});

describe("a family name written before a generation's mark", () => {
  // "Marcus" is a given name too, so only the family name the article registered makes it this person.
  it.each([["Jr."], ["Jnr"], ["III"]])("is the person's later name after %s", (mark) => {
    const extraction = extract(
      `President Daniel Marcus ${mark} won a second term. Marcus is due to host Karin Lund next week.`,
    );
    const key = `daniel-marcus-${mark.replace(".", "").toLowerCase()}`;
    expect(relationsOf(extraction, "call")).toEqual([`${key} call karin-lund`]);
  });
});

describe("attribution that trails its content", () => {
  it.each([
    [
      "the organisation said, after the content",
      "This came after Macron and Scholz disagreed over tariffs, the Ministry of Coastal Affairs said in a statement.",
      [
        "ministry-of-coastal-affairs statement emmanuel-macron",
        "ministry-of-coastal-affairs statement olaf-scholz",
      ],
    ],
    [
      "a scene set before a speaker who names someone",
      "Before Macron arrived, Scholz warned Putin.",
      ["olaf-scholz statement vladimir-putin"],
    ],
    [
      "a speaker after the content, who goes on 'adding that'",
      "Paris lodged a protest with Berlin, Maria Okafor said, adding that the talks were over.",
      ["maria-okafor statement france", "maria-okafor statement germany"],
    ],
  ])("%s", (_, text, expected) => {
    expect(relationsOf(extract(text), "statement")).toEqual(expected);
  });

  it("takes an organisation's full name, not the known name inside it", () => {
    const extraction = extract("Macron told the U.N. General Assembly that he would act.");
    expect(relationsOf(extraction, "statement")).toEqual(["emmanuel-macron statement u-n-general-assembly"]);
  });

  it("lets an adverb stand between the speaker and the verb", () => {
    expect(relationsOf(extract("Macron strongly warned Putin."), "statement")).toEqual([
      "emmanuel-macron statement vladimir-putin",
    ]);
  });
});

describe("calls in the words of readouts", () => {
  it("reads 'exchanged views' as a call", () => {
    expect(relationsOf(extract("Macron and Scholz on Friday exchanged views on trade."), "call")).toEqual([
      "emmanuel-macron call olaf-scholz",
    ]);
  });
});

describe("the government of the story's country", () => {
  it.each([
    [
      "by its dateline",
      "Talks stall\n\nKAMPALA, May 2 (Reuters) - Uganda and Kenya met. The government said Macron had erred.",
      ["uganda statement emmanuel-macron"],
    ],
    [
      "by the country most named",
      "Talks stall\n\nUganda wants a deal. Uganda and Kenya met. Uganda hopes. The government said Macron had erred.",
      ["uganda statement emmanuel-macron"],
    ],
    [
      "not when no country stands out",
      "Talks stall\n\nUganda and Kenya met. The government said Macron had erred.",
      [],
    ],
    [
      "the national government",
      "Talks stall\n\nKAMPALA, May 2 (Reuters) - Opposition leader Okeyo Wanjala called on the national government to act.",
      ["okeyo-wanjala statement uganda"],
    ],
    [
      "the Federal Government, as Nigerian papers write it",
      "Talks stall\n\nKAMPALA, May 2 (Reuters) - Opposition leader Okeyo Wanjala urged the Federal Government to act.",
      ["okeyo-wanjala statement uganda"],
    ],
    [
      "the Government, as Irish and British papers write it",
      "Talks stall\n\nKAMPALA, May 2 (Reuters) - Opposition leader Okeyo Wanjala said the Government had failed.",
      ["okeyo-wanjala statement uganda"],
    ],
    [
      "accused of something with 'of'",
      "Talks stall\n\nKAMPALA, May 2 (Reuters) - Opposition leader Okeyo Wanjala accused the government of negligence.",
      ["okeyo-wanjala statement uganda"],
    ],
    [
      "but not the government of a country named after it",
      "Talks stall\n\nKAMPALA, May 2 (Reuters) - Opposition leader Okeyo Wanjala accused the government of Chad.",
      ["okeyo-wanjala statement chad"],
    ],
    [
      "nor a title that begins with Government",
      "Talks stall\n\nKAMPALA, May 2 (Reuters) - Opposition leader Okeyo Wanjala criticised the Government Chief Whip.",
      [],
    ],
    [
      "urged by a body that bears the country's name but is not the state",
      "Talks stall\n\nKAMPALA, May 2 (Reuters) - The Uganda Transporters Association urged the government to act.",
      ["uganda-transporters-association statement uganda"],
    ],
    [
      "not by an institution of the state itself",
      "Talks stall\n\nKAMPALA, May 2 (Reuters) - The Uganda Revenue Authority urged the government to act.",
      [],
    ],
    [
      "the presidency, named no other way",
      "Talks stall\n\nKAMPALA, May 2 (Reuters) - Uganda and Kenya met. The presidency said Macron had erred.",
      ["ugandan-presidency statement emmanuel-macron"],
    ],
    [
      "the foreign ministry, named no other way",
      "Talks stall\n\nKAMPALA, May 2 (Reuters) - Uganda and Kenya met. The foreign ministry said Macron had erred.",
      ["ugandan-foreign-ministry statement emmanuel-macron"],
    ],
    [
      "but not the foreign ministry named before",
      "Talks stall\n\nKAMPALA, May 2 (Reuters) - Kenya's foreign ministry protested. The foreign ministry said Macron had erred.",
      ["kenyan-foreign-ministry statement emmanuel-macron"],
    ],
    [
      "this government, in a quotation",
      "Talks stall\n\nKAMPALA, May 2 (Reuters) - “This government has failed,” Okeyo Wanjala said.",
      ["okeyo-wanjala statement uganda"],
    ],
  ])("%s", (_, text, expected) => {
    expect(relationsOf(extract(text), "statement")).toEqual(expected);
  });
});

describe("references to organisations named before", () => {
  it.each([
    [
      "the ministry",
      "The Ministry of Coastal Affairs opened an inquiry. The ministry said Macron had erred.",
      ["ministry-of-coastal-affairs statement emmanuel-macron"],
    ],
    [
      "the department",
      "The Department of Coastal Affairs protested. The department said Macron had erred.",
      ["department-of-coastal-affairs statement emmanuel-macron"],
    ],
    [
      "the bureau, as what it did is judged",
      "The Coastal Competition Bureau blocked the deal. Maria Okafor called the bureau's decision “disappointing”.",
      ["maria-okafor statement coastal-competition-bureau"],
    ],
    [
      "the regulator, by the authority it is",
      "The Northern Fisheries Authority fined the boats. The regulator accused Macron of delay.",
      ["northern-fisheries-authority statement emmanuel-macron"],
    ],
    [
      "the Commission, capitalised, for a commission the knowledge file knows",
      "The European Commission opened an inquiry. Maria Okafor said she would work with the Commission.",
      ["maria-okafor statement european-commission"],
    ],
    [
      "the bloc, a union of states",
      "The Economic Community of Coastal States met. Its chairman, Okeyo Wanjala, accused the bloc of delay.",
      ["okeyo-wanjala statement economic-community-of-coastal-states"],
    ],
    [
      "not the party that only qualifies a noun",
      "The Liberal Party met. Okeyo Wanjala said the party machinery was weak.",
      [],
    ],
    [
      "the regulator, by the administration it is",
      "The Coastal Drug Administration warned Acme Pharma. Maria Okafor said the regulator had acted late.",
      [
        "coastal-drug-administration statement acme-pharma",
        "maria-okafor statement coastal-drug-administration",
      ],
    ],
    [
      "a ministry by the word for what it deals with",
      "The Ministry for Digital Affairs and the Ministry of Coastal Affairs met. Maria Okafor accused the digital ministry of delay.",
      ["maria-okafor statement ministry-for-digital-affairs"],
    ],
    [
      "not a ministry whose word fits none named",
      "The Ministry for Digital Affairs met. Maria Okafor accused the finance ministry of delay.",
      [],
    ],
    [
      "the tribunal, the one named a tribunal before a court named later",
      "The Coastal Tribunal blocked the merger. Acme said it would go to the Coastal Appeal Court. Maria Okafor welcomed the tribunal's decision.",
      ["acme statement coastal-appeal-court", "maria-okafor statement coastal-tribunal"],
    ],
    [
      "the president, not the head of a council named as its president",
      "The council's president, Ana Bográn, said the count was fair. President Okeyo Wanjala met the unions. Maria Okafor accused the president of delay.",
      ["maria-okafor statement okeyo-wanjala"],
    ],
    [
      "the prime minister, accused of something",
      "Prime Minister Okeyo Wanjala met the unions. Maria Okafor accused the prime minister of double-dealing.",
      ["maria-okafor statement okeyo-wanjala"],
    ],
    [
      "not the prime minister of another country",
      "Prime Minister Okeyo Wanjala met the unions. Maria Okafor said the prime minister of Chile would come.",
      [],
    ],
    [
      "the regulator, a central bank named before",
      "The Bank of Thailand fined Acme Pay. Maria Okafor said the regulator was too slow.",
      ["maria-okafor statement bank-of-thailand"],
    ],
    [
      "the central bank, a bank named before",
      "The Bank of Thailand held rates. Maria Okafor said the central bank was too slow.",
      ["maria-okafor statement bank-of-thailand"],
    ],
    [
      "the stock, the company the article is about",
      "Acme Mining settled its tax bill. “It removes an overhang on the stock,” said Maria Okafor, an analyst at Halden Bank.",
      ["maria-okafor statement acme-mining"],
    ],
    [
      "the stock, the company sued, not part of the regulator's name",
      "The Coastal Securities and Investments Commission sued Acme Mining. “It hurts,” Maria Okafor wrote, cutting her rating on the stock.",
      ["maria-okafor statement acme-mining"],
    ],
    [
      "the stock, of the company named first, not of the longer name after it",
      "Acme Mining Corp. agreed to pay the state. It will cede shares to Coastal Mining Investments Holdings Plc. “It removes an overhang on the stock,” said Maria Okafor, an analyst at Halden Bank.",
      ["maria-okafor statement acme-mining-corp"],
    ],
    [
      "the merger, of the company the article is about",
      "Acme Mining agreed to buy Halden Copper. Maria Okafor said the merger would raise prices.",
      ["maria-okafor statement acme-mining"],
    ],
    [
      "the lender, a fund",
      "The Northern Development Fund approved the loan. Macron said the lender had acted late.",
      ["emmanuel-macron statement northern-development-fund"],
    ],
    [
      "the court",
      "The Supreme Court of Kenya heard the case. Macron said the court had erred.",
      ["emmanuel-macron statement supreme-court-of-kenya"],
    ],
    [
      "the last of two ministries named before",
      "The Ministry of Coastal Affairs and the Ministry of Inland Waters met. The ministry said Macron erred.",
      ["ministry-of-inland-waters statement emmanuel-macron"],
    ],
    [
      "not one of two ministries when neither was named before",
      "The ministry said Macron erred. The Ministry of Coastal Affairs and the Ministry of Inland Waters met.",
      [],
    ],
    [
      "the group, the organisation named last",
      "Zorvex Holdings bought a mine. The group said Macron had erred.",
      ["zorvex-holdings statement emmanuel-macron"],
    ],
    [
      "not a place for the group",
      "The Verdant party met. Scholz spoke from the Oval Office. Macron said the group had erred.",
      ["emmanuel-macron statement verdant"],
    ],
    [
      "it, for the organisation that spoke last",
      "Chile's Foreign Ministry rejected the protest. It said Macron had been warned.",
      ["chilean-foreign-ministry statement emmanuel-macron"],
    ],
    [
      "it, for the organisation a sentence opens with",
      "The Chilean navy seized a boat. It said Macron had been warned.",
      ["chilean-navy statement emmanuel-macron"],
    ],
    ["not it, for a thing", "The report came out on Monday. It said Macron had been warned.", []],
    [
      "not another ministry named in lower case",
      "The Ministry of Coastal Affairs met. The ministry of finance said Macron erred.",
      [],
    ],
  ])("%s", (_, text, expected) => {
    expect(relationsOf(extract(text), "statement")).toEqual(expected);
  });
});
