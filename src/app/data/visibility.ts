import { RELATION_STATUSES, RELATION_TYPES, type RelationStatus, type RelationType } from "../../schema";
import { VISIBILITY_FILTER_KEYS, type FilterValues } from "../filters/registry";
import { sameValue, type ViewState } from "../state/store";
import type { ExplorerGraph } from "./build-graph";
import { createTimeOrder, windowOf, type DatedRelations, type TimeOrder } from "./time-order";
import { createSettleScratch, settle, type SettleScratch, type StepChange } from "./settle";
import { flipPasses, slideWithoutFloor } from "./slide";
import { createTopology, type Topology } from "./topology";
import { countCodes, countCodesWhere, statusCode, typeCode } from "./relation-codes";
import { reachWithin } from "./reach";
import { relationPasses, visibilityRules, type VisibilityRules } from "./visibility-rules";

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

/** The time window and every filter's keys: the filters' hooks (filters/filter-spec.ts) read them. */
export type FilterState = Pick<ViewState, "range" | "showUndated"> & FilterValues;

/**
 * What is visible, as flags per edge and per node, updated incrementally: moving the time window
 * only visits the edges entering or leaving it (and, with a minimum degree, their actors' edges).
 * An edge is shown when it passes the filters and both its actors are shown; an actor is shown
 * when it passes the filters, its degree among passing edges reaches the minimum and, with the ego
 * filter on, it is near enough to the ego actor. An actor that is shown but has no shown edge is
 * "isolated": it is faded or hidden, and not counted. The filters say what passes through their
 * visibility hooks, combined in visibility-rules.ts.
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
  private rules: VisibilityRules | null = null;
  /** Per actor: within reach of the ego actor (scratch for the ego filter). */
  private readonly reached: Uint8Array;
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
    this.reached = new Uint8Array(nodeKeys.length);
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
    if (!previous || !this.rules) {
      this.rules = visibilityRules(next);
      this.recomputeAll(next, this.rules);
      return { full: true, nodes: [], activityChanged: true };
    }
    const onlyTime = VISIBILITY_FILTER_KEYS.every((key) => sameValue(previous[key], next[key]));
    if (!onlyTime) this.rules = visibilityRules(next);
    // The ego network is walked again over the relations of the new window.
    if (!onlyTime || this.rules.reach) {
      const shownBefore = this.nodeShown.slice();
      this.recomputeAll(next, this.rules);
      const nodes = this.topology.nodeKeys.filter((_, n) => shownBefore[n] !== this.nodeShown[n]);
      return { full: false, nodes, activityChanged: true };
    }
    const undatedToggled = previous.showUndated !== next.showUndated;
    const step: StepChange = this.moveWindow(next, this.rules.minDegree, undatedToggled);
    this.retestDrawable(step.edges);
    // The toggle decides every undated relation's drawability at once.
    if (undatedToggled) this.retestDrawable(this.undated());
    return { full: false, nodes: step.nodes, activityChanged: step.activityChanged };
  }

  /** Per actor, 1 when the ego filter (if on) lets it be shown; read after the passes are set. */
  private reachable(rules: VisibilityRules): Uint8Array | null {
    if (!rules.reach) return null;
    const from = this.topology.nodeIndex.get(rules.reach.from);
    if (from === undefined) return null;
    return reachWithin(this.topology, this.edgePass, from, rules.reach.steps, this.reached);
  }

  private recomputeAll(state: FilterState, rules: VisibilityRules): void {
    const { graph, topology } = this;
    const { nodeKeys, edgeKeys, source, target } = topology;
    const actorPasses = rules.actor;
    nodeKeys.forEach((key, n) => {
      this.nodeStatic[n] = !actorPasses || actorPasses(graph.getNodeAttributes(key)) ? 1 : 0;
    });
    for (let e = 0; e < edgeKeys.length; e++) {
      const ok = relationPasses(rules, this.edgeType[e]!, this.edgeStatus[e]!);
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
    const reachable = this.reachable(rules);
    for (let n = 0; n < nodeKeys.length; n++)
      this.nodeShown[n] =
        this.nodeStatic[n] && this.passDegree[n]! >= rules.minDegree && (!reachable || reachable[n]) ? 1 : 0;
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

  private moveWindow(next: FilterState, minDegree: number, undatedToggled: boolean): StepChange {
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
    if (minDegree <= 0) return slideWithoutFloor(this, this.topology, input);
    const { source, target } = this.topology;
    const touchedNodes: number[] = [];
    const touchedEdges: number[] = [];
    flipPasses(this, this.topology, input, (e) => {
      touchedNodes.push(source[e]!, target[e]!);
      touchedEdges.push(e);
    });
    return settle(this, this.topology, { nodes: touchedNodes, edges: touchedEdges }, minDegree);
  }
}
