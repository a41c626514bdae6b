import type { ExplorerGraph } from "../data/build-graph";

export interface CommunitySummary {
  id: number;
  size: number;
  /** The most mentioned member, to name the community after. */
  lead: string;
}

/** Communities present in the file, largest first. */
export function summariseCommunities(graph: ExplorerGraph): CommunitySummary[] {
  const byId = new Map<number, { size: number; lead: string; leadMentions: number }>();
  graph.forEachNode((_key, { community, label, mentions }) => {
    if (community === undefined) return;
    const entry = byId.get(community) ?? { size: 0, lead: label, leadMentions: -1 };
    entry.size++;
    if (mentions > entry.leadMentions) Object.assign(entry, { lead: label, leadMentions: mentions });
    byId.set(community, entry);
  });
  return [...byId]
    .map(([id, { size, lead }]) => ({ id, size, lead }))
    .sort((a, b) => b.size - a.size || a.id - b.id);
}
