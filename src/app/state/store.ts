import {
  ACTOR_KINDS,
  RELATION_STATUSES,
  RELATION_TYPES,
  type ActorKind,
  type RelationStatus,
  type RelationType,
} from "../../schema";

/** Days since 1970-01-01 (UTC): the explorer's unit of time, cheap to compare and to store in typed arrays. */
export type DayNumber = number;

export type Selection = { type: "node"; key: string } | { type: "edge"; key: string } | null;

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

/** Everything a link must reproduce. Data is never rewritten: views derive what they draw from this. */
export interface ViewState {
  /** Inclusive window of dated edges shown, or null for all time. */
  range: [DayNumber, DayNumber] | null;
  /** While playing: grow the window from the start, or slide a window of fixed width. */
  playMode: "cumulative" | "window";
  playing: boolean;
  /** Playback speed in days advanced per second. */
  speed: number;
  /** While playing: cross stretches with no relation in one step. */
  skipQuiet: boolean;
  showUndated: boolean;
  /** What happens to actors left with no visible relation. */
  isolated: "fade" | "hide";
  edgeTypes: RelationType[];
  /** Relations whose status is one of these are shown (a relation without one is "held"). */
  edgeStatuses: RelationStatus[];
  actorKinds: ActorKind[];
  minDegree: number;
  community: number | null;
  selected: Selection;
  camera: CameraState | null;
}

export type ViewStateKey = keyof ViewState;

export const DEFAULT_VIEW_STATE: ViewState = {
  range: null,
  playMode: "cumulative",
  playing: false,
  speed: 30,
  skipQuiet: true,
  showUndated: true,
  isolated: "fade",
  edgeTypes: [...RELATION_TYPES],
  edgeStatuses: [...RELATION_STATUSES],
  actorKinds: [...ACTOR_KINDS],
  minDegree: 0,
  community: null,
  selected: null,
  camera: null,
};

export type ChangeListener = (state: Readonly<ViewState>, changed: ReadonlySet<ViewStateKey>) => void;

export interface ViewStore {
  get(): Readonly<ViewState>;
  /** Applies a partial update; listeners hear once, with the keys whose values changed. */
  set(patch: Partial<ViewState>): void;
  subscribe(listener: ChangeListener): () => void;
}

/** The keys that decide what is visible: a change to any of them moves the visibility index. */
export const FILTER_KEYS: readonly ViewStateKey[] = [
  "range",
  "showUndated",
  "edgeTypes",
  "edgeStatuses",
  "actorKinds",
  "minDegree",
  "community",
];

/**
 * Equality for the store's values, which are primitives, arrays of primitives or flat objects
 * (selection, camera): one level deep, without serialising, since it runs on every time step.
 */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => left[key] === right[key]);
}

export function createViewStore(initial: Partial<ViewState> = {}): ViewStore {
  let state: ViewState = { ...DEFAULT_VIEW_STATE, ...initial };
  const listeners = new Set<ChangeListener>();
  return {
    get: () => state,
    set(patch) {
      const changed = new Set<ViewStateKey>();
      for (const key of Object.keys(patch) as ViewStateKey[])
        if (!same(state[key], patch[key])) changed.add(key);
      if (changed.size === 0) return;
      state = { ...state, ...patch };
      for (const listener of listeners) listener(state, changed);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
