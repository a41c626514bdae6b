import { describe, expect, it } from "vitest";
import { worldCountryActors, withWorldCountries } from "../../src/pipeline/actors/countries";
import { extract, relationsOf } from "./helpers";

describe("countries from the world-countries data", () => {
  const countries = worldCountryActors();
  const find = (label: string) => countries.find((country) => country.label === label);

  it("lists every country and territory of the package, with capitals and demonyms", () => {
    expect(countries.length).toBeGreaterThan(240);
    expect(find("Kenya")?.aliases).toContain("Nairobi");
    expect(find("Kenya")?.adjectives).toContain("Kenyan");
    expect(find("New Zealand")?.adjectives).toContain("New Zealander");
    expect(find("Kenya")?.seats).toEqual(["Nairobi"]);
  });

  it.each([
    ["an ISO code", "Kenya", "KE"],
    ["a capital that is a given name", "Seychelles", "Victoria"],
    ["a capital shared by two territories", "Jamaica", "Kingston"],
    ["another name that is the last word of places' names", "Iceland", "Island"],
  ])("leaves out %s", (_, label, alias) => {
    expect(find(label)?.aliases).not.toContain(alias);
  });

  it("merges a country the knowledge file lists under another name, keeping the file's label", () => {
    const merged = withWorldCountries([{ label: "Turkey", kind: "country", aliases: ["Türkiye"] }]);
    const turkey = merged.filter((actor) => actor.aliases?.includes("Ankara"));
    expect(turkey.map((actor) => actor.label)).toEqual(["Turkey"]);
    expect(turkey[0]?.seats).toEqual(["Ankara"]);
  });

  it("never takes a name the file gives an actor of another kind", () => {
    const merged = withWorldCountries([{ label: "Georgia Fenwick", kind: "person", aliases: ["Georgia"] }]);
    const georgia = merged.find((actor) => actor.kind === "country" && actor.aliases?.includes("Tbilisi"));
    expect(georgia?.aliases).not.toContain("Georgia");
  });
});

describe("countries in articles", () => {
  it.each([
    [
      "a country by name",
      "Kenya said it would reopen the border with Tanzania.",
      ["kenya statement tanzania"],
    ],
    ["a capital for its country", "Nairobi warned Dodoma against any delay.", ["kenya statement tanzania"]],
    [
      "a country's name inside a longer name",
      "Senator Jordan Whitfield said Chad would act.",
      ["jordan-whitfield statement chad"],
    ],
    [
      "a country's name that begins an organisation's",
      "Senator Jordan Whitfield said Kenya Airways would act.",
      ["jordan-whitfield statement kenya-airways"],
    ],
    [
      "a capital after 'that', which opens what is said rather than pointing",
      "Senator Jordan Whitfield said the ministry should demand that Nairobi first explain its plan.",
      ["jordan-whitfield statement kenya"],
    ],
    [
      "no country in a place's name that ends in a place word",
      "Senator Jordan Whitfield said the ship had sailed too close to Tarvo Island.",
      [],
    ],
  ])("%s", (_, text, expected) => {
    expect(relationsOf(extract(text), "statement")).toEqual(expected);
  });

  it("reads a plural demonym as the country, which can be talked about but does not speak", () => {
    const extraction = extract(
      "Finance minister Amira Haddad said Kenyans would pay less. Kenyans said nothing.",
    );
    expect(relationsOf(extraction, "statement")).toEqual(["amira-haddad statement kenya"]);
  });
});
