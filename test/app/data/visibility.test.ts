import Graph from "graphology";
import { describe, expect, test } from "vitest";
import type { ExplorerGraph } from "../../../src/app/data/build-graph";
import { VisibilityIndex } from "../../../src/app/data/visibility";
import { isoToDay } from "../../../src/app/time";
import { DEFAULT_VIEW_STATE, type ViewState } from "../../../src/app/state/store";
import { syntheticNetwork } from "../../e2e/fixtures";
import { buildBins, collectRelations, extentOf } from "../../../src/app/timeline/bins";

const network = syntheticNetwork(30, 120, 11);
const graphOf = () => {
  const graph = new Graph({ type: "mixed", multi: true, allowSelfLoops: false });
  graph.import(network as never);
  // What buildGraph adds to every relation (it cannot run here: it loads sigma, which needs WebGL).
  graph.forEachEdge((key, { date }) => graph.setEdgeAttribute(key, "day", isoToDay(date as string | null)));
  return graph as unknown as ExplorerGraph;
};
/** The same network where every other call is planned, and the others say "held" or nothing. */
const withPlannedCalls = () => {
  const graph = graphOf();
  graph
    .filterEdges((_key, { type }) => type === "call")
    .forEach((key, i) => {
      if (i % 2 === 0) graph.setEdgeAttribute(key, "status", "planned");
      else if (i % 4 === 1) graph.setEdgeAttribute(key, "status", "held");
    });
  return graph;
};
const DAY0 = Date.UTC(2022, 9, 1) / 86_400_000;

/** Every flag and count of an index, to compare an incrementally updated one with a fresh one. */
const snapshot = (index: VisibilityIndex) => ({
  passes: Array.from(index.edgePass),
  passDegree: Array.from(index.passDegree),
  edges: Array.from(index.edgeShown),
  nodes: Array.from(index.nodeShown),
  degree: Array.from(index.shownDegree),
  active: Array.from(index.nodeActive),
  drawable: Array.from(index.edgeDrawable),
  actors: index.actorCount,
  relations: index.edgeCount,
});

const shown = (index: VisibilityIndex) => index.topology.nodeKeys.map((key) => index.isNodeShown(key));
const active = (index: VisibilityIndex) => index.topology.nodeKeys.map((key) => index.isNodeActive(key));
const drawable = (index: VisibilityIndex) => Array.from(index.edgeDrawable, (flag) => flag === 1);

describe("the visibility index moved step by step agrees with one computed from scratch", () => {
  test.each([
    { name: "no other filter", patch: {} },
    { name: "minimum degree 2", patch: { minDegree: 2 } },
    { name: "calls and statements", patch: { edgeTypes: ["call", "statement"] } },
    { name: "people and media in community 1", patch: { actorKinds: ["person", "media"], community: 1 } },
    { name: "held relations only", patch: { edgeStatuses: ["held"] } },
    { name: "planned calls only, minimum degree 1", patch: { edgeStatuses: ["planned"], minDegree: 1 } },
  ] as { name: string; patch: Partial<ViewState> }[])("$name", ({ patch }) => {
    const moving = new VisibilityIndex(withPlannedCalls());
    moving.update({ ...DEFAULT_VIEW_STATE, ...patch });
    const windows = [
      [0, 10],
      [5, 40],
      [30, 31],
      [60, 89],
      [0, 89],
      [45, 44 + 20],
      [88, 120],
      [-20, 3],
    ];
    windows.forEach(([from, to], step) => {
      const state = {
        ...DEFAULT_VIEW_STATE,
        ...patch,
        range: [DAY0 + from!, DAY0 + to!] as [number, number],
        showUndated: step % 2 === 0,
      };
      const [shownBefore, activeBefore, drawableBefore] = [shown(moving), active(moving), drawable(moving)];
      const [versionBefore, drawableVersionBefore] = [moving.activityVersion, moving.drawableVersion];
      const change = moving.update(state);
      expect(change.full).toBe(false);
      // Exactly the actors that were shown or hidden are processed again; actors that only became
      // active or idle, and relations that became drawable or not (apart from the window, which
      // the edge programs test), are told by their flags and the flags' versions.
      const [shownAfter, activeAfter, drawableAfter] = [shown(moving), active(moving), drawable(moving)];
      const keysWhere = (before: boolean[], after: boolean[], keys: string[]) =>
        keys.filter((_, i) => before[i] !== after[i]).sort();
      const { nodeKeys } = moving.topology;
      expect([...change.nodes].sort()).toEqual(keysWhere(shownBefore, shownAfter, nodeKeys));
      const activityFlips = keysWhere(activeBefore, activeAfter, nodeKeys).length;
      expect(change.activityChanged).toBe(activityFlips > 0);
      expect(moving.activityVersion > versionBefore).toBe(activityFlips > 0);
      const drawableFlips = keysWhere(drawableBefore, drawableAfter, moving.topology.edgeKeys).length;
      expect(moving.drawableVersion > drawableVersionBefore).toBe(drawableFlips > 0);
      const fresh = new VisibilityIndex(withPlannedCalls());
      fresh.update(state);
      expect(snapshot(moving)).toEqual(snapshot(fresh));
    });
  });
});

