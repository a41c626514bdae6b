import { describe, expect, it } from "vitest";
import { actorKeys, extract, relationsOf } from "./helpers";

describe("actor recognition and resolution", () => {
  it.each([
    [
      "President Putin met Mr. Putin's aides, and Russian President Vladimir Putin smiled.",
      ["vladimir-putin"],
    ],
    [
      "The Kremlin said Moscow was ready; Washington and the White House disagreed.",
      ["russia", "united-states"],
    ],
    // "Kremlin" here only qualifies his title; the network keeps Russia only if it acts in a relation.
    [
      "Kremlin spokesman Dmitry Peskov said the talks went well. Peskov added more.",
      ["dmitry-peskov", "russia"],
    ],
    ["Neither Vladimir Putin nor Vladimir Zelensky are ready.", ["vladimir-putin", "volodymyr-zelensky"]],
  ])("resolves every mention of %j to one actor", (text, expected) => {
    expect(actorKeys(extract(text))).toEqual(expected);
  });

  it.each([
    [
      "In an interview with Vox, Maria Kovalenko, an expert on Baltic security at the Harbor Institute, said Putin erred.",
      "maria-kovalenko",
      "expert on Baltic security at the Harbor Institute",
    ],
    ["Political analyst Ivo Brandt said the Kremlin will wait.", "ivo-brandt", "Political analyst"],
    [
      "“We wait,” José Álvarez, a senior fellow at the Plaza Forum, told Vox.",
      "jose-alvarez",
      "senior fellow at the Plaza Forum",
    ],
    [
      "Tao Ming (a research fellow at the Eastern Academy) said Russia would wait.",
      "tao-ming",
      "research fellow at the Eastern Academy",
    ],
    ["Spanish Prime Minister Lucia Ferrer said Russia would wait.", "lucia-ferrer", "Spanish Prime Minister"],
    [
      "EU foreign policy chief Aino Virtanen said Russia would wait.",
      "aino-virtanen",
      "EU foreign policy chief",
    ],
    [
      "Chinese Commerce Minister Zhou Wenli said Russia would wait.",
      "zhou-wenli",
      "Chinese Commerce Minister",
    ],
    ["Kenya's finance minister, Otieno Wafula, said Russia would wait.", "otieno-wafula", "finance minister"],
    ["Scholz's spokesman, Henrik Wallner, said Russia would wait.", "henrik-wallner", "Scholz's spokesman"],
    ["Former CIA chief General Ada Kerrigan said Russia would wait.", "ada-kerrigan", "Former CIA chief"],
    [
      "In Lagos, the director general of the Cocoa Council (CCC), Ada Kerrigan, said Russia would wait.",
      "ada-kerrigan",
      "director general of the Cocoa Council (CCC)",
    ],
    [
      "The director general of Nigeria's Cocoa Council, Ada Kerrigan, said Russia would wait.",
      "ada-kerrigan",
      "director general of Nigeria's Cocoa Council",
    ],
  ])("discovers an unknown person with the role the text gives: %j", (text, key, role) => {
    const actor = extract(text).actors.find((candidate) => candidate.key === key);
    expect(actor?.kind).toBe("person");
    expect(actor?.role).toBe(role);
  });

  it("resolves a later surname and a misspelt surname to the person named in full", () => {
    const extraction = extract(
      'In an interview with Vox, Paul de Roche, a professor at the Naval College, said Putin bluffs. "It is a bluff," says Roach. Later Roche said more about Biden.',
    );
    const people = extraction.actors.filter((actor) => actor.kind === "person").map((actor) => actor.key);
    expect(people.sort()).toEqual(["joe-biden", "paul-de-roche", "vladimir-putin"]);
  });

  it("resolves a family name written first when it stands alone later", () => {
    const extraction = extract(
      "South Korean President Moon Jae Ho met Joe Biden on Friday. Moon and Biden had first met in Seoul.",
    );
    expect(relationsOf(extraction, "call")).toEqual(["joe-biden call moon-jae-ho"]);
    expect(extraction.actors.find((actor) => actor.key === "moon-jae-ho")?.aliases).toContain("Moon");
  });

  it("does not merge a person whose surname is another's first word", () => {
    const extraction = extract(
      "President Taro Kenji met Joe Biden. Political analyst Aiko Taro said Biden was wrong.",
    );
    const people = extraction.actors.filter((actor) => actor.kind === "person").map((actor) => actor.key);
    expect(people.sort()).toEqual(["aiko-taro", "joe-biden", "taro-kenji"]);
  });

  it("resolves 'the Russian president' through the title the text gave", () => {
    const extraction = extract(
      "Russian President Vladimir Putin spoke. Later the Russian president warned Biden.",
    );
    expect(extraction.relations.some((r) => r.source === "vladimir-putin" && r.target === "joe-biden")).toBe(
      true,
    );
  });

  it.each([
    ["Photo by Drew Angerer/Getty Images"],
    ["On Monday, the Minsk Agreements were discussed in Kharkiv Oblast."],
    ["The Inflation Reduction Act worries Europe."],
  ])("finds no actor in %j", (text) => {
    expect(extract(text).actors.filter((actor) => actor.kind === "person")).toEqual([]);
  });
});

describe("an everyday word opening a sentence alone", () => {
  it.each([
    [
      "an adverb the lexicon holds only by its adjective",
      "Separately, the Commercial Affairs Department of the Coastal Police Force said it had found nothing.",
    ],
    [
      "an adverb the lexicon holds",
      "Meanwhile, the Commercial Affairs Department of the Coastal Police Force said it had found nothing.",
    ],
  ])("is no actor: %s", (_case, text) => {
    expect(actorKeys(extract(text))).toEqual(["commercial-affairs-department-of-the-coastal-police-force"]);
  });
});

describe("a company named with its legal form", () => {
  it.each([
    [
      "initials before it",
      "AMSTERDAM -- ACML Holding NV said new export controls would not hurt it.",
      "acml-holding-nv",
    ],
    ["a German form", "Brandt Kessel GmbH said its orders fell.", "brandt-kessel-gmbh"],
  ])("is one organisation: %s", (_case, text, key) => {
    const actor = extract(text).actors.find((found) => found.key === key);
    expect(actor?.kind).toBe("organization");
  });
});
