import {
  FILTER_DEFAULTS,
  FILTER_SPECS,
  VISIBILITY_FILTER_KEYS,
  type FilterValues,
} from "../filters/registry";

/** Days since 1970-01-01 (UTC): the explorer's unit of time, cheap to compare and to store in typed arrays. */
export type DayNumber = number;

export type Selection = { type: "node"; key: string } | { type: "edge"; key: string } | null;

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

/** How actors are sized: the file's size (by relations, as the pipeline sizes them), or a centrality. */
export const SIZE_METRICS = ["relations", "degree", "pagerank", "betweenness"] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];

/** How actors are coloured: by kind, or by the community they belong to. */
export const COLOUR_MODES = ["kind", "community"] as const;
export type ColourMode = (typeof COLOUR_MODES)[number];

/**
 * Everything a link must reproduce. Data is never rewritten: views derive what they draw from this.
 * The filters' keys (relation types, actor kinds, minimum degree…) are declared by the filters
 * themselves, in src/app/filters/specs/.
 */
export interface ViewState extends FilterValues {
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
  colourBy: ColourMode;
  sizeBy: SizeMetric;
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
  ...FILTER_DEFAULTS,
  colourBy: "kind",
  sizeBy: "relations",
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
export const FILTER_KEYS: readonly ViewStateKey[] = ["range", "showUndated", ...VISIBILITY_FILTER_KEYS];

/**
 * Equality for the store's values, which are primitives, arrays of primitives or flat objects
 * (selection, camera): one level deep, without serialising, since it runs on every time step.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => left[key] === right[key]);
}

/** The state with the keys that filters derive from the rest (the ego actor follows the selection). */
function derived(state: ViewState): ViewState {
  let next = state;
  for (const filter of FILTER_SPECS) if (filter.derive) next = { ...next, ...filter.derive(next) };
  return next;
}

export function createViewStore(initial: Partial<ViewState> = {}): ViewStore {
  let state: ViewState = derived({ ...DEFAULT_VIEW_STATE, ...initial });
  const listeners = new Set<ChangeListener>();
  return {
    get: () => state,
    set(patch) {
      const next = derived({ ...state, ...patch });
      const changed = new Set<ViewStateKey>();
      for (const key of Object.keys(next) as ViewStateKey[])
        if (!sameValue(state[key], next[key])) changed.add(key);
      if (changed.size === 0) return;
      state = next;
      for (const listener of listeners) listener(state, changed);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
