import { buildGazetteer, DEFAULT_KNOWN_ACTORS, extractArticle } from "../src/pipeline";

/** A generated person: what replaces a seed article's person, word for word. */
export interface FakePerson {
  first: string;
  middle: string;
  last: string;
}

const SYLLABLES = [
  "ka", "ri", "mo", "len", "dar", "vi", "so", "tan", "el", "ro", "mi", "na", "bor", "ste", "lu",
  "gra", "fen", "ol", "ya", "zo", "quin", "bel", "tor", "an", "si", "mar", "ve", "dul", "hal", "pe",
]; // prettier-ignore

function word(random: () => number, syllables: number): string {
  let text = "";
  for (let i = 0; i < syllables; i++) text += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `count` people with made-up names ("Karimo Dartanel"), the same for the same generator. */
export function fakePeople(random: () => number, count: number): FakePerson[] {
  return Array.from({ length: count }, () => ({
    first: word(random, 2),
    middle: word(random, 2),
    last: word(random, 3),
  }));
}

/**
 * The people the pipeline finds in a text, each as its names (label first, then aliases): the words
 * the corpus generator swaps for made-up ones.
 */
export function peopleIn(text: string): string[][] {
  const gazetteer = buildGazetteer(DEFAULT_KNOWN_ACTORS);
  const { actors } = extractArticle({ id: "seed", text, published: "2022-01-01" }, gazetteer);
  return actors
    .filter((actor) => actor.kind === "person")
    .map((actor) => [actor.label, ...actor.aliases.filter((alias) => alias !== actor.label)]);
}

/** Which made-up word replaces each capitalised word of a person's names ("Joe" -> first, "Biden" -> last). */
export function nameWords(names: readonly string[], person: FakePerson, into: Map<string, string>): void {
  for (const name of names) {
    const words = name.split(/\s+/).filter((part) => /^\p{Lu}\p{L}+$/u.test(part));
    words.forEach((part, index) => {
      if (into.has(part)) return;
      const isLast = index === words.length - 1;
      into.set(part, isLast ? person.last : index === 0 ? person.first : person.middle);
    });
  }
}

/** Replaces whole words only, longest first, in one pass. */
export function replaceWords(text: string, replacements: ReadonlyMap<string, string>): string {
  if (replacements.size === 0) return text;
  const alternatives = [...replacements.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const pattern = new RegExp(`(?<!\\p{L})(?:${alternatives.join("|")})(?!\\p{L})`, "gu");
  return text.replace(pattern, (found) => replacements.get(found) ?? found);
}
