import { describe, expect, it } from "vitest";
import {
  FILTER_DEFAULTS,
  FILTER_SPECS,
  keysOf,
  VISIBILITY_FILTER_KEYS,
} from "../../../src/app/filters/registry";
import {
  createViewStore,
  DEFAULT_VIEW_STATE,
  FILTER_KEYS,
  type ViewState,
} from "../../../src/app/state/store";
import { decodeViewState, encodeViewState } from "../../../src/app/state/url";
import { captionLines } from "../../../src/app/export/snapshot-caption";

const encode = (patch: Partial<ViewState>) =>
  encodeViewState({ ...DEFAULT_VIEW_STATE, ...patch }, new URLSearchParams("graph=g.json"))
    .toString()
    .replace(/%2C/g, ",");

describe("the filter registry: one entry per filter, each whole", () => {
  it("lists each filter once, and each state key and URL parameter under one filter only", () => {
    const names = FILTER_SPECS.map((filter) => filter.name);
    expect(new Set(names).size).toBe(names.length);
    const keys = FILTER_SPECS.flatMap(keysOf);
    expect(new Set(keys).size).toBe(keys.length);
    const params = FILTER_SPECS.flatMap((filter) => filter.url.params);
    expect(new Set(params).size).toBe(params.length);
  });

  it("makes the view state's defaults from the filters' own", () => {
    for (const filter of FILTER_SPECS)
      for (const key of keysOf(filter)) expect(DEFAULT_VIEW_STATE[key]).toEqual(filter.defaults[key]);
    expect(FILTER_DEFAULTS).toMatchObject({ minDegree: 0, community: null, ego: 0, isolated: "fade" });
  });

  it("moves the visibility index on the keys of the filters with hooks, and not on isolated actors' look", () => {
    expect(FILTER_KEYS).toEqual(expect.arrayContaining(["range", "showUndated", ...VISIBILITY_FILTER_KEYS]));
    expect(VISIBILITY_FILTER_KEYS).toEqual(
      expect.arrayContaining(["edgeTypes", "minDegree", "ego", "egoCentre"]),
    );
    expect(VISIBILITY_FILTER_KEYS).not.toContain("isolated");
  });

  it("writes nothing for a filter at its default, and no caption line", () => {
    for (const filter of FILTER_SPECS) {
      const params = new URLSearchParams();
      filter.url.write(DEFAULT_VIEW_STATE, params);
      expect([filter.name, params.toString()]).toEqual([filter.name, ""]);
      expect(filter.caption(DEFAULT_VIEW_STATE, {})).toBeNull();
    }
  });
});

