import type {} from "../../src/app/app";
import type { ViewState } from "../../src/app/state/store";

/**
 * The measurements taken inside the page. `installProbes` is serialised into the page and run
 * there once the explorer is ready, so it may use only `window` (no imports, no closures over
 * this module). Every step is timed on the main thread: the synchronous work with
 * `performance.now()` around it, plus the JavaScript of the sigma render it causes (from its
 * `beforeRender` to its `afterRender`), which runs in the next animation frame.
 */

export type DayRange = [number, number];

export interface StepSample {
  /** Synchronous work of the step: the store update and everything listening to it. */
  syncMs: number;
  /** The redraw it scheduled, up to sigma's `afterRender`. */
  drawMs: number;
  /**
   * From the start to the animation frame after the redraw: the frame has been committed. In
   * software-composited headless Chromium the commit waits for the WebGL work (SwiftShader).
   */
  frameMs: number;
}

export interface PlaySample {
  /** Intervals between animation frames while the timeline plays. */
  frameMs: number[];
  /** Sigma renders while playing. */
  drawMs: number[];
  /** How many times the window moved. */
  steps: number;
}

/** A filter changed and changed back: a relation type, an actor kind, a minimum degree of 2. */
export type FilterChange = "type" | "kind" | "degree";

export interface Probes {
  ours(ranges: DayRange[]): Promise<StepSample[]>;
  naive(ranges: DayRange[]): Promise<StepSample[]>;
  filterPasses(ranges: DayRange[]): { bareMs: number[]; indexMs: number[]; shown: number; isolated: boolean };
  camera(count: number): Promise<StepSample[]>;
  focus(count: number): Promise<{ enter: StepSample[]; leave: StepSample[]; everyItem: StepSample[] }>;
  filters(): Promise<Record<FilterChange, StepSample[]>>;
  play(options: {
    start: DayRange;
    speed: number;
    durationMs: number;
    minFrames: number;
  }): Promise<PlaySample>;
  heap(): { usedMB: number; limitMB: number };
  counts(): { actors: number; edges: number; statusActors: number; statusEdges: number };
}

declare global {
  interface Window {
    __benchProbes?: Probes;
    gc?: () => void;
  }
}

/**
 * `measures` names the User Timing measures written around our steps' filter and draw and around
 * the naive steps, which a trace uses to find what else happened inside them (see step-trace.ts).
 */
