/**
 * Relation kinds and statuses, one descriptor each: the pipeline, the validation and every view of
 * the explorer (filters, legend, timeline, details, snapshot caption, exports) read these lists, so
 * a new kind or status is one new entry here. No dependencies, so both sides import it. The finder
 * that emits each kind is registered by its `type` in src/pipeline/relations/finders.ts, a record
 * the compiler holds to this list: a kind without a finder does not build.
 */

export interface RelationKind {
  /** The `type` a relation of this kind carries in the file. */
  readonly type: string;
  /** Whether the file stores it with a direction (source acts on target). */
  readonly directed: boolean;
  /** The name the explorer shows for one relation, and for several. */
  readonly label: string;
  readonly plural: string;
  /** Drawn in this colour in the explorer and in exports (Paul Tol's "muted", darker tones). */
  readonly color: string;
  /** What the relation is, in a sentence. */
  readonly description: string;
  /** What its `date` means. */
  readonly dating: string;
  /** Whether a relation of this kind can be planned rather than held (see RELATION_STATUS_KINDS). */
  readonly hasStatus: boolean;
}

export const RELATION_KINDS = [
  {
    type: "call",
    directed: false,
    label: "Call or meeting",
    plural: "Calls and meetings",
    color: "#332288",
    description: "two actors talked directly: a phone or video call, a summit, a meeting, a state visit",
    dating: "the day it took place or, when planned, the day it is due",
    hasStatus: true,
  },
  {
    type: "statement",
    directed: true,
    label: "Statement",
    plural: "Statements",
    color: "#ddaa33",
    description: "the source said something publicly about or to the target",
    dating: "the day it was said, else the article's date",
    hasStatus: false,
  },
  {
    type: "citation",
    directed: true,
    label: "Citation by media",
    plural: "Citations by media",
    color: "#44aa99",
    description: "a media outlet (source) quotes or interviews a person (target)",
    dating: "the day of the interview or quote, else the article's date",
    hasStatus: false,
  },
] as const satisfies readonly RelationKind[];

export type RelationType = (typeof RELATION_KINDS)[number]["type"];
export const RELATION_TYPES: readonly RelationType[] = RELATION_KINDS.map((kind) => kind.type);

export interface RelationStatusKind {
  readonly status: string;
  /** The name the explorer shows, and what it means. */
  readonly label: string;
  readonly description: string;
  /**
   * How the explorer strokes such a relation: null for a solid line, else the lengths of a dash
   * and of the gap after it, in CSS pixels.
   */
  readonly dash: readonly [number, number] | null;
}

/** The first entry is what a relation without a `status` is. */
export const RELATION_STATUS_KINDS = [
  { status: "held", label: "Held", description: "it took place", dash: null },
  {
    status: "planned",
    label: "Planned",
    description: "scheduled or announced, not yet held",
    dash: [6, 4],
  },
] as const satisfies readonly RelationStatusKind[];

export type RelationStatus = (typeof RELATION_STATUS_KINDS)[number]["status"];
export const RELATION_STATUSES: readonly RelationStatus[] = RELATION_STATUS_KINDS.map((kind) => kind.status);
export const DEFAULT_RELATION_STATUS: RelationStatus = RELATION_STATUS_KINDS[0].status;

const byKey = <K extends string, D>(items: readonly D[], key: (item: D) => K) =>
  Object.fromEntries(items.map((item) => [key(item), item])) as Record<K, D>;

export const RELATION_KIND_OF: Record<RelationType, RelationKind> = byKey(RELATION_KINDS, (k) => k.type);
export const STATUS_KIND_OF: Record<RelationStatus, RelationStatusKind> = byKey(
  RELATION_STATUS_KINDS,
  (k) => k.status,
);

/** A relation's status, absent meaning the default ("held"): older files have none. */
export const statusOf = (relation: { status?: RelationStatus }): RelationStatus =>
  relation.status ?? DEFAULT_RELATION_STATUS;
