import type { ActorKind } from "../../schema";
import type { KnownActor } from "../input";
import { foldName, slugify } from "../text/normalize";
import type { Token } from "../text/tokens";
import { adjacent } from "../text/tokens";
import { isFirstName } from "../lexicon/names";
import { NAME_TITLES, NEVER_NAMES, ROLE_NOUNS } from "../lexicon/words";

/** An actor the pipeline can name: from the knowledge file or discovered in an article. */
export interface ActorEntry {
  key: string;
  label: string;
  kind: ActorKind;
  role: string | null;
  /** The key of the actor this one is a body of (KnownActor.partOf). */
  partOf?: string;
}

interface AliasTarget {
  key: string;
  /** Short all-capital aliases ("US", "AP") must be written so, or "us" and "ap" would match. */
  exactCase: string | null;
  /** A country's name, which may begin or end a longer name ("Jordan Whitfield", "Kenya Airways"). */
  country: boolean;
  /** A country's people in the plural ("Kenyans", "New Zealanders"): what is said about, never who speaks. */
  populace: boolean;
  /** A country's seat of government ("Abuja"), named for the state. */
  capital?: boolean;
}

/** The knowledge file, indexed for matching token runs of a sentence. */
export interface Gazetteer {
  entries: Map<string, ActorEntry>;
  aliases: Map<string, AliasTarget>;
  maxAliasTokens: number;
  /** "russian" -> "russia": the adjectives of countries, for titles such as "the Russian president". */
  adjectives: Map<string, string>;
  /** Surname -> person keys, so a full name can be matched to a known person spelt another way. */
  surnames: Map<string, string[]>;
}

/** A name without its leading "the": "The Straits Times" is matched as "Straits Times". */
export const stripArticle = (alias: string) => alias.replace(/^the\s+/i, "");
const isShortCapitals = (alias: string) => /^[\p{Lu}.]{1,5}$/u.test(alias);
// "Ferdinand Marcos Jr." is later "Marcos": a generation's mark is no family name.
const GENERATION = /^(?:jr|jnr|sr|snr|ii|iii|iv)$/;

/** The family name a person is later called by: the last word of the name, before "Jr." or "III". */
export function lastWord(name: string): string {
  const words = foldName(name).split(" ");
  if (words.length > 2 && GENERATION.test(words.at(-1) ?? "")) words.pop();
  return words.pop() ?? "";
}

/** "kenyan" -> "kenyans"; adjectives that are no noun for a people ("french", "swiss", "u s") have none. */
function pluralOf(demonym: string): string | null {
  if (!/[a-z]{3}$/.test(demonym) || /(?:sh|ch|ss|ese|i)$/.test(demonym)) return null;
  return `${demonym}s`;
}

export function buildGazetteer(known: readonly KnownActor[]): Gazetteer {
  const gazetteer: Gazetteer = {
    entries: new Map(),
    aliases: new Map(),
    maxAliasTokens: 1,
    adjectives: new Map(),
    surnames: new Map(),
  };
  for (const actor of known) {
    const key = slugify(actor.label);
    if (!gazetteer.entries.has(key))
      gazetteer.entries.set(key, {
        key,
        label: actor.label,
        kind: actor.kind,
        role: actor.role ?? null,
        ...(actor.partOf ? { partOf: slugify(actor.partOf) } : {}),
      });
    for (const alias of [actor.label, ...(actor.aliases ?? [])].map(stripArticle)) {
      const folded = foldName(alias);
      if (folded === "" || gazetteer.aliases.has(folded)) continue;
      gazetteer.aliases.set(folded, {
        key,
        exactCase: isShortCapitals(alias) ? alias.replace(/\./g, "") : null,
        country: actor.kind === "country",
        populace: false,
        ...(actor.seats?.includes(alias) ? { capital: true } : {}),
      });
      gazetteer.maxAliasTokens = Math.max(gazetteer.maxAliasTokens, folded.split(" ").length);
    }
    for (const adjective of actor.adjectives ?? []) {
      const folded = foldName(adjective);
      // "American" is the United States', not American Samoa's: the first actor to claim it keeps it.
      if (!gazetteer.adjectives.has(folded)) gazetteer.adjectives.set(folded, key);
      const plural = pluralOf(folded);
      if (actor.kind === "country" && plural && !gazetteer.aliases.has(plural))
        gazetteer.aliases.set(plural, { key, exactCase: null, country: false, populace: true });
    }
    if (actor.kind === "person") {
      for (const name of [actor.label, ...(actor.aliases ?? [])]) {
        const surname = lastWord(name);
        const keys = gazetteer.surnames.get(surname) ?? [];
        if (!keys.includes(key)) gazetteer.surnames.set(surname, [...keys, key]);
      }
    }
  }
  return gazetteer;
}