export function installProbes(measures: { filter: string; draw: string; naive: string }): void {
  const { renderer, store, graph, visibility } = window.__explorer!;
  const now = () => performance.now();
  let renderStart = 0;
  let waiting: ((ms: number) => void) | null = null;
  const draws: number[] = [];
  renderer.on("beforeRender", () => (renderStart = now()));
  renderer.on("afterRender", () => {
    const end = now();
    const ms = end - renderStart;
    draws.push(ms);
    if (waiting) performance.measure(measures.draw, { start: renderStart, end });
    waiting?.(ms);
    waiting = null;
  });
  /** The next render's duration, or 0 when nothing was redrawn within a second. */
  const nextDraw = () =>
    new Promise<number>((resolve) => {
      const timer = setTimeout(() => resolve(0), 1000);
      waiting = (ms) => {
        clearTimeout(timer);
        resolve(ms);
      };
    });
  const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
  const nextFrame = () => new Promise((done) => requestAnimationFrame(done));
  /**
   * The main-thread time of `change` and of the render it causes, and the time to the next frame;
   * `measure` names a User Timing measure to write around `change`.
   */
  const sample = async (change: () => void, measure?: string): Promise<StepSample> => {
    // The wait for the render is set up first: the probe's own work stays out of the timing.
    const drawn = nextDraw();
    const start = now();
    change();
    const end = now();
    if (measure) performance.measure(measure, { start, end });
    const syncMs = end - start;
    const drawMs = await drawn;
    await nextFrame();
    return { syncMs, drawMs, frameMs: now() - start };
  };
  const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  const lowerBound = (days: Int32Array, day: number) => {
    let [lo, hi] = [0, days.length];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (days[mid]! < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  window.__benchProbes = {
    async ours(ranges) {
      const samples: StepSample[] = [];
      // Every step, the first too, starts in an animation-frame callback, where a trace can tell
      // how long its thread ran (see step-trace.ts).
      await nextFrame();
      for (const range of ranges) samples.push(await sample(() => store.set({ range }), measures.filter));
      return samples;
    },

    /** For every relation, write `hidden` into the graph, then a full `refresh()` (which draws at once). */
    async naive(ranges) {
      const samples: StepSample[] = [];
      const showUndated = store.get().showUndated;
      await nextFrame(); // as for our steps
      for (const [from, to] of ranges) {
        const [first, last] = [iso(from), iso(to)];
        const start = now();
        graph.forEachEdge((key, { date }) => {
          const inWindow = date === null ? showUndated : date >= first && date <= last;
          graph.setEdgeAttribute(key, "hidden" as never, !inWindow as never);
        });
        renderer.refresh();
        const end = now();
        performance.measure(measures.naive, { start, end });
        const syncMs = end - start;
        await nextFrame();
        samples.push({ syncMs, drawMs: 0, frameMs: now() - start });
      }
      return samples;
    },

    /**
     * Two filters alone, without the store, the other views or sigma, sampled in turn over the same
     * windows, so that both meet the same state of the machine (at 1M relations, SwiftShader may
     * still be drawing the last step's frame on the other core):
     * - the bare mask, over the relations in the graph's own order (sigma's): clear it, two binary
     *   searches, mark the window's (and the undated) relations through the time order;
     * - the app's own filter: a second VisibilityIndex over the same graph, moved one day forwards
     *   and back, so that every update is a real one-day step.
     * Each sample repeats its pass until 2 ms have passed, so that neither the timer's resolution
     * nor one stray collection decides it.
     */
    filterPasses(ranges) {
      const timed = (pass: () => void, passesPerRun: number) => {
        const start = now();
        let runs = 0;
        do {
          pass();
          runs++;
        } while (now() - start < 2);
        return (now() - start) / (runs * passesPerRun);
      };

      const { order, days } = visibility.time;
      const mask = new Uint8Array(order.length);
      const state = store.get();
      const bare = ([from, to]: DayRange) => {
        mask.fill(0);
        const end = lowerBound(days, to + 1);
        for (let p = lowerBound(days, from); p < end; p++) mask[order[p]!] = 1;
        if (state.showUndated) for (let p = days.length; p < order.length; p++) mask[order[p]!] = 1;
      };

      const Index = visibility.constructor as new (g: typeof graph) => typeof visibility;
      const index = new Index(graph);
      const before = ([from, to]: DayRange): DayRange => [from - 1, to - 1];
      const sampleIndex = (range: DayRange) => {
        const ms = timed(() => {
          index.update({ ...state, range });
          index.update({ ...state, range: before(range) });
        }, 2);
        index.update({ ...state, range }); // where the next day's sample starts from
        return ms;
      };

      const round = () => {
        index.update({ ...state, range: before(ranges[0]!) });
        const bareMs: number[] = [];
        const indexMs: number[] = [];
        ranges.forEach((range, i) => {
          // Which goes first alternates, so neither always follows the other.
          if (i % 2 === 0) bareMs.push(timed(() => bare(range), 1));
          indexMs.push(sampleIndex(range));
          if (i % 2 === 1) bareMs.push(timed(() => bare(range), 1));
        });
        return { bareMs, indexMs };
      };
      // An unmeasured round first: the first samples of a fresh function run before the JIT has
      // compiled it, up to 100 times slower. Then building a second index at 1M relations leaves
      // garbage whose collection, landing in a sample, decided the mean (40 ms against about 2).
      round();
      window.gc?.();
      const { bareMs, indexMs } = round();
      const shown = mask.reduce((sum, flag) => sum + flag, 0);
      return { bareMs, indexMs, shown, isolated: crossOriginIsolated };
    },

    /** Moves the camera by a hair and back: sigma redraws everything, with no reducer call. */
    async camera(count) {
      const camera = renderer.getCamera();
      const base = camera.getState();
      // One unmeasured move first, as our steps have warm-up steps.
      camera.setState({ x: base.x + 1e-4 });
      await nextDraw();
      const samples: StepSample[] = [];
      for (let i = 0; i < count; i++)
        samples.push(await sample(() => camera.setState({ x: base.x + (i % 2 === 0 ? 0 : 1e-4) })));
      camera.setState(base);
      await nextDraw();
      return samples;
    },

    /**
     * Hovers `count` actors spread over the graph, one after the other, and leaves each: what sigma
     * emits when the pointer enters and leaves a disc (the pointer's own picking is not included).
     * Beside it, what a hover costs when every item goes through the reducers again (sigma's own
     * way, and this explorer's before the programs faded the rest): a full refresh in focus.
     */
    async focus(count) {
      const nodes = graph.nodes();
      const enter: StepSample[] = [];
      const leave: StepSample[] = [];
      const everyItem: StepSample[] = [];
      const hover = (event: "enterNode" | "leaveNode", node: string) => () =>
        renderer.emit(event, { node } as never);
      // One unmeasured hover first, as our steps have warm-up steps.
      for (let i = 0; i <= count; i++) {
        const node = nodes[Math.floor((i * nodes.length) / (count + 1))]!;
        const entered = await sample(hover("enterNode", node));
        const full = await sample(() => renderer.refresh({ skipIndexation: true, schedule: true }));
        const left = await sample(hover("leaveNode", node));
        if (i === 0) continue;
        enter.push(entered);
        everyItem.push(full);
        leave.push(left);
      }
      return { enter, leave, everyItem };
    },

    /**
     * Each filter change, then its undoing, through the store as the filter panel does it:
     * unticking the statements and ticking them again, the same for people, a minimum degree of 2
     * and back to none. The window stays where the steps left it.
     */
    async filters() {
      const { edgeTypes, actorKinds, minDegree } = store.get();
      const patches: Record<FilterChange, Partial<ViewState>[]> = {
        type: [{ edgeTypes: edgeTypes.filter((type) => type !== "statement") }, { edgeTypes }],
        kind: [{ actorKinds: actorKinds.filter((kind) => kind !== "person") }, { actorKinds }],
        degree: [{ minDegree: 2 }, { minDegree }],
      };
      // The changes are the patches' keys, so a change added there is measured too.
      const samples = {} as Record<FilterChange, StepSample[]>;
      for (const change of Object.keys(patches) as FilterChange[]) {
        samples[change] = [];
        for (const patch of patches[change]) samples[change].push(await sample(() => store.set(patch)));
      }
      return samples;
    },

    /** Plays a sliding window for `durationMs`, or longer until `minFrames` frames were drawn. */
    async play({ start, speed, durationMs, minFrames }) {
      store.set({ playing: false, playMode: "window", speed, range: start });
      await nextDraw();
      const frameMs: number[] = [];
      let steps = 0;
      const unsubscribe = store.subscribe((_, changed) => void (changed.has("range") && steps++));
      let last = -1;
      let running = true;
      const tick = (time: number) => {
        if (last >= 0 && store.get().playing) frameMs.push(time - last);
        last = time;
        if (running) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const before = draws.length;
      store.set({ playing: true });
      await sleep(durationMs);
      while (frameMs.length < minFrames && store.get().playing) await nextFrame();
      running = false;
      store.set({ playing: false });
      unsubscribe();
      return { frameMs, drawMs: draws.slice(before), steps };
    },

    heap() {
      window.gc?.();
      const memory = (
        performance as Performance & { memory?: { usedJSHeapSize: number; jsHeapSizeLimit: number } }
      ).memory;
      return {
        usedMB: (memory?.usedJSHeapSize ?? 0) / 2 ** 20,
        limitMB: (memory?.jsHeapSizeLimit ?? 0) / 2 ** 20,
      };
    },

    counts() {
      const status = document.querySelector("#visible-counts");
      return {
        actors: visibility.actorCount,
        edges: visibility.edgeCount,
        statusActors: Number(status?.getAttribute("data-actors")),
        statusEdges: Number(status?.getAttribute("data-edges")),
      };
    },
  };
}
