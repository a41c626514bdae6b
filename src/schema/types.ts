/**
 * The actor-network file: the contract between the pipeline and the explorer.
 * See docs/graph-schema.md; this module has no dependencies so both sides import it.
 */
import type { RelationStatus, RelationType } from "./relation-kinds";

export const SCHEMA_VERSION = 1;

export const ACTOR_KINDS = ["person", "organization", "country", "media"] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

// Relation types and statuses are descriptors, one per kind: see relation-kinds.ts.
export { RELATION_STATUSES, RELATION_TYPES, type RelationStatus, type RelationType } from "./relation-kinds";

export type DatePrecision = "day" | "month" | "year";
export type DateSource = "text" | "published";
export type PublishedSource = "manifest" | "text";

/** An ISO calendar date, yyyy-mm-dd. */
export type IsoDate = string;

export interface ArticleRecord {
  id: string;
  title: string;
  published: IsoDate | null;
  publishedSource: PublishedSource | null;
  source: string | null;
  url: string | null;
  text: string;
}

export interface ActorAttributes {
  label: string;
  kind: ActorKind;
  role: string | null;
  aliases: string[];
  mentions: number;
  articles: string[];
  community?: number;
  x?: number;
  y?: number;
  size?: number;
  color?: string;
}

export interface RelationAttributes {
  type: RelationType;
  subtype?: string;
  /** Calls and meetings: "held" or "planned"; absent means "held", so older files stay valid. */
  status?: RelationStatus;
  date: IsoDate | null;
  datePrecision: DatePrecision | null;
  dateSource: DateSource | null;
  article: string;
  sentence: string;
  start: number;
  end: number;
  quote?: string;
  confidence?: number;
}

export interface GraphAttributes {
  schemaVersion: number;
  articles: ArticleRecord[];
}

export interface SerializedActor {
  key: string;
  attributes: ActorAttributes;
}

export interface SerializedRelation {
  key: string;
  source: string;
  target: string;
  undirected: boolean;
  attributes: RelationAttributes;
}

export interface ActorNetworkFile {
  options: { type: "mixed"; multi: true; allowSelfLoops: false };
  attributes: GraphAttributes;
  nodes: SerializedActor[];
  edges: SerializedRelation[];
}
