import { RELATION_STATUSES, RELATION_TYPES, type RelationStatus, type RelationType } from "../../schema";
import type { ViewState } from "../state/store";
import type { ExplorerGraph } from "./build-graph";
import { createTimeOrder, windowOf, type DatedRelations, type TimeOrder } from "./time-order";
import { createSettleScratch, settle, type SettleScratch, type StepChange } from "./settle";
import { flipPasses, slideWithoutFloor } from "./slide";
import { createTopology, type Topology } from "./topology";
import { countCodes, countCodesWhere, shownCodes, statusCode, typeCode } from "./relation-codes";

/**
 * What one update changed for drawing; `full` when every item may have changed (the first
 * update). Sigma processes again only the actors shown or hidden (`nodes`). Whether an actor is
 * active and whether a relation is drawable are read on the GPU from `nodeActive` and
 * `edgeDrawable`, whose versions move when they change; `activityChanged` tells whether any actor
 * became active or idle (the label grid then leaves out different actors).
 */
export interface VisibilityChange {
  full: boolean;
  nodes: string[];
  activityChanged: boolean;
}

const sameItems = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/** The flags and counters that a time step (settle, or slide) reads and updates, indexed like the topology. */
export type VisibilityFlags = Pick<
  VisibilityIndex,
  | "nodeStatic"
  | "edgeStatic"
  | "edgePass"
  | "passDegree"
  | "edgeShown"
  | "nodeShown"
  | "shownDegree"
  | "nodeActive"
  | "activityVersion"
  | "scratch"
  | "actorCount"
  | "edgeCount"
>;

type FilterState = Pick<
  ViewState,
  "range" | "showUndated" | "edgeTypes" | "edgeStatuses" | "actorKinds" | "minDegree" | "community"
>;

/**
 * What is visible, as flags per edge and per node, updated incrementally: moving the time window
 * only visits the edges entering or leaving it (and, with a minimum degree, their actors' edges).
 * An edge is shown when it passes the filters and both its actors are shown; an actor is shown
 * when it passes the filters and its degree among passing edges reaches the minimum. An actor that
 * is shown but has no shown edge is "isolated": it is faded or hidden, and not counted.
 */
export class VisibilityIndex {
  readonly topology: Topology;
  readonly time: TimeOrder;
  /** Edge passes the type, status and actor filters, whatever the time. */
  readonly edgeStatic: Uint8Array;
  readonly nodeStatic: Uint8Array;
  readonly edgePass: Uint8Array;
  readonly passDegree: Uint32Array;
  readonly edgeShown: Uint8Array;
  readonly nodeShown: Uint8Array;
  readonly shownDegree: Uint32Array;
  /** Per actor: 1 when it is shown and has a shown edge ("active"), else 0 ("idle"). */
  readonly nodeActive: Uint8Array;
  /** Bumped whenever `nodeActive` changes, so that its readers copy it only then. */
  activityVersion = 0;
  /**
   * Per edge: 1 when drawable, shown as far as everything but the time window goes (the type,
   * status and actor filters, both actors shown, and the undated toggle), else 0. The edge programs read it,
   * and test the date against the window themselves.
   */
  readonly edgeDrawable: Uint8Array;
  /** Bumped whenever `edgeDrawable` changes. */
  drawableVersion = 0;
  /**
   * Bumped on every update, as `edgeShown` may have changed: what is derived from the relations
   * shown (the focused actor's neighbours) is derived again when it moves.
   */
  shownVersion = 0;
  private window: [number, number] = [0, 0];
  private state: FilterState | null = null;
  readonly scratch: SettleScratch;
  /** Per edge: its type's position in RELATION_TYPES, so filtering by type reads no attribute. */
  private readonly edgeType: Uint8Array;
  /** Per edge: its status's position in RELATION_STATUSES ("held" when it has none), likewise. */
  private readonly edgeStatus: Uint8Array;
  actorCount = 0;
  edgeCount = 0;

