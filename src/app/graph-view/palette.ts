import type { ActorKind } from "../../schema";

/**
 * Names of actor kinds as the page shows them; their colours are in src/app/theme.ts. Relation
 * kinds and statuses carry their names, colours and dashes in src/schema/relation-kinds.ts.
 */
export const KIND_LABELS: Record<ActorKind, string> = {
  person: "Person",
  organization: "Organisation",
  country: "Country / government",
  media: "Media outlet",
};

export const FADED_NODE = "#d8d8d8";
export const FADED_EDGE = "#ececec";
