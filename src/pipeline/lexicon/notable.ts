import wikipedia from "compromise-wikipedia";

/**
 * Some 38,000 titles of popular Wikipedia articles (the compromise-wikipedia package), folded to
 * lower case: people, organisations, companies, places and things. The plugin hands compromise the
 * list to build a lookup trie; here it hands it to a Set instead, so a lookup costs one hash and no
 * tagging pass. Built on first use.
 */
let titles: ReadonlySet<string> | null = null;

function loadTitles(): ReadonlySet<string> {
  const world = { model: {} as { wpTree?: unknown } };
  const plugin = wikipedia as unknown as {
    mutate: (world: object, nlp: { buildTrie: (list: string[]) => unknown }) => void;
  };
  plugin.mutate(world, { buildTrie: (list) => new Set(list) });
  return world.model.wpTree instanceof Set ? (world.model.wpTree as Set<string>) : new Set();
}

/** Whether a name is the title of a popular Wikipedia article: a notable entity of some kind. */
export function isNotable(name: string): boolean {
  titles ??= loadTitles();
  return titles.has(name.toLowerCase());
}
