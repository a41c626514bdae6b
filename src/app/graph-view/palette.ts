import type { ActorKind, RelationType } from "../../schema";
import { ACTOR_KIND_COLORS, EDGE_TYPE_COLORS } from "../theme";

/** The shared palette (src/app/theme.ts), so graph, timeline, legend and exports agree. */
export const KIND_COLORS: Record<ActorKind, string> = ACTOR_KIND_COLORS;
export const TYPE_COLORS: Record<RelationType, string> = EDGE_TYPE_COLORS;

export const KIND_LABELS: Record<ActorKind, string> = {
  person: "Person",
  organization: "Organisation",
  country: "Country / government",
  media: "Media outlet",
};

export const TYPE_LABELS: Record<RelationType, string> = {
  call: "Call or meeting",
  statement: "Statement",
  citation: "Citation by media",
};

export const FADED_NODE = "#d8d8d8";
export const FADED_EDGE = "#ececec";
