import type { ExplorerGraph } from "../data/build-graph";

/** A community of two actors or more, named after its most mentioned members. */
export interface NamedCommunity {
  id: number;
  size: number;
  /** "Vladimir Putin, Dmitry Peskov and 12 others". */
  name: string;
}

/** "A and B", "A, B and 1 other", "A, B and 12 others": from labels in order of mentions. */
export function communityName(leads: readonly string[], size: number): string {
  const [first = "", second] = leads;
  if (size <= 1 || second === undefined) return first;
  if (size === 2) return `${first} and ${second}`;
  const others = size - 2;
  return `${first}, ${second} and ${others} other${others === 1 ? "" : "s"}`;
}

/**
 * The communities of the file's `community` attribute (Louvain, computed by the pipeline), largest
 * first. An actor alone in its community is in no community a person would call one: those are
 * left out, and the views group them as unconnected.
 */
export function namedCommunities(graph: ExplorerGraph): NamedCommunity[] {
  const members = new Map<number, { label: string; mentions: number }[]>();
  graph.forEachNode((_key, { community, label, mentions }) => {
    if (community === undefined) return;
    const list = members.get(community) ?? [];
    list.push({ label, mentions });
    members.set(community, list);
  });
  const byMentions = (a: { label: string; mentions: number }, b: { label: string; mentions: number }) =>
    b.mentions - a.mentions || a.label.localeCompare(b.label);
  return [...members]
    .filter(([, list]) => list.length > 1)
    .map(([id, list]) => {
      const leads = list.sort(byMentions).slice(0, 2);
      return {
        id,
        size: list.length,
        name: communityName(
          leads.map(({ label }) => label),
          list.length,
        ),
      };
    })
    .sort((a, b) => b.size - a.size || a.id - b.id);
}