describe("the status filter shows the relations of the statuses chosen (none is held)", () => {
  const graph = withPlannedCalls();
  const statusOf = (key: string) => graph.getEdgeAttribute(key, "status") ?? "held";
  const typeOf = (key: string) => graph.getEdgeAttribute(key, "type");
  const index = new VisibilityIndex(graph);
  index.update(DEFAULT_VIEW_STATE);

  test.each([
    { edgeStatuses: ["held", "planned"], edgeTypes: ["call", "statement", "citation"] },
    { edgeStatuses: ["held"], edgeTypes: ["call", "statement", "citation"] },
    { edgeStatuses: ["planned"], edgeTypes: ["call", "statement", "citation"] },
    { edgeStatuses: [], edgeTypes: ["call", "statement", "citation"] },
    { edgeStatuses: ["held"], edgeTypes: ["call"] },
    { edgeStatuses: ["planned"], edgeTypes: ["statement", "citation"] },
  ] as Pick<ViewState, "edgeStatuses" | "edgeTypes">[])(
    "statuses $edgeStatuses, types $edgeTypes",
    ({ edgeStatuses, edgeTypes }) => {
      const change = index.update({ ...DEFAULT_VIEW_STATE, edgeStatuses, edgeTypes });
      expect(change.full).toBe(false);
      const { edgeKeys } = index.topology;
      const expected = edgeKeys.filter(
        (key) => edgeStatuses.includes(statusOf(key)) && edgeTypes.includes(typeOf(key)),
      );
      expect(edgeKeys.filter((key) => index.isEdgeShown(key))).toEqual(expected);
      expect(index.edgeCount).toBe(expected.length);
    },
  );

  test("counts the relations of each status, whatever the filters", () => {
    const planned = graph.filterEdges((key) => statusOf(key) === "planned").length;
    expect(planned).toBeGreaterThan(3);
    expect(index.countByStatus()).toEqual({ held: graph.size - planned, planned });
  });
});

describe("a time step tells when actors became active or idle", () => {
  // Ada talks to Bo on day 1 and to Cy on day 5: a window from day 2 leaves Bo, the relation's
  // target, with nothing shown, while Ada stays active through Cy.
  const talks = () => {
    const graph = new Graph({ type: "mixed", multi: true, allowSelfLoops: false });
    for (const key of ["ada", "bo", "cy"]) graph.addNode(key, { kind: "person", community: 0 });
    graph.addDirectedEdgeWithKey("ada-bo", "ada", "bo", { type: "statement", day: DAY0 + 1 });
    graph.addDirectedEdgeWithKey("ada-cy", "ada", "cy", { type: "statement", day: DAY0 + 5 });
    return graph as unknown as ExplorerGraph;
  };
  const activeKeys = (index: VisibilityIndex) =>
    index.topology.nodeKeys.filter((key) => index.isNodeActive(key));

  test("only the target of a relation that left the window goes idle", () => {
    const index = new VisibilityIndex(talks());
    index.update({ ...DEFAULT_VIEW_STATE, range: [DAY0, DAY0 + 6] });
    expect(activeKeys(index)).toEqual(["ada", "bo", "cy"]);
    const [version, shownVersion] = [index.activityVersion, index.shownVersion];
    const change = index.update({ ...DEFAULT_VIEW_STATE, range: [DAY0 + 2, DAY0 + 6] });
    expect(activeKeys(index)).toEqual(["ada", "cy"]);
    expect(change.activityChanged).toBe(true);
    expect(index.activityVersion).toBeGreaterThan(version);
    // Ada's relation with Bo is no longer shown: her neighbours in focus are to be derived again.
    expect(index.shownVersion).toBeGreaterThan(shownVersion);
    expect([index.actorCount, index.edgeCount]).toEqual([2, 1]);
  });

  test("a step that moves no relation in or out changes no activity", () => {
    const index = new VisibilityIndex(talks());
    index.update({ ...DEFAULT_VIEW_STATE, range: [DAY0 + 2, DAY0 + 6] });
    const version = index.activityVersion;
    const change = index.update({ ...DEFAULT_VIEW_STATE, range: [DAY0 + 3, DAY0 + 7] });
    expect(change.activityChanged).toBe(false);
    expect(index.activityVersion).toBe(version);
  });
});

