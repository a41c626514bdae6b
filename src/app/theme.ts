/** The explorer's palette, shared by the graph, the timeline, the legend and the exports. */
export { ACTOR_KIND_COLORS, EDGE_TYPE_COLORS } from "../schema/palette";

/** Neutral tones for text, axes and things without a category. */
export const NEUTRAL_COLORS = {
  text: "#222222",
  muted: "#666666",
  grid: "#dddddd",
  background: "#ffffff",
  undated: "#999999",
} as const;
