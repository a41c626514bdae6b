import { describe, expect, it } from "vitest";
import { callsOf, extract } from "./helpers";

const calls = (text: string) =>
  callsOf(text)
    .map((relation) => `${relation.source} ${relation.target} ${relation.status}`)
    .sort();

describe("calls whose two ends stand apart from the call's word", () => {
  it.each([
    [
      "the sentence's subject, after meeting the gerund's object",
      "Foreign Minister Marta Silveira said on Friday, after meeting her counterpart Jorge Pellegrini in Brasilia, that talks would go on.",
      ["jorge-pellegrini marta-silveira held"],
    ],
    [
      "an opening 'After speaking with X,' and the subject after it",
      "After speaking with Jorge Pellegrini on Friday, Marta Silveira said talks would go on.",
      ["jorge-pellegrini marta-silveira held"],
    ],
    [
      "a ministry that summoned an envoy named after the role",
      "Kenya's foreign ministry summoned Polish Ambassador Marek Nowak over the remarks.",
      ["kenyan-foreign-ministry marek-nowak held"],
    ],
    [
      "a summoned envoy set off after a role that names its post",
      "Chile's foreign ministry summoned Peru's ambassador to Chile, Dr Rosa Quispe, on Monday.",
      ["chilean-foreign-ministry rosa-quispe held"],
    ],
    ["not one summoned by someone unnamed", "Ambassador Marek Nowak was summoned on Monday.", []],
    [
      "a call that opens the sentence as its setting, held by the pair that follows",
      "In a separate phone call on Monday, Marta Silveira and Iraqi Prime Minister Jorge Pellegrini discussed trade.",
      ["jorge-pellegrini marta-silveira held"],
    ],
    [
      "a meeting as the setting, with the other after 'with'",
      "During a meeting on Monday, Marta Silveira discussed trade with Jorge Pellegrini.",
      ["jorge-pellegrini marta-silveira held"],
    ],
    [
      "not a statement as the setting",
      "In a statement on Monday, Marta Silveira and Jorge Pellegrini said trade grew.",
      [],
    ],
    [
      "an envoy set off after whose ambassador they are, inside the sentence",
      "The call came a day after Marta Silveira met Vietnam's ambassador in Phnom Penh, Vu Quang Minh, to prepare it.",
      ["marta-silveira vu-quang-minh held"],
    ],
    [
      "the object of 'with' and 'when they met'",
      "Marta Silveira said she had discussed the issue with envoy Jorge Pellegrini when they met in Suva.",
      ["jorge-pellegrini marta-silveira held"],
    ],
    [
      "talks the two co-chair",
      "The ministry said Marta Silveira would co-chair the consultations with her counterpart, Jorge Pellegrini, in Lima on Tuesday.",
      ["jorge-pellegrini marta-silveira planned"],
    ],
    [
      "'sat down with'",
      "When Marta Silveira sat down with her counterpart Jorge Pellegrini in Pattaya on Monday, little was agreed.",
      ["jorge-pellegrini marta-silveira held"],
    ],
    [
      "a pronoun's planned meeting, though an attribution follows the one met",
      "Marta Silveira is due to travel to Beijing next week, where she will meet Jorge Pellegrini, the ministry said.",
      ["jorge-pellegrini marta-silveira planned"],
    ],
    [
      "a summons of an envoy named by the country's adjective alone",
      "Marta Silveira summoned the Peruvian ambassador on Monday.",
      ["marta-silveira peru held"],
    ],
    [
      "talks a person held with a body, a description set off after the name",
      "Marta Silveira, Chile's finance minister, held talks with the International Monetary Fund on Monday.",
      ["international-monetary-fund marta-silveira held"],
    ],
    [
      "a body as the subject of the meeting, with the person it met",
      "The Teachers Union met Education Minister Marta Silveira on Monday.",
      ["marta-silveira teachers-union held"],
    ],
    [
      "a body that met another",
      "Kestrel Mining Corp. met the Competition Commission on Monday.",
      ["competition-commission kestrel-mining-corp held"],
    ],
    ["not a body that met its targets", "Kestrel Mining Corp. met its targets on Monday.", []],
    ["not a summons of courage", "Marta Silveira summoned the courage to speak.", []],
    [
      "the object of 'with' and a meeting in which the verb happened",
      "President Jose Cruz raised the dispute with Premier Li Wen in a brief meeting on the sidelines.",
      ["jose-cruz li-wen held"],
    ],
    [
      "a role set off before the object, and a call after it",
      "Ana Ramos said she had raised the matter with the bank's chief, Paulo Mendes, during a video call last Thursday.",
      ["ana-ramos paulo-mendes held"],
    ],
    [
      "what the object is set off after it, and a call after that",
      "Ana Ramos discussed the rules with Paulo Mendes, the bank's chief, in a video call last Thursday.",
      ["ana-ramos paulo-mendes held"],
    ],
    [
      "a pair set off after the plural role they share",
      "The finance ministers of the two countries, Janis Ozols and Kaja Tamm, held talks in Riga.",
      ["janis-ozols kaja-tamm held"],
    ],
    [
      "a role's country between the title and the name",
      "Prime Minister of Latvia Janis Ozols held a phone conversation with Prime Minister of Estonia Kaja Tamm.",
      ["janis-ozols kaja-tamm held"],
    ],
    [
      "two countries as the subjects of talks",
      "Chile and Bolivia ended another round of negotiations on Monday without a deal.",
      ["bolivia chile held"],
    ],
    ["not two countries that met a target", "Chile and Bolivia met the target.", []],
    [
      "a country and a bloc as the subjects of talks, after a dateline",
      "JAKARTA (AFP) - Indonesia and the European Union will resume talks next week on the nickel ban.",
      ["european-union indonesia planned"],
    ],
    [
      "two companies as the subjects of talks",
      "Kestrel Mining and Halden Pharmaceuticals held talks on Monday.",
      ["halden-pharmaceuticals kestrel-mining held"],
    ],
    [
      "two countries' people who meet, named by their countries' adjectives",
      "Chilean and Bolivian negotiators are due to meet in Lima next week.",
      ["bolivia chile planned"],
    ],
    [
      "the same in a reported clause",
      "The ministry said Chilean and Bolivian leaders met in Lima on Monday.",
      ["bolivia chile held"],
    ],
    ["but not their officials as speakers", "Chilean and Bolivian officials met the target.", []],
    [
      "two countries whose leaders, named before them, met",
      "The deal was set in July, when the leaders of Chile and Bolivia met in Lima.",
      ["bolivia chile held"],
    ],
    [
      "and whose foreign ministers will meet",
      "The foreign ministers of Chile and Bolivia will meet in Lima on Monday.",
      ["bolivia chile planned"],
    ],
    ["but not leaders who met a target", "The leaders of Chile and Bolivia met the target.", []],
    [
      "two ministries whose officials, ranked and named before them, met",
      "Working-level officials from Chile's Ministry of Trade and Bolivia's Ministry of Finance met on Friday.",
      ["bolivias-ministry-of-finance chiles-ministry-of-trade held"],
    ],
    [
      "nor countries for their presidents, people of their own",
      "The Chilean and Bolivian presidents are due to meet in Lima next week.",
      [],
    ],
    [
      "the people of 'the two countries' who meet",
      "Chile and Bolivia clashed over water. Officials from the two countries are due to meet in Lima on Friday.",
      ["bolivia chile planned"],
    ],
    [
      "one named by a surname that is also a town's name",
      "Chief executive Rhys Lancaster said the deal was good. President Karl Lund met Lancaster on July 12.",
      ["karl-lund rhys-lancaster held"],
    ],
    [
      "not a country and a fund that met a target",
      "Chile and the International Monetary Fund met the target.",
      [],
    ],
    [
      "not two countries after 'with'",
      "Officials spoke of their contacts with Chile and Bolivia at the summit.",
      [],
    ],
    [
      "an opening 'During the call,' and the one the subject addressed",
      "During the call, Macron told Scholz that the talks would go on.",
      ["emmanuel-macron olaf-scholz held"],
    ],
    ["not an opening statement", "In a statement, Macron told Scholz that the talks would go on.", []],
    [
      "a visitor received, in the passive",
      "Adama Kone was later received by President Karl Lund on Wednesday evening.",
      ["adama-kone karl-lund held"],
    ],
    [
      "the leader of a delegation received",
      "The adviser, Ibrahim Dikko, received a delegation led by Niger's Minister of Foreign Affairs, Karl Lund, in Abuja.",
      ["ibrahim-dikko karl-lund held"],
    ],
    [
      "a meeting a report says will happen, with 'would'",
      "He added that President Babatunde Olasupo would travel to Niamey to meet the military leader, General Salifou Djibo.",
      ["babatunde-olasupo salifou-djibo planned"],
    ],
    [
      "a journey whose purpose is talks, made by a pronoun's person",
      "President Babatunde Olasupo spoke on Monday. He will then fly to Niamey on Thursday for talks with General Salifou Djibo.",
      ["babatunde-olasupo salifou-djibo planned"],
    ],
    [
      "a journey to meet, reported, with a date's full stop on the way",
      "President Babatunde Olasupo will travel to Niamey on Dec. 12 to sign the accord and to meet General Salifou Djibo, the ministry said.",
      ["babatunde-olasupo salifou-djibo planned"],
    ],
    [
      "a journey made for talks that were held",
      "President Babatunde Olasupo travelled to Niamey last week for talks with General Salifou Djibo.",
      ["babatunde-olasupo salifou-djibo held"],
    ],
    [
      "not a journey to meet a deadline",
      "President Babatunde Olasupo spoke to General Salifou Djibo. He will travel to Niamey to meet the deadline.",
      ["babatunde-olasupo salifou-djibo held"],
    ],
    [
      "a journey to meet an organisation's people",
      "Kestrel Mining reported a loss. President Karl Lund spoke on Monday. He said he would travel to Toronto to meet Kestrel's board on Aug. 15.",
      ["karl-lund kestrel-mining planned"],
    ],
    [
      "an institution met through its people, with no 'the' before it",
      "The Maritime Commission opened an inquiry. President Karl Lund said he had met Commission officials in Oslo.",
      ["karl-lund maritime-commission held"],
    ],
    [
      "not a meeting that only would happen if",
      "Babatunde Olasupo would meet Salifou Djibo only if talks go well.",
      [],
    ],
    [
      "between the ministers set off before their names",
      "The phone call on Tuesday between their foreign ministers, Javier Ortega and Luisa Mejia, was long.",
      ["javier-ortega luisa-mejia held"],
    ],
    [
      "two countries, the second with its long name",
      "Nigeria and the Republic of Niger on Wednesday resumed high-level talks.",
      ["niger nigeria held"],
    ],
    [
      "a chairperson set off before the name, after the means",
      "Karim Zaki also discussed the dam by phone on Tuesday with the chairperson of the African Union Commission, Moussa Traore.",
      ["karim-zaki moussa-traore held"],
    ],
    [
      "a formal title with its portfolio set off before a name no lexicon knows",
      "The adviser, Karl Lund, received a delegation led by Niger's Minister of Foreign Affairs, Issoufou Hamani Garba, in Abuja.",
      ["issoufou-hamani-garba karl-lund held"],
    ],
    ["not two countries' talks with a third", "Chile and Bolivia signed a deal after talks with Peru.", []],
    [
      "a counterpart named right after the title, with no comma",
      "Trade Minister Rosa Pinto and her Chilean counterpart Jorge Pellegrini will meet in Lima on May 23.",
      ["jorge-pellegrini rosa-pinto planned"],
    ],
    [
      "a counterpart set off by commas, as the second subject",
      "Foreign Minister Karl Lund and his Danish counterpart, Jens Holm, held a separate meeting on the sidelines.",
      ["jens-holm karl-lund held"],
    ],
    [
      "what two counterparts agreed, at the meeting that implies",
      "Prime Minister Karl Lund and his Danish counterpart Jens Holm agreed on Saturday to expand security cooperation.",
      ["jens-holm karl-lund held"],
    ],
    ["not two people who only agree", "Karl Lund and Jens Holm agreed that the plan was flawed.", []],
    [
      "'he and Y' as the subjects of a reported call",
      "Karl Lund said he and Mr Jens Holm had spoken by phone on Monday.",
      ["jens-holm karl-lund held"],
    ],
    [
      "a courtesy call paid on someone, though 'called on' is none",
      "Karl Lund later paid a courtesy call on General Secretary Jens Holm. Karl Lund called on Rosa Pinto to resign.",
      ["jens-holm karl-lund held"],
    ],
    [
      "a summit of the leaders of three countries, each two of them, planned after the list",
      "That summit, grouping the leaders of Egypt, Jordan and Iraq, is scheduled to be held in Cairo on November 12.",
      ["egypt iraq planned", "egypt jordan planned", "iraq jordan planned"],
    ],
    [
      "a subject set off, with a title of its own, after the role the sentence opens on",
      "The head of the observation mission, former foreign minister Luis Solano, met separately with Rosa Pinto and Jorge Pellegrini on Tuesday.",
      ["jorge-pellegrini luis-solano held", "luis-solano rosa-pinto held"],
    ],
    [
      "talks between two people with capitalised titles",
      "The dispute is on the agenda of talks between Foreign Minister Rosa Pinto and Secretary of State Jorge Pellegrini.",
      ["jorge-pellegrini rosa-pinto held"],
    ],
    [
      "not one who says that a call was held",
      "Her chief of staff, Jens Holm, said on Wednesday that the premier had spoken by phone with Rosa Pinto.",
      [],
    ],
    [
      "a role whose post follows 'on', set off before the name",
      "Chile's Special Representative on Peru, Rosa Pinto, met Jorge Pellegrini in Lima on Wednesday.",
      ["jorge-pellegrini rosa-pinto held"],
    ],
    [
      "a Malaysian honorific before the name, not part of it",
      "Datuk Seri Karim Zaki and Prime Minister Jens Holm met in Putrajaya.",
      ["jens-holm karim-zaki held"],
    ],
  ])("%s", (_form, text, expected) => {
    expect(calls(text)).toEqual(expected);
  });

  it("reads 'with both candidates' as the two people named before, not the sentence's own", () => {
    const text = [
      "Rosa Pinto and Jorge Pellegrini both claim victory.",
      "President Karl Lund urged calm.",
      "His chief of staff, Jens Holm, said that the president had spoken by phone with both candidates.",
    ].join("\n\n");
    expect(calls(text)).toEqual(["jorge-pellegrini karl-lund held", "karl-lund rosa-pinto held"]);
  });

  it("keeps what the one visited is quoted saying of the visitor, after the call", () => {
    const relations = extract(
      "Karl Lund paid a courtesy call on Jens Holm, who said Lund's visit showed “the trust between us is high.”",
    ).relations.map((relation) => `${relation.type} ${relation.source} ${relation.target}`);
    expect(relations).toEqual(["call jens-holm karl-lund", "statement jens-holm karl-lund"]);
  });

  it("reads 'The two held a call' as the two people named in the sentence before", () => {
    const text =
      "Rosa Pinto met Jorge Pellegrini in Lima in March. The two held a video call on Monday to close the gaps.";
    const held = callsOf(text);
    expect(held.map((call) => `${call.source} ${call.target} ${call.subtype}`)).toEqual([
      "jorge-pellegrini rosa-pinto meeting",
      "jorge-pellegrini rosa-pinto video",
    ]);
  });

  it("reads 'the presidents of A and B will meet' as the two presidents, apart from the call they held", () => {
    const found = callsOf(
      "Panamanian President Ricardo Almengor and Colombian President Esteban Caicedo Ruiz spoke. " +
        "The presidents of Panama and Colombia will meet next Thursday in the border village.",
      "2025-02-13",
    );
    expect(found.map((call) => `${call.source} ${call.target} ${call.status} ${call.date}`).sort()).toEqual([
      "esteban-caicedo-ruiz ricardo-almengor held 2025-02-13",
      "esteban-caicedo-ruiz ricardo-almengor planned 2025-02-20",
    ]);
  });

  it("reads a call after which the subject will act as planned", () => {
    expect(calls("After speaking with Karl Lund, Maria Okafor plans to brief the cabinet.")).toEqual([
      "karl-lund maria-okafor planned",
    ]);
  });

  it("reads a meeting the two heads of government agreed to as planned, on its own day", () => {
    const found = callsOf(
      "Prime Minister Janis Ozols spoke by phone with Prime Minister Kaja Tamm on Monday. " +
        "The two heads of government also agreed to meet in Riga on October 11.",
      "2023-10-03",
    );
    expect(found.map((call) => `${call.status} ${call.date}`).sort()).toEqual([
      "held 2023-10-02",
      "planned 2023-10-11",
    ]);
  });
});
