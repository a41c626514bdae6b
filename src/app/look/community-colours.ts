import type { NamedCommunity } from "../filters/communities";

/** Distinct colours for the largest communities (Tableau 10, then two more), in order of size. */
const COMMUNITY_PALETTE = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#17becf",
  "#8c564b",
  "#bcbd22",
];
/** The communities beyond the palette share one colour, and actors alone in theirs another. */
export const OTHER_COMMUNITIES_COLOUR = "#8a8a8a";
export const UNCONNECTED_COLOUR = "#c6c6c6";

export interface CommunityColour extends NamedCommunity {
  colour: string;
}

/** The named communities (largest first) with the colours they are drawn in. */
export const colourCommunities = (communities: readonly NamedCommunity[]): CommunityColour[] =>
  communities.map((community, i) => ({
    ...community,
    colour: COMMUNITY_PALETTE[i] ?? OTHER_COMMUNITIES_COLOUR,
  }));

export const PALETTE_SIZE = COMMUNITY_PALETTE.length;
