import nlp from "compromise";

/**
 * Compromise's lexicon, read as plain data: a word lookup costs a map access, whereas running its
 * tagger over every sentence would cost most of the pipeline's time.
 */
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

function tagsOf(word: string): string {
  // The lexicon spells names without accents: "José" is "jose".
  const lower = word.toLowerCase();
  const tags = lexicon[lower] ?? lexicon[lower.normalize("NFKD").replace(/\p{M}/gu, "")];
  if (tags === undefined) return "";
  return Array.isArray(tags) ? tags.join(",") : tags;
}

export function isFirstName(word: string): boolean {
  return /MaleName|FemaleName|FirstName/.test(tagsOf(word));
}

export function isLastName(word: string): boolean {
  return /LastName/.test(tagsOf(word));
}

/** A place name (country, city, region) that locates rather than names a person. */
export function isPlaceName(word: string): boolean {
  return /Country|City|Place|Region/.test(tagsOf(word));
}

/** A word the lexicon knows only as a noun, never a verb: "U.S. | measures", "U.S. | economy". */
export function isCommonNoun(word: string): boolean {
  const tags = tagsOf(word);
  return (
    /Singular|Plural|Uncountable|Noun/.test(tags) &&
    !/Verb|Infinitive|Tense|Gerund|Participle|Modal|Copula|Adverb|Preposition|Conjunction|Determiner|Pronoun|Name/.test(
      tags,
    )
  );
}

/**
 * A word that can open a noun phrase after a determiner: a noun, an adjective, a gerund, or a word
 * the lexicon does not know; not a verb form, a function word, an adverb ("the U.S. said") or a
 * word in -s that may be a verb ("the U.S. hopes").
 */
export function canOpenNounPhrase(word: string): boolean {
  const tags = tagsOf(word);
  return (
    !/\bVerb\b|PastTense|PresentTense|Modal|Copula|Auxiliary|Preposition|Conjunction|Determiner|Pronoun|Adverb/.test(
      tags,
    ) &&
    !/ly$/i.test(word) &&
    // "the United States hopes": a word in -s may be the verb of a singular subject.
    !/[^s]s$/i.test(word)
  );
}

/**
 * A word whose ending marks an abstract or plural common noun ("Fisheries", "Tourism", "Aviation",
 * "Heritage"), for the words of a portfolio that the lexicon does not hold; never a given name it
 * knows ("Henry", "Carlos").
 */
export function hasCommonNounEnding(word: string): boolean {
  return (
    !isFirstName(word) &&
    /(?:[^su]s|ism|[ts]ion|ment|ure|ics|ity|age|[ae]nce|ing|[rg]y|eum)$/i.test(word) &&
    word.length > 4
  );
}

export function isCityName(word: string): boolean {
  const tags = tagsOf(word);
  return /City/.test(tags) && !/Country/.test(tags);
}

/**
 * A word the lexicon knows as something other than a name ("Political", "Presidential", "Every"),
 * or an adverb made of one ("Separately", "Additionally", "Reportedly"), which the lexicon holds
 * only in part.
 */
export function isCommonWord(word: string): boolean {
  return (
    isLexiconWord(word) ||
    (word.length > 6 &&
      /ly$/i.test(word) &&
      adverbStems(word).some((stem) => /Adjective|PastTense/.test(tagsOf(stem))))
  );
}

const isLexiconWord = (word: string) => {
  const tags = tagsOf(word);
  return tags !== "" && !/Name|ProperNoun|Organization|Place|Country|City/.test(tags);
};

/** "separately" -> "separate", "happily" -> "happy", "notably" -> "notable". */
const adverbStems = (word: string) => [word.slice(0, -2), `${word.slice(0, -3)}y`, `${word.slice(0, -1)}e`];

/**
 * A word the lexicon knows as an English word: a noun, verb, adjective or function word, not a
 * name, an abbreviation ("Min") or an exclamation ("Hee").
 */
export function isEnglishWord(word: string): boolean {
  const tags = tagsOf(word);
  return tags !== "" && !/Name|ProperNoun|Organization|Place|Country|City|Abbreviation|Expression/.test(tags);
}

export type Gender = "female" | "male";

// Given names in -a that are men's in South Asia: "Narendra", "Rajendra", "Krishna".
const MENS_ENDINGS = /(?:ndra|shna)$/u;

/**
 * A person's gender as their first name suggests, for "she said" and "he said": the lexicon's
 * female and male names, else, when `guess` allows, a given name ending in -a ("Giorgia", "Kaja"),
 * which is mostly female in the languages of the news but not always ("Musa", "Nikita"); null when
 * the name does not say.
 */
export function genderOfName(fullName: string, guess = true): Gender | null {
  const first = fullName.trim().split(/\s+/)[0] ?? "";
  const tags = tagsOf(first);
  if (/FemaleName/.test(tags)) return "female";
  if (/MaleName/.test(tags)) return "male";
  // "Maria", "Olena": an unknown given name in -a is likelier a woman's, though not "Narendra",
  // "Rajendra", "Krishna", men's names in South Asia.
  if (
    guess &&
    tags === "" &&
    fullName.trim().includes(" ") &&
    /\p{Ll}a$/u.test(first) &&
    !MENS_ENDINGS.test(first)
  )
    return "female";
  return null;
}
