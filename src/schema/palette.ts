import type { ActorKind, RelationType } from "./types";

/**
 * The colours a network file carries and the explorer draws, so Gephi and other readers of the file
 * show what the explorer shows. Paul Tol's colour-blind-safe schemes, readable on a light background:
 * actor kinds from "bright", relation types from the darker tones of "muted".
 */
export const ACTOR_KIND_COLORS: Record<ActorKind, string> = {
  person: "#4477aa",
  organization: "#ee6677",
  country: "#228833",
  media: "#aa3377",
};

export const EDGE_TYPE_COLORS: Record<RelationType, string> = {
  call: "#332288",
  statement: "#ddaa33",
  citation: "#44aa99",
};
