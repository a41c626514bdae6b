import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/pipeline/text/sentences";
import { extractArticle } from "../../src/pipeline/extract-article";
import { callsOf, extract, gazetteer, relationsOf } from "./helpers";

/** Statements as cue, source and content: every cue form names its speaker and what it is about. */
describe("statement cues", () => {
  it.each([
    ["X called on Y to", "Maria Lindqvist called on Kenya to act.", ["maria-lindqvist statement kenya"]],
    ["X asked Y for", "Maria Lindqvist asked Kenya for new loans.", ["maria-lindqvist statement kenya"]],
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
      "X, in a televised address, told Y to",
      "Okeyo Wanjala, in a televised address, told Macron to leave.",
      ["okeyo-wanjala statement emmanuel-macron"],
    ],
    [
      "X, what X is, said in a statement",
      "Kestrel Steel Association, the European steel lobby, said in a statement that Macron had erred.",
      ["kestrel-steel-association statement emmanuel-macron"],
    ],
    [
      "a broker cut its price target on the stock",
      "Acme Mining shares fell 9%. Jefferies cut its price target on the stock to 190 rupees.",
      ["jefferies statement acme-mining"],
    ],
    [
      "an analyst downgraded the company",
      "UBS analyst Maria Lindqvist downgraded Acme Mining to sell.",
      ["maria-lindqvist statement acme-mining"],
    ],
    [
      "X's office, in its own readout, said",
      "Okeyo Wanjala's office, in its own readout, said Macron had erred.",
      ["okeyo-wanjala statement emmanuel-macron"],
    ],
    [
      "X, during a weekly briefing, had said",
      "Spokesperson Okeyo Wanjala, during a weekly media briefing on Thursday, had said that Macron erred.",
      ["okeyo-wanjala statement emmanuel-macron"],
    ],
    [
      "X, a role at Y, what Y is, told",
      "Maria Lindqvist, an energy analyst at the Nordic Energy Policy Group, a think tank, told reporters that Macron had erred.",
      ["maria-lindqvist statement emmanuel-macron"],
    ],
    [
      "X was quoted by his office as saying",
      "Macron was quoted by his office as saying that Kenya had erred.",
      ["emmanuel-macron statement kenya"],
    ],
    [
      "X, in its annual review, said",
      "The International Monetary Fund, in its annual review of the economy, said Macron had erred.",
      ["international-monetary-fund statement emmanuel-macron"],
    ],
    [
      "according to a statement from X's office",
      "Macron's decision was a mistake, according to a statement from Okeyo Wanjala's office.",
      ["okeyo-wanjala statement emmanuel-macron"],
    ],
    [
      "X's office said",
      "Okeyo Wanjala's office said Macron had erred.",
      ["okeyo-wanjala statement emmanuel-macron"],
    ],
    [
      "X took aim at Y",
      "Okeyo Wanjala took aim at Macron on Monday.",
      ["okeyo-wanjala statement emmanuel-macron"],
    ],
    [
      "X voiced support for Y",
      "Okeyo Wanjala voiced support for Macron.",
      ["okeyo-wanjala statement emmanuel-macron"],
    ],
    [
      "X, an adverb, criticized Y",
      "Okeyo Wanjala sharply criticized Macron on Monday.",
      ["okeyo-wanjala statement emmanuel-macron"],
    ],
    [
      "X pushed back against Y",
      "Okeyo Wanjala pushed back against Macron's claims.",
      ["okeyo-wanjala statement emmanuel-macron"],
    ],
    [
      "X asked Y to",
      "Okeyo Wanjala asked Macron to reconsider.",
      ["okeyo-wanjala statement emmanuel-macron"],
    ],
    [
      "X challenged Y",
      "Okeyo Wanjala challenged Macron to a debate.",
      ["okeyo-wanjala statement emmanuel-macron"],
    ],
    ["X endorsed Y", "Okeyo Wanjala endorsed Macron.", ["okeyo-wanjala statement emmanuel-macron"]],
    [
      "X called Y a name",
      "Biden called Putin a killer in an interview.",
      ["joe-biden statement vladimir-putin"],
    ],
    [
      "X branded Y's words",
      "Scholz branded Macron's remarks irresponsible.",
      ["olaf-scholz statement emmanuel-macron"],
    ],
    [
      "X dismissed Y's proposal as",
      "Macron dismissed Scholz's proposal as naive.",
      ["emmanuel-macron statement olaf-scholz"],
    ],
    [
      "not a place before the verb when the verb has words of its own",
      "In an interview with Reuters in the United States published on Monday, Maria Okafor called the attack “an act of terror”.",
      [],
    ],
    [
      "X ordered Y to",
      "The Supreme Court of Freedonia ordered Macron in December to refrain from any action.",
      ["supreme-court-of-freedonia statement emmanuel-macron"],
    ],
    [
      "analysts at a firm wrote",
      "Macron has had a rough ride, analysts at Halden Securities wrote in a note to clients.",
      ["halden-securities statement emmanuel-macron"],
    ],
    [
      "X, known as Y, said, and Y said",
      "Brazil's foreign ministry, known as Itamaraty, said Guyana was right. Itamaraty said Macron was wrong.",
      ["brazilian-foreign-ministry statement emmanuel-macron", "brazilian-foreign-ministry statement guyana"],
    ],
    [
      "X, who ... a list of names ..., accused Y",
      "Okeyo Wanjala, who serves as Secretary for Investments, Trade and Industry, accused Tanzania of delay.",
      ["okeyo-wanjala statement tanzania"],
    ],
    [
      "X, a role after lower-case words, said",
      "Maria Lindqvist, telecoms analyst at Skagen Research, said Putin had misread the West.",
      ["maria-lindqvist statement vladimir-putin"],
    ],
    [
      "X ruled that",
      "The Supreme Court of Freedonia ruled on Thursday that the Northern Fisheries Authority had overstepped its powers.",
      ["supreme-court-of-freedonia statement northern-fisheries-authority"],
    ],
    ["not 'ruled by'", "Freedonia, ruled by Maria Okafor since 2020, is poor.", []],
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
    [
      "according to a statement from X",
      "According to a statement from the Kenyan foreign ministry, Macron was wrong.",
      ["kenyan-foreign-ministry statement emmanuel-macron"],
    ],
    [
      "X in a city said",
      "The Northern Fisheries Authority in Nairobi said Macron was wrong.",
      ["northern-fisheries-authority statement emmanuel-macron"],
    ],
    [
      "X, speaking at an event, said",
      "Scholz, speaking at a summit in Riga, said Putin had failed.",
      ["olaf-scholz statement vladimir-putin"],
    ],
    [
      "Z quoted X as saying",
      "Interfax quoted Scholz as saying that Putin had failed.",
      ["olaf-scholz statement vladimir-putin"],
    ],
    [
      "..., X was quoted as saying by Z",
      "Putin had failed, Scholz was quoted as saying by the TASS news agency.",
      ["olaf-scholz statement vladimir-putin"],
    ],
    ["X slammed Y", "Macron slammed Scholz over the budget.", ["emmanuel-macron statement olaf-scholz"]],
    ["X hit out at Y", "Macron hit out at Scholz on Monday.", ["emmanuel-macron statement olaf-scholz"]],
    ["X denounced Y", "Macron denounced Scholz's decision.", ["emmanuel-macron statement olaf-scholz"]],
    ["X cautioned Y", "Macron cautioned Scholz against haste.", ["emmanuel-macron statement olaf-scholz"]],
    ["X called for", "Macron called for Scholz to resign.", ["emmanuel-macron statement olaf-scholz"]],
    ["X underscored", "Macron underscored that Scholz had erred.", ["emmanuel-macron statement olaf-scholz"]],
    [
      "X's spokesman said",
      "Macron's spokesman said Scholz was wrong.",
      ["emmanuel-macron statement olaf-scholz"],
    ],
    [
      "the named spokesman of X, not about X",
      "Macron's spokesman, Jean Dupont, said Scholz was wrong.",
      ["jean-dupont statement olaf-scholz"],
    ],
    [
      "Y was accused by X",
      "Macron was accused by Scholz of lying.",
      ["olaf-scholz statement emmanuel-macron"],
    ],
    [
      "Y was told by X",
      "Macron was told by Scholz that the plan would fail.",
      ["olaf-scholz statement emmanuel-macron"],
    ],
    ["not Y in 'Y was warned' with no one after 'by'", "Macron was warned that Scholz would refuse.", []],
    [
      "X sued Y, alleging that",
      "The Coastal Securities Commission on Wednesday sued wealth manager Acme Mining, alleging that its fund misled members.",
      ["coastal-securities-commission statement acme-mining"],
    ],
    [
      "X alleged that",
      "Maria Lindqvist alleged that Acme Mining lied.",
      ["maria-lindqvist statement acme-mining"],
    ],
    ["not 'the alleged' as a cue", "The alleged fraud hurt Acme Mining.", []],
    [
      "X summoned Y's ambassador to protest",
      "Kenya on Thursday summoned Uganda's ambassador to protest against the seizure of its boats.",
      ["kenya statement uganda"],
    ],
    [
      "A, B and C said, each of them",
      "France, Germany and Britain said Iran had erred.",
      ["france statement iran", "germany statement iran", "united-kingdom statement iran"],
    ],
    [
      "President A and Prime Minister B condemned, each of them",
      "Kenyan President Okeyo Wanjala and Ugandan Prime Minister Maria Lindqvist condemned Macron's remarks.",
      ["maria-lindqvist statement emmanuel-macron", "okeyo-wanjala statement emmanuel-macron"],
    ],
    [
      "X opened an investigation into Y's takeover of Z, saying",
      "The Northern Fisheries Authority opened an in-depth investigation into Brightfield Copper's takeover of Halden Mining, saying the deal could raise prices.",
      [
        "northern-fisheries-authority statement brightfield-copper",
        "northern-fisheries-authority statement halden-mining",
      ],
    ],
    [
      "the governments of A, B and C announced, each of them",
      "The military governments of Mali, Burkina Faso and Niger announced that they would leave ECOWAS.",
      [
        "burkina-faso statement economic-community-of-west-african-states",
        "mali statement economic-community-of-west-african-states",
        "niger statement economic-community-of-west-african-states",
      ],
    ],
    [
      "said, a title, then X",
      "“Kenya is formally a partner,” said Associate Professor Okeyo Wanjala.",
      ["okeyo-wanjala statement kenya"],
    ],
    [
      "said, a lower-case role, then X",
      "“Kenya is formally a partner,” said former foreign minister Maria Lindqvist.",
      ["maria-lindqvist statement kenya"],
    ],
    [
      "said X of the body X belongs to",
      "“Kenya is formally a partner,” said Professor Okeyo Wanjala of the Nordic Institute of Policy Studies.",
      ["okeyo-wanjala statement kenya"],
    ],
    [
      "X of a firm whose name holds a role word, said",
      "Nomsa Dlamini of Anchor Capital said Telvaro's shares were cheap.",
      ["nomsa-dlamini statement telvaro"],
    ],
  ])("%s", (_, text, expected) => {
    expect(relationsOf(extract(text), "statement")).toEqual(expected);
  });
});

