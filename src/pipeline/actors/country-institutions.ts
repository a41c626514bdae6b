import { slugify } from "../text/normalize";
import { countryIn, type Gazetteer } from "./gazetteer";

/** A country's institution named in a sentence: "China's foreign ministry", "the Kenyan defence ministry". */
export interface CountryInstitution {
  key: string;
  /** The name as written here: "China's foreign ministry", "Chinese Foreign Ministry". */
  label: string;
  /** Character span in the sentence, country included. */
  start: number;
  end: number;
  surface: string;
}

// The country, by possessive ("China's", "South Africa's") or by adjective after "the" ("the Kenyan").
// Case is spelled out (no "i" flag) so that "\p{Lu}" still means a capital letter.
const COUNTRY = /(?:\b(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})['’]s|\b[Tt]he\s+(\p{Lu}[\p{L}.]+))\s+/gu;
const PORTFOLIO =
  "(?:foreign|defen[cs]e|interior|home|finance|economy|health|justice|trade|energy|education|environment|agriculture|information|(?:public |state )?security|labou?r|transport|commerce|industry|culture|tourism|communications|fisheries|mines|mining|petroleum|water|lands?|housing|immigration|planning|science|technology|digital|youth|social welfare|development|infrastructure|external affairs|foreign affairs|[a-z]+ affairs)";
// "the Chinese embassy in Madrid": a mission is known by the city it sits in.
const MISSION = /^(?:embassy|consulate|high commission)$/i;
const MISSION_CITY = /^\s+in\s+\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?/u;
// What follows the country: an institution that speaks for itself ("the ministry said").
const INSTITUTION = new RegExp(
  `^(?:(?:${PORTFOLIO}\\s+)?(?:ministry|department)|foreign office|central bank|armed forces|military|army|navy|parliament|embassy|consulate|high commission|state house|presidency|presidential office|cabinet)\\b`,
  "i",
);

// "the Russian military build-up": a force is often an adjective; it is the actor only when it acts.
const FORCE = /^(?:military|army|navy|armed forces)$/i;
const ACTS =
  /^\s*(?:[,.;:)]|$|\s(?:said|says|has|had|have|is|was|are|were|will|would|could|may|might|denied|denies|confirmed|announced|added|claimed|told|warned|accused|launched|took|seized|detained|deployed|struck|attacked|\p{Ll}+ed)\b)/u;

const titleCase = (phrase: string) =>
  phrase.replace(/\S+/g, (word) => (word[0] ?? "").toUpperCase() + word.slice(1).toLowerCase());

/** The adjective a country is named by in titles ("kenyan" for Kenya), capitalised, if the data has one. */
function adjectiveOf(country: string, gazetteer: Gazetteer): string | null {
  for (const [adjective, key] of gazetteer.adjectives)
    if (key === country && /^[a-z]{4,}$/.test(adjective)) return titleCase(adjective);
  return null;
}

/**
 * Institutions named by their country: one actor for "China's foreign ministry" and "the Chinese
 * Foreign Ministry", and another for Kenya's, so that two countries' ministries never merge into one
 * "Foreign Ministry".
 */
export function countryInstitutions(sentence: string, gazetteer: Gazetteer): CountryInstitution[] {
  const found: CountryInstitution[] = [];
  for (const match of sentence.matchAll(COUNTRY)) {
    const after = INSTITUTION.exec(sentence.slice(match.index + match[0].length));
    if (!after) continue;
    const institutionEnd = match.index + match[0].length + after[0].length;
    if (FORCE.test(after[0]) && !ACTS.test(sentence.slice(institutionEnd))) continue;
    const city = MISSION.test(after[0]) ? MISSION_CITY.exec(sentence.slice(institutionEnd)) : null;
    const end = institutionEnd + (city?.[0].length ?? 0);
    const country = countryIn((match[1] ?? match[2]) as string, gazetteer);
    const entry = country ? gazetteer.entries.get(country) : undefined;
    if (!country || !entry) continue;
    // One key for "China's foreign ministry" and "the Chinese Foreign Ministry"; the label is the
    // name as the text first writes it.
    // "China's embassy in Wellington" and "the Chinese embassy in Manila" are two missions.
    const where = city ? ` ${city[0].trim()}` : "";
    const canonical = `${adjectiveOf(country, gazetteer) ?? entry.label} ${titleCase(after[0])}${where}`;
    const start = match.index + (match[0].startsWith("the") || match[0].startsWith("The") ? 4 : 0);
    const surface = sentence.slice(start, end);
    found.push({ key: slugify(canonical), label: surface, start, end, surface });
  }
  return found;
}

// "the presidency said", "the foreign ministry said": an institution of state that names no country.
const UNNAMED_INSTITUTION = new RegExp(
  `\\b[Tt]he\\s+(presidency|${PORTFOLIO}\\s+ministry)\\b(?!\\s+of\\b)`,
  "g",
);

/**
 * The story country's institutions the article names only as "the presidency" or "the foreign
 * ministry": in a story filed from Lima, the Peruvian presidency. Keyed as "Peru's presidency"
 * would be, labelled with the country's adjective.
 */
export function storyInstitutions(
  text: string,
  country: string,
  gazetteer: Gazetteer,
): Array<{ key: string; label: string; phrase: string }> {
  const entry = gazetteer.entries.get(country);
  if (!entry) return [];
  const name = adjectiveOf(country, gazetteer) ?? entry.label;
  return [...text.matchAll(UNNAMED_INSTITUTION)].map((match) => {
    const phrase = (match[1] as string).toLowerCase();
    return { key: slugify(`${name} ${titleCase(phrase)}`), label: `${name} ${phrase}`, phrase };
  });
}
