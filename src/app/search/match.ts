import type { ExplorerGraph } from "../data/build-graph";

export interface Suggestion {
  key: string;
  label: string;
  /** The alias that matched, when it was not the label. */
  via: string | null;
}

interface Entry {
  key: string;
  label: string;
  text: string;
  normalised: string;
  mentions: number;
}

export const normalise = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();

/** Labels and aliases of every actor, normalised once. */
export function buildSearchIndex(graph: ExplorerGraph): Entry[] {
  return graph
    .mapNodes((key, { label, aliases, mentions }) =>
      [label, ...aliases.filter((alias) => alias !== label)].map((text) => ({
        key,
        label,
        text,
        normalised: normalise(text),
        mentions,
      })),
    )
    .flat();
}

/** Rank 0: starts with the query; 1: a word starts with it; 2: contains it. */
function rank(normalised: string, query: string): number {
  if (normalised.startsWith(query)) return 0;
  if (normalised.includes(` ${query}`) || normalised.includes(`-${query}`)) return 1;
  return normalised.includes(query) ? 2 : -1;
}

/** The best matches, one per actor, labels before aliases, then by mentions. */
export function suggest(index: Entry[], query: string, limit = 8): Suggestion[] {
  const q = normalise(query);
  if (!q) return [];
  const best = new Map<string, { entry: Entry; score: number }>();
  for (const entry of index) {
    const r = rank(entry.normalised, q);
    if (r < 0) continue;
    const score = r * 2 + (entry.text === entry.label ? 0 : 1);
    const previous = best.get(entry.key);
    if (!previous || score < previous.score) best.set(entry.key, { entry, score });
  }
  return [...best.values()]
    .sort(
      (a, b) =>
        a.score - b.score ||
        b.entry.mentions - a.entry.mentions ||
        a.entry.label.localeCompare(b.entry.label),
    )
    .slice(0, limit)
    .map(({ entry }) => ({
      key: entry.key,
      label: entry.label,
      via: entry.text === entry.label ? null : entry.text,
    }));
}