  constructor(private readonly graph: ExplorerGraph) {
    const days = new Float64Array(graph.size);
    const types = new Uint8Array(graph.size);
    const statuses = new Uint8Array(graph.size);
    const sorted: { time?: TimeOrder } = {};
    // Edges are numbered by time order, so an edge's index is its position in the window, and a
    // step reads the per-edge flags of the edges entering or leaving the window side by side.
    this.topology = createTopology(
      graph,
      (e, { day, type, status }) => {
        days[e] = day ?? NaN;
        types[e] = typeCode(type);
        statuses[e] = statusCode(status);
      },
      () => (sorted.time = createTimeOrder(days)).order,
    );
    this.time = sorted.time!;
    this.edgeType = Uint8Array.from(this.time.order, (g) => types[g]!);
    this.edgeStatus = Uint8Array.from(this.time.order, (g) => statuses[g]!);
    const { edgeKeys, nodeKeys } = this.topology;
    this.edgeStatic = new Uint8Array(edgeKeys.length);
    this.edgePass = new Uint8Array(edgeKeys.length);
    this.edgeShown = new Uint8Array(edgeKeys.length);
    this.edgeDrawable = new Uint8Array(edgeKeys.length);
    this.scratch = createSettleScratch(nodeKeys.length, edgeKeys.length);
    this.nodeStatic = new Uint8Array(nodeKeys.length);
    this.nodeShown = new Uint8Array(nodeKeys.length);
    this.passDegree = new Uint32Array(nodeKeys.length);
    this.shownDegree = new Uint32Array(nodeKeys.length);
    this.nodeActive = new Uint8Array(nodeKeys.length);
  }

  /** Edges are numbered by time order: the dated ones first, by day. */
  private isDated(e: number): boolean {
    return e < this.time.days.length;
  }

  isEdgeShown(key: string): boolean {
    const e = this.topology.edgeIndex.get(key);
    return e !== undefined && this.edgeShown[e] === 1;
  }

  private drawable(e: number): 0 | 1 {
    const { source, target } = this.topology;
    return this.edgeStatic[e] === 1 &&
      this.nodeShown[source[e]!] === 1 &&
      this.nodeShown[target[e]!] === 1 &&
      (this.isDated(e) || this.state?.showUndated === true)
      ? 1
      : 0;
  }

  /** Tests these edges' drawability again; the version moves when any flipped. */
  private retestDrawable(edges: Iterable<number>): void {
    let changed = false;
    for (const e of edges) {
      const drawable = this.drawable(e);
      if (drawable === this.edgeDrawable[e]) continue;
      this.edgeDrawable[e] = drawable;
      changed = true;
    }
    if (changed) this.drawableVersion++;
  }

  /** The undated edges' indices (they are numbered after the dated ones). */
  private *undated(): Generator<number> {
    for (let e = this.time.days.length; e < this.topology.edgeKeys.length; e++) yield e;
  }

  /** How many relations there are of each type, whatever the filters (the type filter's counts). */
  countByType(): Record<RelationType, number> {
    return countCodes(this.edgeType, RELATION_TYPES);
  }

  /** How many relations there are of each status, whatever the filters (the status filter's counts). */
  countByStatus(): Record<RelationStatus, number> {
    return countCodes(this.edgeStatus, RELATION_STATUSES);
  }

  /** How many relations of each type are shown now, in the window and through the filters. */
  countShownByType(): Record<RelationType, number> {
    return countCodesWhere(this.edgeType, this.edgeShown, RELATION_TYPES);
  }

  countShownByStatus(): Record<RelationStatus, number> {
    return countCodesWhere(this.edgeStatus, this.edgeShown, RELATION_STATUSES);
  }

  /** Every actor and relation in the file, whatever the filters: what the CLI's summary counts. */
  get totals(): { actors: number; edges: number } {
    return { actors: this.topology.nodeKeys.length, edges: this.topology.edgeKeys.length };
  }

  /**
   * The histogram's input, read from the time order rather than from the graph: the dated
   * relations' days (sorted) and type codes (positions in RELATION_TYPES), and how many relations
   * have no date.
   */
  datedRelations(): DatedRelations {
    const datedCount = this.time.days.length;
    return {
      days: this.time.days,
      types: this.edgeType.subarray(0, datedCount),
      undated: this.edgeType.length - datedCount,
    };
  }

  /** Shown and with at least one shown edge. */
  isNodeActive(key: string): boolean {
    const n = this.topology.nodeIndex.get(key);
    return n !== undefined && this.nodeActive[n] === 1;
  }

  isNodeShown(key: string): boolean {
    const n = this.topology.nodeIndex.get(key);
    return n !== undefined && this.nodeShown[n] === 1;
  }

