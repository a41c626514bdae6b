import type { ActorKind, RelationType } from "../../schema";

/** Names of kinds and types as the page shows them; their colours are in src/app/theme.ts. */
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
