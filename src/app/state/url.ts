import { debounce } from "../debounce";
import { FILTER_SPECS } from "../filters/registry";
import { finite } from "../filters/url-lists";
import { dayToIso, isoToDay } from "../time";
import { readLook, writeLook } from "./look-url";
import { DEFAULT_VIEW_STATE, type ViewState, type ViewStore } from "./store";

/** Query parameters owned by the view state; any other (e.g. `graph`) is left as it is. */
const KEYS = [
  "from",
  "to",
  "undated",
  ...FILTER_SPECS.flatMap((filter) => filter.url.params),
  "actor",
  "relation",
  "cam",
  "mode",
  "speed",
  "skip",
  "colour",
  "size",
];

/** The view state a link asks for; unknown or malformed values are ignored. */
export function decodeViewState(params: URLSearchParams): Partial<ViewState> {
  const state: Partial<ViewState> = {};
  const from = isoToDay(params.get("from"));
  const to = isoToDay(params.get("to"));
  if (from !== null && to !== null && from <= to) state.range = [from, to];
  if (params.get("undated") === "0") state.showUndated = false;
  for (const filter of FILTER_SPECS) Object.assign(state, filter.url.read(params));
  const actor = params.get("actor");
  const relation = params.get("relation");
  if (actor) state.selected = { type: "node", key: actor };
  else if (relation) state.selected = { type: "edge", key: relation };
  const cam = params.get("cam")?.split(",").map(Number);
  if (cam && cam.length === 4 && cam.every(Number.isFinite) && cam[2]! > 0)
    state.camera = { x: cam[0]!, y: cam[1]!, ratio: cam[2]!, angle: cam[3]! };
  if (params.get("mode") === "window") state.playMode = "window";
  const speed = finite(params.get("speed"));
  if (speed !== undefined && speed > 0) state.speed = speed;
  if (params.get("skip") === "0") state.skipQuiet = false;
  return { ...state, ...readLook(params) };
}

/** Writes the parts of the state that differ from the defaults into the query, keeping other parameters. */
export function encodeViewState(state: Readonly<ViewState>, base: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of KEYS) params.delete(key);
  if (state.range) {
    params.set("from", dayToIso(state.range[0]));
    params.set("to", dayToIso(state.range[1]));
  }
  if (!state.showUndated) params.set("undated", "0");
  for (const filter of FILTER_SPECS) filter.url.write(state, params);
  if (state.selected) params.set(state.selected.type === "node" ? "actor" : "relation", state.selected.key);
  if (state.camera) {
    const { x, y, ratio, angle } = state.camera;
    params.set("cam", [x, y, ratio, angle].join(","));
  }
  if (state.playMode !== DEFAULT_VIEW_STATE.playMode) params.set("mode", state.playMode);
  if (state.speed !== DEFAULT_VIEW_STATE.speed) params.set("speed", String(state.speed));
  if (!state.skipQuiet) params.set("skip", "0");
  writeLook(state, params);
  return params;
}

/** The page's address for this view: path, query with the view state (commas left readable), hash. */
export function addressOf(state: Readonly<ViewState>): string {
  const params = encodeViewState(state, new URLSearchParams(location.search));
  const query = params.toString().replace(/%2C/g, ",").replace(/%2F/g, "/");
  return `${location.pathname}${query ? `?${query}` : ""}${location.hash}`;
}

/** Keeps the address bar in step with the store (replaceState, debounced), so a link reproduces the view. */
export function mountUrlSync(store: ViewStore): () => void {
  const write = () => {
    const url = addressOf(store.get());
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, "", url);
  };
  const writeSoon = debounce(write, 150);
  const unsubscribe = store.subscribe(writeSoon);
  return () => {
    writeSoon.cancel();
    unsubscribe();
  };
}