  update(next: FilterState): VisibilityChange {
    const previous = this.state;
    this.state = { ...next };
    this.shownVersion++;
    const onlyTime =
      previous !== null &&
      sameItems(previous.edgeTypes, next.edgeTypes) &&
      sameItems(previous.edgeStatuses, next.edgeStatuses) &&
      sameItems(previous.actorKinds, next.actorKinds) &&
      previous.minDegree === next.minDegree &&
      previous.community === next.community;
    if (!previous) {
      this.recomputeAll(next);
      return { full: true, nodes: [], activityChanged: true };
    }
    if (!onlyTime) {
      const shownBefore = this.nodeShown.slice();
      this.recomputeAll(next);
      const nodes = this.topology.nodeKeys.filter((_, n) => shownBefore[n] !== this.nodeShown[n]);
      return { full: false, nodes, activityChanged: true };
    }
    const undatedToggled = previous.showUndated !== next.showUndated;
    const step: StepChange = this.moveWindow(next, undatedToggled);
    this.retestDrawable(step.edges);
    // The toggle decides every undated relation's drawability at once.
    if (undatedToggled) this.retestDrawable(this.undated());
    return { full: false, nodes: step.nodes, activityChanged: step.activityChanged };
  }

  private recomputeAll(state: FilterState): void {
    const { graph, topology } = this;
    const { nodeKeys, edgeKeys, source, target } = topology;
    const kinds = new Set(state.actorKinds);
    const typeShown = shownCodes(RELATION_TYPES, state.edgeTypes);
    const statusShown = shownCodes(RELATION_STATUSES, state.edgeStatuses);
    nodeKeys.forEach((key, n) => {
      const { kind, community } = graph.getNodeAttributes(key);
      const inCommunity = state.community === null || community === state.community;
      this.nodeStatic[n] = kinds.has(kind) && inCommunity ? 1 : 0;
    });
    for (let e = 0; e < edgeKeys.length; e++) {
      const ok = typeShown[this.edgeType[e]!] === true && statusShown[this.edgeStatus[e]!] === true;
      this.edgeStatic[e] = ok && this.nodeStatic[source[e]!] && this.nodeStatic[target[e]!] ? 1 : 0;
    }
    this.window = windowOf(this.time.days, state.range);
    this.edgePass.fill(0);
    for (let e = this.window[0]; e < this.window[1]; e++) this.edgePass[e] = this.edgeStatic[e]!;
    if (state.showUndated)
      for (let e = this.time.days.length; e < edgeKeys.length; e++) this.edgePass[e] = this.edgeStatic[e]!;
    this.passDegree.fill(0);
    for (let e = 0; e < edgeKeys.length; e++)
      if (this.edgePass[e]) {
        this.passDegree[source[e]!]!++;
        this.passDegree[target[e]!]!++;
      }
    for (let n = 0; n < nodeKeys.length; n++)
      this.nodeShown[n] = this.nodeStatic[n] && this.passDegree[n]! >= state.minDegree ? 1 : 0;
    this.shownDegree.fill(0);
    this.edgeCount = 0;
    for (let e = 0; e < edgeKeys.length; e++) {
      const shown = this.edgePass[e] && this.nodeShown[source[e]!] && this.nodeShown[target[e]!] ? 1 : 0;
      this.edgeShown[e] = shown;
      if (shown) {
        this.edgeCount++;
        this.shownDegree[source[e]!]!++;
        this.shownDegree[target[e]!]!++;
      }
    }
    this.actorCount = 0;
    for (let n = 0; n < nodeKeys.length; n++) {
      this.nodeActive[n] = this.nodeShown[n] && this.shownDegree[n] ? 1 : 0;
      this.actorCount += this.nodeActive[n]!;
    }
    this.activityVersion++;
    for (let e = 0; e < edgeKeys.length; e++) this.edgeDrawable[e] = this.drawable(e);
    this.drawableVersion++;
  }

  private moveWindow(next: FilterState, undatedToggled: boolean): StepChange {
    const [oldFrom, oldTo] = this.window;
    this.window = windowOf(this.time.days, next.range);
    const [from, to] = this.window;
    const datedCount = this.time.days.length;
    const { edgeKeys } = this.topology;
    // The edges that may have flipped in or out: the stretches between the old and new bounds.
    const stretches: [number, number][] = [
      [Math.min(oldFrom, from), Math.max(oldFrom, from)],
      [Math.min(oldTo, to), Math.max(oldTo, to)],
    ];
    if (undatedToggled) stretches.push([datedCount, edgeKeys.length]);
    const input = { stretches, window: this.window, datedCount, showUndated: next.showUndated };
    if (next.minDegree <= 0) return slideWithoutFloor(this, this.topology, input);
    const { source, target } = this.topology;
    const touchedNodes: number[] = [];
    const touchedEdges: number[] = [];
    flipPasses(this, this.topology, input, (e) => {
      touchedNodes.push(source[e]!, target[e]!);
      touchedEdges.push(e);
    });
    return settle(this, this.topology, { nodes: touchedNodes, edges: touchedEdges }, next.minDegree);
  }
}