describe("links read as they always did, and the new filters and looks have their own words", () => {
  it.each([
    [{}, "graph=g.json"],
    [{ edgeTypes: ["call"] }, "graph=g.json&types=call"],
    [{ edgeStatuses: ["planned"] }, "graph=g.json&statuses=planned"],
    [{ actorKinds: ["person", "media"] }, "graph=g.json&kinds=person,media"],
    [{ minDegree: 2 }, "graph=g.json&mindeg=2"],
    [{ community: 3 }, "graph=g.json&community=3"],
    [{ isolated: "hide" }, "graph=g.json&isolated=hide"],
    [{ ego: 1, selected: { type: "node", key: "putin" } }, "graph=g.json&ego=1&actor=putin"],
    [{ ego: 2 }, "graph=g.json&ego=2"],
    [{ colourBy: "community" }, "graph=g.json&colour=community"],
    [{ sizeBy: "pagerank" }, "graph=g.json&size=pagerank"],
    [
      { range: [19300, 19330], showUndated: false, edgeTypes: ["call"], minDegree: 1, speed: 60 },
      "graph=g.json&from=2022-11-04&to=2022-12-04&undated=0&types=call&mindeg=1&speed=60",
    ],
  ] as [Partial<ViewState>, string][])("%j is written as %s", (patch, query) => {
    expect(encode(patch)).toBe(query);
  });

  it.each([
    ["ego=1&actor=a", { ego: 1, selected: { type: "node", key: "a" } }],
    ["ego=3", {}],
    ["ego=one", {}],
    ["colour=rainbow&size=huge", {}],
    ["colour=community&size=betweenness", { colourBy: "community", sizeBy: "betweenness" }],
    ["kinds=person,alien", { actorKinds: ["person"] }],
    ["mindeg=2.7", { minDegree: 2 }],
  ] as [string, Partial<ViewState>][])("%s is read as %j", (query, state) => {
    expect(decodeViewState(new URLSearchParams(query))).toEqual(state);
  });

  it.each([
    { edgeTypes: ["statement"], actorKinds: [], minDegree: 3 },
    { community: 0, isolated: "hide" },
    { ego: 2, selected: { type: "node", key: "x" } },
    { colourBy: "community", sizeBy: "degree" },
  ] as Partial<ViewState>[])("%j comes back as it was", (patch) => {
    expect(decodeViewState(new URLSearchParams(encode(patch)))).toMatchObject(patch);
  });

  it("replaces the filter parameters of the link it starts from", () => {
    const base = new URLSearchParams("graph=g.json&types=call&ego=2&colour=community");
    expect(encodeViewState(DEFAULT_VIEW_STATE, base).toString()).toBe("graph=g.json");
  });
});

describe("the ego actor follows the selection while the ego filter is on", () => {
  it.each([
    ["off, an actor selected", { ego: 0, selected: { type: "node", key: "a" } }, null],
    ["1 step, an actor selected", { ego: 1, selected: { type: "node", key: "a" } }, "a"],
    ["2 steps, nothing selected", { ego: 2, selected: null }, null],
  ] as [string, Partial<ViewState>, string | null][])("%s: centre %s", (_name, patch, centre) => {
    expect(createViewStore(patch).get().egoCentre).toBe(centre);
  });

  it("keeps the ego actor while a relation is selected, and tells listeners it moved", () => {
    const store = createViewStore({ ego: 1, selected: { type: "node", key: "a" } });
    const heard: string[][] = [];
    store.subscribe((_state, changed) => heard.push([...changed].sort()));
    store.set({ selected: { type: "edge", key: "e1" } });
    expect(store.get().egoCentre).toBe("a");
    store.set({ selected: { type: "node", key: "b" } });
    expect(store.get().egoCentre).toBe("b");
    expect(heard).toEqual([["selected"], ["egoCentre", "selected"]]);
  });
});

describe("each filter writes its own caption line, in the registry's order", () => {
  const lines = (patch: Partial<ViewState>, selectedLabel?: string) =>
    captionLines(createViewStore(patch).get(), { nodes: 3, edges: 2, selectedLabel }).slice(3);

  it.each([
    [
      { ego: 1, selected: { type: "node", key: "putin" } },
      "Vladimir Putin",
      "Ego network: Vladimir Putin and the actors one step away",
    ],
    [
      { ego: 2, selected: { type: "node", key: "putin" } },
      "Vladimir Putin",
      "Ego network: Vladimir Putin and the actors up to two steps away",
    ],
    [{ ego: 2 }, undefined, null],
  ] as [Partial<ViewState>, string | undefined, string | null][])("%j: %s", (patch, label, line) => {
    const ego = lines(patch, label).filter((text) => text.startsWith("Ego network"));
    expect(ego).toEqual(line ? [line] : []);
  });

  it("lists the filters' lines in the registry's order, the selection last", () => {
    expect(
      lines(
        { edgeTypes: ["call"], minDegree: 2, isolated: "hide", ego: 1, selected: { type: "node", key: "a" } },
        "A",
      ),
    ).toEqual([
      "Relation types: Call or meeting",
      "Minimum degree: 2",
      "Ego network: A and the actors one step away",
      "Actors without a shown relation: hidden",
      "Selected: A",
    ]);
  });
});
