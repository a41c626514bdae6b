import { RELATION_KINDS, type RelationType } from "./relation-kinds";
import type { ActorKind } from "./types";

/**
 * The colours a network file carries and the explorer draws, so Gephi and other readers of the file
 * show what the explorer shows. Paul Tol's colour-blind-safe schemes, readable on a light background:
 * actor kinds from "bright"; relation types have theirs in relation-kinds.ts.
 */
export const ACTOR_KIND_COLORS: Record<ActorKind, string> = {
  person: "#4477aa",
  organization: "#ee6677",
  country: "#228833",
  media: "#aa3377",
};

/** The relation kinds' colours, kept with the rest of each kind in relation-kinds.ts. */
export const EDGE_TYPE_COLORS = Object.fromEntries(
  RELATION_KINDS.map((kind) => [kind.type, kind.color]),
) as Record<RelationType, string>;