/**
 * The country a phrase names by adjective, alias or seat ("Russian President", "Kremlin spokesman",
 * "Ukraine's foreign minister"); two-word names ("u s") are tried before single words.
 */
export function countryIn(phrase: string, gazetteer: Gazetteer): string | null {
  // "Japan's Ministry of Foreign Affairs": the possessive's country.
  const words = foldName(phrase)
    .replace(/'s?(?= |$)/g, "")
    .split(" ");
  const candidates = [...words.slice(1).map((word, i) => `${words[i]} ${word}`), ...words];
  for (const candidate of candidates) {
    const key = gazetteer.adjectives.get(candidate) ?? gazetteer.aliases.get(candidate)?.key;
    if (key && gazetteer.entries.get(key)?.kind === "country") return key;
  }
  return null;
}

/**
 * "Michael Jordan", "Jordan Whitfield", "Kenya Airways", "North America": a country's name joined to a
 * given name or a region's word before it, or to a capitalised word after it that is no title
 * ("Kenya President ..." stays Kenya).
 */
function isInsideLongerName(sentence: string, tokens: readonly Token[], from: number, to: number): boolean {
  const previous = tokens[from - 1];
  const next = tokens[to];
  const joined = (left: Token | undefined, right: Token | undefined) =>
    left !== undefined && right !== undefined && adjacent(sentence, left, right) && !left.possessive;
  const givenNameBefore = joined(previous, tokens[from]) && isFirstName(previous?.text ?? "");
  const nameAfter =
    joined(tokens[to - 1], next) &&
    next !== undefined &&
    next.isCapitalized &&
    !/^\p{N}/u.test(next.text) &&
    !NAME_TITLES.has(next.lower) &&
    !ROLE_NOUNS.has(next.lower) &&
    !NEVER_NAMES.has(next.lower);
  // "North America", "Northern Ireland", "New Mexico": a region named after the country, or the continent.
  const regionBefore =
    joined(previous, tokens[from]) &&
    previous !== undefined &&
    previous.isCapitalized &&
    REGION_WORDS.has(previous.lower);
  return givenNameBefore || nameAfter || regionBefore;
}

const REGION_WORDS = new Set(
  "north south east west northern southern eastern western central latin upper lower greater new".split(" "),
);

export interface KnownMatch {
  key: string;
  /** Token range [first, last + 1). */
  from: number;
  to: number;
  /** Matched a country's people ("Kenyans"), not the country itself. */
  populace?: boolean;
  /** Matched a country's seat of government ("Abuja"). */
  capital?: boolean;
}

/** The longest alias that starts at token `from`, if any. */
export function matchKnownAt(
  gazetteer: Gazetteer,
  sentence: string,
  tokens: readonly Token[],
  from: number,
): KnownMatch | null {
  const first = tokens[from];
  if (!first || !(first.isCapitalized || first.lower === "von" || first.lower === "de")) return null;
  let longest = 1;
  while (
    longest < gazetteer.maxAliasTokens &&
    from + longest < tokens.length &&
    adjacent(sentence, tokens[from + longest - 1] as Token, tokens[from + longest] as Token) &&
    !tokens[from + longest - 1]?.possessive
  )
    longest++;
  for (let length = longest; length >= 1; length--) {
    const words = tokens.slice(from, from + length);
    const last = words[words.length - 1] as Token;
    if (!last.isCapitalized) continue;
    const target = gazetteer.aliases.get(foldName(words.map((token) => token.text).join(" ")));
    if (!target) continue;
    if (
      target.exactCase !== null &&
      words.map((token) => token.text.replace(/\./g, "")).join("") !== target.exactCase
    )
      continue;
    if (target.country && isInsideLongerName(sentence, tokens, from, from + length)) continue;
    // "Chief Economist at Acme": a one-word name that is also a role noun names the outlet only
    // after "the" ("the Economist reported").
    if (length === 1 && ROLE_NOUNS.has(first.lower) && tokens[from - 1]?.lower !== "the") continue;
    return {
      key: target.key,
      from,
      to: from + length,
      ...(target.populace ? { populace: true } : {}),
      ...(target.capital ? { capital: true } : {}),
    };
  }
  return null;
}
