import type { ActorKind } from "../../schema";
import type { KnownActor } from "../input";
import { foldName, slugify } from "../text/normalize";
import type { Token } from "../text/tokens";
import { adjacent } from "../text/tokens";

/** An actor the pipeline can name: from the knowledge file or discovered in an article. */
export interface ActorEntry {
  key: string;
  label: string;
  kind: ActorKind;
  role: string | null;
}

interface AliasTarget {
  key: string;
  /** Short all-capital aliases ("US", "AP") must be written so, or "us" and "ap" would match. */
  exactCase: string | null;
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

const stripArticle = (alias: string) => alias.replace(/^the\s+/i, "");
const isShortCapitals = (alias: string) => /^[\p{Lu}.]{1,5}$/u.test(alias);
export const lastWord = (name: string) => foldName(name).split(" ").pop() ?? "";

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
      gazetteer.entries.set(key, { key, label: actor.label, kind: actor.kind, role: actor.role ?? null });
    for (const alias of [actor.label, ...(actor.aliases ?? [])].map(stripArticle)) {
      const folded = foldName(alias);
      if (folded === "" || gazetteer.aliases.has(folded)) continue;
      gazetteer.aliases.set(folded, {
        key,
        exactCase: isShortCapitals(alias) ? alias.replace(/\./g, "") : null,
      });
      gazetteer.maxAliasTokens = Math.max(gazetteer.maxAliasTokens, folded.split(" ").length);
    }
    for (const adjective of actor.adjectives ?? []) gazetteer.adjectives.set(foldName(adjective), key);
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
  const words = foldName(phrase).split(" ");
  const candidates = [...words.slice(1).map((word, i) => `${words[i]} ${word}`), ...words];
  for (const candidate of candidates) {
    const key = gazetteer.adjectives.get(candidate) ?? gazetteer.aliases.get(candidate)?.key;
    if (key && gazetteer.entries.get(key)?.kind === "country") return key;
  }
  return null;
}

export interface KnownMatch {
  key: string;
  /** Token range [first, last + 1). */
  from: number;
  to: number;
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
    return { key: target.key, from, to: from + length };
  }
  return null;
}