describe("the topic a statement opens with", () => {
  it.each([
    [
      "asked about",
      "Asked about Chile, Rosa Pinto said the talks would go on.",
      ["rosa-pinto statement chile"],
    ],
    [
      "responding to",
      "Responding to Chile's proposal, Rosa Pinto said the talks would go on.",
      ["rosa-pinto statement chile"],
    ],
    ["but not a place set before the speaker", "In Santiago, Rosa Pinto said the talks would go on.", []],
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
    [
      "'he' in what a person's office says is that person, though another was named since",
      "President Kwabena Mensah spoke to Adebayo Okonjo. Mensah's office said he had told Okonjo that the border would reopen.",
      ["kwabena-mensah statement adebayo-okonjo"],
    ],
    ["an unnamed source is credited to no one", "Putin is unwell, a senior official told Reuters.", []],
    [
      "'according to experts' names no speaker",
      "According to experts, Putin is unwell and Macron knows it.",
      [],
    ],
    [
      "a body, not the one named in its description",
      "The Northern Fisheries Authority (NFA), the United Nations fisheries agency, urged Chile to act.",
      ["northern-fisheries-authority statement chile"],
    ],
    [
      "the principal, not the aide through whom they speak",
      "Governor Pedro Alves, in a statement by his press secretary, Ana Ramos, congratulated Macron.",
      ["pedro-alves statement emmanuel-macron"],
    ],
    [
      "a titled person, not the party named in the description set off after the name",
      "Former Foreign Minister Pedro Alves, now a senior leader of the Workers Party (WP), said Chile was wrong.",
      ["pedro-alves statement chile"],
    ],
    [
      "a person, not the party named after the name with 'of'",
      "Opposition lawmaker Pedro Alves of the Workers Party said Chile was wrong.",
      ["pedro-alves statement chile"],
    ],
    [
      "initials with a word for their kind after them",
      "The KVRB party said Macron had erred.",
      ["kvrb statement emmanuel-macron"],
    ],
    [
      "a body with what it is set off after its name, a country's possessive first",
      "Vellmark, Kenya's largest retailer, said Macron had erred.",
      ["vellmark statement emmanuel-macron"],
    ],
    [
      "a person, not the party named after the name with words of its kind",
      "Opposition lawmaker Pedro Alves of the ruling Workers Party said Chile was wrong.",
      ["pedro-alves statement chile"],
    ],
    [
      "a person, not the party set off after the name",
      "Senator Rosa Pinto, of the Green Party (PV), accused President Pedro Alves of lying.",
      ["rosa-pinto statement pedro-alves"],
    ],
    [
      "a named researcher, not the institute she works at",
      "Rosa Pinto, a researcher at the Brookings Institution, said Chile was wrong.",
      ["rosa-pinto statement chile"],
    ],
    [
      "a pronoun with an adverb before the verb",
      "Mehmet Kaya spoke on Monday. He nonetheless accused Athens of lying.",
      ["mehmet-kaya statement greece"],
    ],
    [
      "a country through its government, named as its possessor",
      "Niger's military government accused Nigeria of lying.",
      ["niger statement nigeria"],
    ],
    [
      "a country through its authorities, with no article",
      "Colombian authorities said Panama was wrong.",
      ["colombia statement panama"],
    ],
    [
      "a shadow minister, whose words about his own country are a relation",
      "Britain's shadow environment secretary, Daniel Okafor, said Britain had failed.",
      ["daniel-okafor statement united-kingdom"],
    ],
    [
      "the sovereign country an adjective names, not a territory named after it",
      "Amnesty International accused French troops and American troops of abuses.",
      ["amnesty-international statement france", "amnesty-international statement united-states"],
    ],
    [
      "a person named only after a long role set off by commas",
      "In a statement, the Special Adviser to the President on Information, Kunle Adeyemi-Bello, said Chile was wrong.",
      ["kunle-adeyemi-bello statement chile"],
    ],
    [
      "the first of two family names, later alone",
      "President Esteban Caicedo Ruiz agreed. Caicedo said last week that Chile would help.",
      ["esteban-caicedo-ruiz statement chile"],
    ],
    [
      "a party, for its unnamed politicians",
      "Opposition politicians from the Party of Socialists accused Chile of lying.",
      ["party-of-socialists statement chile"],
    ],
    [
      "the institute, for its unnamed economists",
      "Economists at the Brookings Institution said Chile was wrong.",
      ["brookings-institution statement chile"],
    ],
  ])("%s", (_, text, expected) => {
    expect(relationsOf(extract(text), "statement")).toEqual(expected);
  });

  it.each([
    ["described after it", "Putin is unwell, a senior official close to the talks told Reuters."],
    [
      "described in a clause set off by commas",
      "Putin is unwell, the source, who had seen him, told Reuters.",
    ],
  ])("credits no citation to an unnamed source %s", (_, text) => {
    expect(relationsOf(extract(text), "citation")).toEqual([]);
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
      "not what the writer dates it by, after it",
      "Macron declared a partnership in February, days before Russia sent troops into Ukraine.",
      [],
    ],
    [
      "but what follows the writer's date set between the verb and 'that'",
      "Macron said on Monday, two days after the vote, that Scholz was wrong.",
      ["emmanuel-macron statement olaf-scholz"],
    ],
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
    [
      "holds the speaker of a speech it reports",
      "Scholz said Mr Macron had told Maria Okafor by telephone that he was fine.",
      ["olaf-scholz statement emmanuel-macron"],
    ],
    [
      "not a place inside a quotation before an inverted cue",
      "“While Macron is loved in Kenya, Scholz is not,” said Maria Lindqvist.",
      ["maria-lindqvist statement emmanuel-macron", "maria-lindqvist statement olaf-scholz"],
    ],
    [
      "not an organisation glossed in brackets before the people it qualifies",
      "“All the (Northern Fisheries Authority) members agree with Macron,” Maria Lindqvist said.",
      ["maria-lindqvist statement emmanuel-macron"],
    ],
    [
      "a country acting through its government, named after 'the government of'",
      "“We have asked the government of Chile to act,” Maria Lindqvist said.",
      ["maria-lindqvist statement chile"],
    ],
    [
      "capitals listed, which stand for their governments, past the first one's place in the quote",
      "“The cash comes from Washington, Moscow and Beijing,” said Maria Lindqvist.",
      ["maria-lindqvist statement china", "maria-lindqvist statement russia"],
    ],
    [
      "a country acting through its side",
      "According to Taras Kovalchuk, the Polish side was open to a deal.",
      ["taras-kovalchuk statement poland"],
    ],
    [
      "a country acting through its security forces",
      "Amnesty International accused Chilean security forces of killing civilians.",
      ["amnesty-international statement chile"],
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

describe("the speaker's country", () => {
  it("is the title's, not the dateline's before it", () => {
    const text =
      "Leaders agree\n\nHANOI -- Japanese Prime Minister Kenji Morisaki met Le Van Khoa on Saturday. “Vietnam is an indispensable partner,” Morisaki told reporters.";
    expect(relationsOf(extract(text), "statement")).toEqual(["kenji-morisaki statement vietnam"]);
  });
});

describe("answers to what was said before", () => {
  it.each([
    [
      "rejected the accusation",
      "Kenya's foreign ministry accused Uganda of stealing fish. Uganda's spokesman, Okeyo Wanjala, rejected the accusation on Thursday.",
      ["kenyan-foreign-ministry statement uganda", "okeyo-wanjala statement kenyan-foreign-ministry"],
    ],
    [
      "dismissed the criticism",
      "Okeyo Wanjala criticised Macron. Macron dismissed the criticism.",
      ["emmanuel-macron statement okeyo-wanjala", "okeyo-wanjala statement emmanuel-macron"],
    ],
    [
      "disputed that account, a sentence later",
      "Okeyo Wanjala said Macron had left early. The talks ended at noon. Maria Lindqvist disputed that account.",
      ["maria-lindqvist statement okeyo-wanjala", "okeyo-wanjala statement emmanuel-macron"],
    ],
    [
      "'In response, X said'",
      "Okeyo Wanjala criticised Macron. In response, Maria Lindqvist said the talks would go on.",
      ["maria-lindqvist statement okeyo-wanjala", "okeyo-wanjala statement emmanuel-macron"],
    ],
    [
      "'X fired back'",
      "Okeyo Wanjala criticised Macron. Maria Lindqvist fired back, calling the claim absurd.",
      ["maria-lindqvist statement okeyo-wanjala", "okeyo-wanjala statement emmanuel-macron"],
    ],
    [
      "not an offer rejected",
      "Okeyo Wanjala criticised Macron. Maria Lindqvist rejected the offer.",
      ["okeyo-wanjala statement emmanuel-macron"],
    ],
    [
      "not an accusation made long before",
      "Okeyo Wanjala criticised Macron. Talks went on. Fish prices rose. Trade grew. Maria Lindqvist rejected the accusation.",
      ["okeyo-wanjala statement emmanuel-macron"],
    ],
  ])("%s answers the last one who spoke", (_, text, expected) => {
    expect(relationsOf(extract(text), "statement").sort()).toEqual(expected);
  });
});

describe("reactions to what the story reports was done", () => {
  it.each([
    [
      "welcomed the penalty, after a dateline",
      "LONDON, Sept 5 (Reuters) - The Northern Fisheries Authority fined Brightfield Copper 40 million pounds on Thursday. The Clean Rivers Trust welcomed the penalty but said it came too late.",
      ["clean-rivers-trust statement northern-fisheries-authority"],
    ],
    [
      "criticised the decision",
      "The Northern Fisheries Authority banned trawling on Monday. Okeyo Wanjala criticised the decision.",
      ["okeyo-wanjala statement northern-fisheries-authority"],
    ],
    [
      "not when the first sentence opens with no actor",
      "Trawling is banned from Monday. The Northern Fisheries Authority said so. Okeyo Wanjala criticised the decision.",
      [],
    ],
    [
      "not when the reaction names its target",
      "The Northern Fisheries Authority banned trawling on Monday. Okeyo Wanjala criticised Macron's decision.",
      ["okeyo-wanjala statement emmanuel-macron"],
    ],
  ])("%s is one to the actor the story opens with", (_, text, expected) => {
    expect(relationsOf(extract(text), "statement").sort()).toEqual(expected);
  });
});

describe("what a statement is not about", () => {
  it.each([
    [
      "'the government' of a minister, who means their own",
      "Talks stall\n\nKAMPALA, May 2 (Reuters) - Mining Minister Rosa Pinto said the government remained committed to Macron's plan.",
      ["rosa-pinto statement emmanuel-macron"],
    ],
    [
      "but 'the government' an opposition leader accuses",
      "Talks stall\n\nKAMPALA, May 2 (Reuters) - Opposition leader Rosa Pinto said the government had failed.",
      ["rosa-pinto statement uganda"],
    ],
    [
      "and 'the government' the president of a body the article names urges",
      "Talks stall\n\nKAMPALA, May 2 (Reuters) - ULS president Rosa Pinto urged the government to publish the deal.",
      ["rosa-pinto statement uganda"],
    ],
    [
      "a second actor set in a phrase of place or circumstance",
      "Analyst Rosa Pinto said Kenya would challenge the duties before the World Trade Organization.",
      ["rosa-pinto statement kenya"],
    ],
    [
      "or after 'of'",
      "Analyst Rosa Pinto said Canada had defended the unity of Kenya.",
      ["rosa-pinto statement canada"],
    ],
    [
      "nor one that acted, named after 'by'",
      "Analyst Rosa Pinto said Canada had been criticised by the Kenyan government.",
      ["rosa-pinto statement canada", "rosa-pinto statement kenya"],
    ],
    [
      "but not a second actor that is what something is about",
      "Analyst Rosa Pinto said Canada was worried about China.",
      ["rosa-pinto statement canada", "rosa-pinto statement china"],
    ],
    [
      "an envoy's own country, written before a role set off before the name",
      "Chile's Ambassador to Peru, Rosa Pinto, said Chile would fund the cameras.",
      [],
    ],
    [
      "but the country an envoy is posted to",
      "Chile's Ambassador to Peru, Rosa Pinto, said Peru would fund the cameras.",
      ["rosa-pinto statement peru"],
    ],
    [
      "what the people of a body say of the whole it is part of, named by its seat",
      "The European Commission opened an inquiry. Commission spokesperson Rosa Pinto said Brussels would act.",
      [],
    ],
    [
      "an official's own state, named by its capital as the subject of what they report",
      "Foreign Minister Rosa Pinto said on Monday that Kampala regretted Macron's decision.",
      ["rosa-pinto statement emmanuel-macron"],
    ],
    [
      "but an analyst's words about a capital",
      "Analyst Rosa Pinto said Kampala regretted the decision.",
      ["rosa-pinto statement uganda"],
    ],
    [
      "the body the speaker is named as belonging to, after 'of'",
      "“Acme Capital was wrong on Macron,” said Professor Okeyo Wanjala of Acme Capital.",
      ["okeyo-wanjala statement emmanuel-macron"],
    ],
    [
      "the party whose member the speaker is named as, before the name",
      "The Liberal Party's Okeyo Wanjala said the Liberal Party would not work with Macron.",
      ["okeyo-wanjala statement emmanuel-macron"],
    ],
    [
      "the ministry a minister's portfolio names",
      "The Ministry of Home Affairs moved 40 officers. Home Minister Okeyo Wanjala said the Ministry of Home Affairs would respect Macron's view.",
      ["okeyo-wanjala statement emmanuel-macron"],
    ],
    [
      "a country where an event takes place",
      "Maria Lindqvist said Macron would attend the summit in Kenya.",
      ["maria-lindqvist statement emmanuel-macron"],
    ],
    [
      "three or more countries listed as places",
      "Maria Lindqvist said Macron's trucks carry cargo to Zambia, Malawi and Kenya.",
      ["maria-lindqvist statement emmanuel-macron"],
    ],
    [
      "the country where an office of state with no country of its own speaks",
      "At a briefing in Beijing, foreign ministry spokesperson Wang Lixin urged Manila to stop, adding that China was right.",
      ["wang-lixin statement philippines"],
    ],
    [
      "the country of an ambassador's title set off before the name, with where the office is held",
      "The United States ambassador in Manila, Laura Whitcomb, said Washington's treaty covered Manila.",
      ["laura-whitcomb statement philippines"],
    ],
    [
      "but not when two places stand in the sentence",
      "At a briefing in Beijing and in Hanoi, foreign ministry spokesperson Wang Lixin urged Manila to stop, adding that China was right.",
      ["wang-lixin statement china", "wang-lixin statement philippines"],
    ],
    [
      "the party an office names, though the one congratulated on it is",
      "Okeyo Wanjala congratulated Macron on his election as leader of the Liberal Democratic Party.",
      ["okeyo-wanjala statement emmanuel-macron"],
    ],
  ])("is not %s", (_, text, expected) => {
    expect(relationsOf(extract(text), "statement")).toEqual(expected);
  });

  it("is not the dateline's country for an institution of state that names none, nor for an official seen speaking there", () => {
    const extraction = extract(
      "Oil talks stall\n\nGEORGETOWN, Feb 14 (Reuters) - Oil production off Guyana's coast was normal, the Ministry of Natural Resources said. " +
        "Foreign Minister Okeyo Wanjala told a news conference in Georgetown that Guyana would not yield to Macron.",
    );
    expect(relationsOf(extraction, "statement")).toEqual(["okeyo-wanjala statement emmanuel-macron"]);
  });

  it("is not the story's country for a minister who names none, seen speaking only outside it", () => {
    const extraction = extract(
      "Tariffs rise\n\nOTTAWA, June 1 (Reuters) - Canada's government protested on Friday. " +
        "Finance Minister Okeyo Wanjala told reporters in Whistler that Canada would impose tariffs on Macron's exports.",
    );
    expect(relationsOf(extraction, "statement")).toEqual(["okeyo-wanjala statement emmanuel-macron"]);
  });

  it.each([
    ["before the role", "Rosa Pinto, a Kenya analyst at Acme Capital,"],
    ["as the field after it", "Rosa Pinto, an expert on Kenyan affairs at Acme Capital,"],
  ])("is about the country a commentator studies, named %s", (_, speaker) => {
    const extraction = extract(`${speaker} said Kenya would lose Macron's support.`);
    expect(relationsOf(extraction, "statement")).toEqual([
      "rosa-pinto statement emmanuel-macron",
      "rosa-pinto statement kenya",
    ]);
  });

  it("is about the country an expert's institute stands in, and the one a former official served", () => {
    const extraction = extract(
      "Helena Marsh, a senior fellow at the Arctic Policy Institute in Washington, said the United States was watching. " +
        "Andrei Sokolov, a former Russian trade official, said Russia would gain.",
    );
    expect(relationsOf(extraction, "statement")).toEqual([
      "andrei-sokolov statement russia",
      "helena-marsh statement united-states",
    ]);
  });

  it.each([
    ["a city named as a place in what was said", "Maria Okafor said the company would cut jobs in Oslo.", []],
    [
      "a country qualifying a common noun",
      "Maria Okafor said new U.S. measures would hurt Macron.",
      ["maria-okafor statement emmanuel-macron"],
    ],
    [
      "a country in a noun phrase after a determiner",
      "Maria Okafor said its U.S. business and a Kenyan manufacturing base would help Macron.",
      ["maria-okafor statement emmanuel-macron"],
    ],
    [
      "not a country that is the subject after 'the'",
      "Maria Okafor said the United States has failed Macron.",
      ["maria-okafor statement emmanuel-macron", "maria-okafor statement united-states"],
    ],
    [
      "a country whose named minister is the one spoken of",
      "Maria Okafor said Brazil's foreign minister, Karl Lund, had wronged Macron.",
      ["maria-okafor statement emmanuel-macron", "maria-okafor statement karl-lund"],
    ],
    [
      "a country whose broadcaster reports",
      "Kenya's state broadcaster Radio Savanna reported that Maria Okafor had told Macron the border would open.",
      ["maria-okafor statement emmanuel-macron"],
    ],
    ["a place something is based in", "Maria Okafor praised New Jersey-based Brightwell.", []],
    [
      "the other end of the speaker's meeting",
      "Maria Okafor said the deal was agreed after a meeting between her and Prime Minister Okeyo Wanjala.",
      [],
    ],
    [
      "the country that only says whose",
      "Maria Okafor said the ships ordered from South Korea's Hyundai Mipo Dockyard were late.",
      ["maria-okafor statement hyundai-mipo-dockyard"],
    ],
    [
      "the company an executive runs, when the role names none",
      "Shares in Halvorsen Maritime fell. Chief executive Ingrid Solheim said the company would cut jobs.",
      [],
    ],
    [
      "the outlet's journalist the words were told to",
      "Maria Okafor told the BBC's Karin Lund that Macron had erred.",
      ["maria-okafor statement emmanuel-macron"],
    ],
    [
      "the country a body's description set off after its name makes it one of",
      "The Kartellwacht, Germany's cartel office, said Germany would look at Macron's bid.",
      ["kartellwacht statement emmanuel-macron"],
    ],
    [
      "the speaker's own organisation, named in their role",
      "“The commission does not referee conventions,” Comelec chairman Antonio Salcedo told reporters.",
      [],
    ],
    [
      "the story's country, for a head of state whose title before the name names none",
      "Talks stall\n\nKAMPALA, May 2 (Reuters) - President Rosa Pinto warned that Uganda would retaliate against Macron.",
      ["rosa-pinto statement emmanuel-macron"],
    ],
    [
      "a commentator's own country, named by their university",
      "Rosa Pinto, a professor at the University of Nairobi, said Kenya would lose Macron's support.",
      ["rosa-pinto statement emmanuel-macron"],
    ],
    [
      "a commentator's own country, named by the city they are based in",
      "Rosa Pinto, a Nairobi-based analyst, said Kenya would lose Macron's support.",
      ["rosa-pinto statement emmanuel-macron"],
    ],
    [
      "a commentator's own country, named by their institute's people",
      "Rosa Pinto, a fellow at the Kenyan Institute of Affairs, said Kenya would lose Macron's support.",
      ["rosa-pinto statement emmanuel-macron"],
    ],
    [
      "the speaker's own country, written in the title before the name",
      "Kenya’s Prime Minister Maria Okafor said Kenya would never bend to Macron.",
      ["maria-okafor statement emmanuel-macron"],
    ],
    [
      "a country that completes a title",
      "Macron said he had written to the new Prime Minister of Japan.",
      [],
    ],
  ])("%s", (_, text, expected) => {
    expect(relationsOf(extract(text), "statement")).toEqual(expected);
  });
});

describe("quotations across sentences", () => {
  it("goes on in the last speaker's words when a quotation follows with no cue of its own", () => {
    const extraction = extract(
      "“The talks were hard,” Maria Okafor wrote in a note to clients.\n\n“Macron played a critical role.”",
    );
    expect(relationsOf(extraction, "statement")).toEqual(["maria-okafor statement emmanuel-macron"]);
  });

  it.each([
    [
      "a subject opening the quotation",
      "“Unprecedented times, but Macron played a critical role.”",
      ["emmanuel-macron"],
    ],
    [
      "a subject opening a clause",
      "“Although Macron has been losing, he will not stop.”",
      ["emmanuel-macron"],
    ],
    ["not an object", "“It is what binds Macron and Scholz together.”", []],
    ["not a name after a preposition", "“It did not hurt the way it did with Macron in 1991.”", []],
  ])("takes from a quotation with no cue only what it is about: %s", (_, quotation, targets) => {
    const extraction = extract(`“The talks were hard,” Maria Okafor said.\n\n${quotation}`);
    expect(relationsOf(extraction, "statement")).toEqual(
      targets.map((target) => `maria-okafor statement ${target}`),
    );
  });

  it("reads a title with its country as the person who holds it", () => {
    const extraction = extract(
      "Kenyan President Maria Okafor met Macron.\n\n“Macron is a friend,” the Kenyan President said.",
    );
    expect(relationsOf(extraction, "statement")).toEqual(["maria-okafor statement emmanuel-macron"]);
  });
});

describe("calls a speaker reports in the first person", () => {
  it.each([
    [
      "him, the person named before",
      "Macron was asked about Scholz.\n\n“I spoke to him yesterday,” Maria Okafor said.",
      ["maria-okafor olaf-scholz"],
    ],
    [
      "them, the people named before",
      "“I thank Macron and Scholz. I just spoke to them,” Maria Okafor said.",
      ["emmanuel-macron maria-okafor", "maria-okafor olaf-scholz"],
    ],
  ])("%s", (_, text, expected) => {
    const calls = callsOf(text);
    expect(calls.map((call) => `${call.source} ${call.target}`).sort()).toEqual(expected);
  });
});

describe("statements that report something else", () => {
  it("does not take the other end of a reported meeting for what was said", () => {
    const extraction = extract(
      "Maria Okafor said she had met Kenya's energy minister, Okeyo Wanjala, in Nairobi.",
    );
    expect(relationsOf(extraction, "statement")).toEqual([]);
    expect(relationsOf(extraction, "call")).toEqual(["maria-okafor call okeyo-wanjala"]);
  });

  it("takes the one told by telephone for the other end of a call", () => {
    const extraction = extract("Maria Okafor told President Okeyo Wanjala by telephone that she was fine.");
    expect(relationsOf(extraction, "statement")).toEqual([]);
    expect(relationsOf(extraction, "call")).toEqual(["maria-okafor call okeyo-wanjala"]);
  });

  it("does not read writing for a publication as a statement", () => {
    expect(
      relationsOf(extract("Maria Okafor wrote for Macron Weekly, a site that Scholz founded."), "statement"),
    ).toEqual([]);
  });

  it("does not let an institution speak about the country its name carries", () => {
    expect(relationsOf(extract("The Lithuanian Presidency said Lithuania would act."), "statement")).toEqual(
      [],
    );
  });
});

describe("an embedded post", () => {
  const post =
    "Maria Okafor welcomed the deal in a post.\n\nI thank Macron and Scholz. I just spoke to them from the Oval Office.\n\n" +
    "— Maria Okafor (@mariaokafor) April 12, 2024";

  it("is its author's own words, dated by its signature line", () => {
    const extraction = extract(post, "2024-04-14");
    const statements = extraction.relations.filter((relation) => relation.type === "statement");
    expect(
      statements.map((relation) => `${relation.source} ${relation.target} ${relation.date}`).sort(),
    ).toEqual(["maria-okafor emmanuel-macron 2024-04-12", "maria-okafor olaf-scholz 2024-04-12"]);
  });

  it("reports its author's calls, and an institution's building takes part in nothing", () => {
    const extraction = extract(post, "2024-04-14");
    expect(relationsOf(extraction, "call")).toEqual([
      "emmanuel-macron call maria-okafor",
      "maria-okafor call olaf-scholz",
    ]);
    const ends = extraction.relations.flatMap((relation) => [relation.source, relation.target]);
    expect(ends).not.toContain("oval-office");
  });
});

describe("a body passing on what its own people said or did", () => {
  it.each([
    [
      "its minister's words after the verb",
      "Estonia's foreign ministry said Estonian Foreign Minister Ilse Varga reaffirmed Estonia's support for Latvia.",
      ["ilse-varga statement latvia"],
    ],
    [
      "its president's words before a trailing attribution",
      "Estonian President Anton Berg urged Latvia to reopen the border, Estonia said.",
      ["anton-berg statement latvia"],
    ],
    [
      "its minister's verb inside the quotation it gives",
      "Estonian Foreign Minister Ilse Varga spoke on Monday. “Minister Varga expressed concern that Latvia's measures break the treaty,” the Estonian foreign ministry said.",
      ["ilse-varga statement latvia"],
    ],
    [
      "its spokesman's report of the president's words",
      "Estonian President Anton Berg spoke on Monday. Estonian government spokesman Piet Olsen said President Berg had urged Latvia to reopen the border.",
      ["anton-berg statement latvia"],
    ],
    [
      "what its minister will do, announced",
      "Estonian Foreign Minister Ilse Varga is due to meet Latvia's Foreign Minister Piet Olsen next week, the Estonian foreign ministry said.",
      [],
    ],
  ])("credits the person, not the body: %s", (_case, text, statements) => {
    expect(relationsOf(extract(text), "statement")).toEqual(statements);
  });

  it("keeps a body's word on someone else's (a guard)", () => {
    const text =
      "The Estonian foreign ministry said Latvian Foreign Minister Piet Olsen had insulted Estonia.";
    expect(relationsOf(extract(text), "statement")).toContain(
      "estonian-foreign-ministry statement piet-olsen",
    );
  });
});

describe("an interview printed as questions and answers", () => {
  const interview = (headline: string, intro: string) =>
    extractArticle(
      {
        id: "interview",
        text:
          `${headline}\n\nInterview by Jane Roe\n\n${intro}\n\n` +
          "Macron said on Monday that troops could be sent. How did you react?\n\n" +
          "Macron's words show that Europe is waking up. Mr. Scholz has his own view.\n\n" +
          "Are you worried about Putin?\n\nPutin is counting on our fatigue. I met Scholz in Oslo this month.\n\n" +
          "Where do the talks stand?\n\nThey go on, Putin's aide said.",
        published: "2024-03-01",
      },
      gazetteer,
    );

  it("gives each answer to the interviewee: whom it speaks of, and whom they say they met", () => {
    const extraction = interview(
      "Maria Okafor: 'Europe must wake up'",
      "Kenya's foreign minister, Maria Okafor, was in Paris on Thursday.",
    );
    expect(relationsOf(extraction, "statement")).toEqual([
      "maria-okafor statement emmanuel-macron",
      "maria-okafor statement olaf-scholz",
      "maria-okafor statement vladimir-putin",
    ]);
    expect(relationsOf(extraction, "call")).toEqual(["maria-okafor call olaf-scholz"]);
  });

  it("finds the interviewee in the introduction when the headline names no one", () => {
    const extraction = interview(
      "Europe must wake up",
      "Kenya's foreign minister, Maria Okafor, was in Paris on Thursday, days after Macron spoke.",
    );
    expect(relationsOf(extraction, "statement")).toContain("maria-okafor statement vladimir-putin");
  });

  it("is no interview where a story only asks questions of its own", () => {
    const extraction = extractArticle(
      {
        id: "questions",
        text:
          "Europe wakes up\n\nMaria Okafor was in Paris on Thursday.\n\nWill Europe act?\n\nPutin is counting on fatigue.\n\n" +
          "Can it last?\n\nMacron's words show that Europe is waking up.\n\nWhat next?\n\nScholz has his own view.",
        published: "2024-03-01",
      },
      gazetteer,
    );
    expect(relationsOf(extraction, "statement")).toEqual([]);
  });
});