describe("a change of the other filters lists exactly the actors shown or hidden", () => {
  test("types, kinds, community, minimum degree and the undated toggle, one after another", () => {
    const index = new VisibilityIndex(graphOf());
    const range: [number, number] = [DAY0 + 20, DAY0 + 50];
    const first = index.update({ ...DEFAULT_VIEW_STATE, range });
    expect(first.full).toBe(true);
    const patches: Partial<ViewState>[] = [
      { edgeTypes: ["call", "statement"] },
      { actorKinds: ["person", "media", "organization"] },
      { community: 2 },
      { community: null, minDegree: 3 },
      { minDegree: 1, showUndated: false },
      { edgeTypes: ["citation"], actorKinds: ["country"], minDegree: 0, showUndated: true },
      {},
    ];
    let state: ViewState = { ...DEFAULT_VIEW_STATE, range };
    const keysWhere = (before: boolean[], after: boolean[], keys: string[]) =>
      keys.filter((_, i) => before[i] !== after[i]).sort();
    const { nodeKeys, edgeKeys } = index.topology;
    let changedSomething = 0;
    for (const patch of patches) {
      state = { ...state, ...patch, edgeTypes: patch.edgeTypes ?? DEFAULT_VIEW_STATE.edgeTypes };
      const [shownBefore, drawableBefore] = [shown(index), drawable(index)];
      const drawableVersionBefore = index.drawableVersion;
      const change = index.update(state);
      expect(change.full).toBe(false);
      expect([...change.nodes].sort()).toEqual(keysWhere(shownBefore, shown(index), nodeKeys));
      // The relations' flags are compared with a fresh index's below; their version always moves.
      expect(index.drawableVersion).toBeGreaterThan(drawableVersionBefore);
      changedSomething += keysWhere(drawableBefore, drawable(index), edgeKeys).length;
      const fresh = new VisibilityIndex(graphOf());
      fresh.update(state);
      expect(snapshot(index)).toEqual(snapshot(fresh));
    }
    expect(changedSomething).toBeGreaterThan(50);
  });
});

describe("what the index tells the other views, read from its arrays instead of the graph", () => {
  const graph = graphOf();
  const [a, b] = graph.nodes();
  // A type no filter lists, dated after every other relation and undated: no bar counts it, but
  // it is a relation of the timeline's span.
  graph.addDirectedEdge(a!, b!, { type: "rumour", date: "2023-12-31", day: DAY0 + 456 } as never);
  graph.addDirectedEdge(a!, b!, { type: "rumour", date: null, day: null } as never);
  const index = new VisibilityIndex(graph);

  test("the histogram's relations give the bins the graph gives, sorted by day", () => {
    const fromGraph = collectRelations(graph as unknown as Graph);
    const fromIndex = index.datedRelations();
    const extent = extentOf(fromGraph.days)!;
    for (const unit of ["day", "week"] as const)
      expect(buildBins(fromIndex, extent, unit)).toEqual(buildBins(fromGraph, extent, unit));
    expect(extentOf(fromIndex.days)).toEqual(extent);
    const days = Array.from(fromIndex.days);
    expect(days).toEqual([...days].sort((x, y) => x - y));
    expect(fromIndex.undated).toBe(fromGraph.undated);
    expect(fromIndex.undated).toBeGreaterThan(0);
  });

  test("the relations of each type", () => {
    const count = (type: string) => graph.filterEdges((_key, attributes) => attributes.type === type).length;
    expect(index.countByType()).toEqual({
      call: count("call"),
      statement: count("statement"),
      citation: count("citation"),
    });
    expect(count("call")).toBeGreaterThan(0);
  });
});
