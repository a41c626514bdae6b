import worldCountries from "world-countries";
import type { KnownActor } from "../input";
import { isCommonWord, isFirstName } from "../lexicon/names";
import { PLACE_HEADS } from "../lexicon/words";
import { foldName } from "../text/normalize";

/** The fields of a world-countries record that name a country. */
interface CountryRecord {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { f: string; m: string } };
  independent?: boolean | null;
}

// Only names as English news writes them: Latin letters, no "Korea, Republic of" inversions.
const ENGLISH_NAME = /^[\p{Script=Latin}\s.'’()-]+$/u;

/** A capital that is also a given name or an everyday word ("Victoria", "Male") would name a country by mistake. */
const isAmbiguousWord = (name: string) => !name.includes(" ") && (isFirstName(name) || isCommonWord(name));

function capitalsOf(record: CountryRecord, shared: ReadonlySet<string>): string[] {
  return (record.capital ?? []).filter(
    (capital) => ENGLISH_NAME.test(capital) && !shared.has(capital) && !isAmbiguousWord(capital),
  );
}

function namesOf(record: CountryRecord): string[] {
  const codes = new Set([record.cca2, record.cca3]);
  // Iceland's "Island" would make "Huangyan Island" Iceland: a word that ends places' names names none.
  const alternatives = record.altSpellings.filter(
    (name) =>
      !codes.has(name) &&
      !name.includes(",") &&
      ENGLISH_NAME.test(name) &&
      !PLACE_HEADS.has(name.toLowerCase()),
  );
  return [record.name.official, ...alternatives].filter((name) => name !== record.name.common);
}

/**
 * Every country and territory of the world-countries package as a known actor: its common name,
 * official name and other spellings, its capital (the seat of government speaks for the country,
 * as "Moscow said" does) and its demonyms for titles ("the Kenyan president").
 */
export function worldCountryActors(records: readonly CountryRecord[] = worldCountries): KnownActor[] {
  const capitalCounts = new Map<string, number>();
  for (const capital of records.flatMap((record) => record.capital ?? []))
    capitalCounts.set(capital, (capitalCounts.get(capital) ?? 0) + 1);
  const shared = new Set([...capitalCounts].filter(([, count]) => count > 1).map(([capital]) => capital));
  // Sovereign states first: "French" is France's before the French Southern Lands'.
  const sovereignFirst = [...records].sort(
    (a, b) => Number(b.independent === true) - Number(a.independent === true),
  );
  return sovereignFirst.map((record) => {
    const demonyms = record.demonyms?.eng;
    const seats = capitalsOf(record, shared);
    return {
      label: record.name.common,
      kind: "country",
      role: null,
      aliases: [...new Set([...namesOf(record), ...seats])],
      adjectives: demonyms ? [...new Set([demonyms.m, demonyms.f])] : [],
      seats,
    };
  });
}

/**
 * The knowledge file's actors with every country added: a country the file already lists (by any
 * shared name, "Turkey" and "Türkiye") keeps the file's label and aliases and gains the data's; a
 * name the file gives another actor ("Georgia" the person, say) stays that actor's.
 */
export function withWorldCountries(
  known: readonly KnownActor[],
  countries: readonly KnownActor[] = worldCountryActors(),
): KnownActor[] {
  const merged = known.map((actor) => ({ ...actor, aliases: [...(actor.aliases ?? [])] }));
  const byName = new Map<string, KnownActor & { aliases: string[] }>();
  for (const actor of merged)
    for (const name of [actor.label, ...actor.aliases]) byName.set(foldName(name), actor);
  for (const country of countries) {
    const names = [country.label, ...(country.aliases ?? [])];
    const same = names.map((name) => byName.get(foldName(name))).find((actor) => actor?.kind === "country");
    const target = same ?? { ...country, aliases: [] };
    if (!same) merged.push(target);
    for (const name of names) {
      const owner = byName.get(foldName(name));
      if (owner && owner !== target) continue;
      if (name !== target.label && !target.aliases.includes(name)) target.aliases.push(name);
      byName.set(foldName(name), target);
    }
    target.adjectives = [...new Set([...(target.adjectives ?? []), ...(country.adjectives ?? [])])];
    target.seats = [...new Set([...(target.seats ?? []), ...(country.seats ?? [])])];
  }
  return merged;
}
