import type { Browser, Page } from "playwright-core";
import { PHASE_PREFIX } from "../../src/app/load/phases";
import { STEP_MEASURES, traceSteps, type StepTrace } from "./step-trace";
import type { BenchServer } from "./serve";
import { countVisible, isoOfDay, type SyntheticNetwork } from "./network";
import { installProbes, type DayRange, type StepSample } from "./probes";
import { mean, quantile, round } from "./stats";

/** One network size's figures; every time is in milliseconds of main-thread time unless said otherwise. */
export interface SizeFigures {
  actors: number;
  relations: number;
  fileMB: number;
  load: LoadFigures;
  heapMB: { afterLoad: number; afterRun: number; limit: number };
  /** Mean of one one-day step of a 30-day window, per way of doing it. */
  step: {
    oursFilterMs: number;
    /** VisibilityIndex.update alone (no store listeners, no sigma). */
    indexMs: number;
    oursDrawMs: number;
    oursMs: number;
    oursP95Ms: number;
    /**
     * The median step; garbage-collection pauses inside a step's filter and draw, per step on
     * average; and the mean step without them. Absent from runs saved before they were traced.
     */
    oursMedianMs?: number;
    gcMs?: number;
    oursWithoutGcMs?: number;
    /**
     * Per step on average, the time our step's main thread was off the CPU, preempted or blocked
     * (see step-trace.ts); our mean step and the naive one on the main thread's CPU time alone.
     * Absent from runs saved before they were traced.
     */
    oursOffCpuMs?: number;
    oursCpuMs?: number;
    naiveCpuMs?: number;
    /** From the step to the next committed frame (includes SwiftShader's WebGL work). */
    oursFrameMs: number;
    naiveMs: number;
    bareMaskMs: number;
    cameraMs: number;
    cameraFrameMs: number;
  };
  /** How many times faster ours is than naive; how many times slower than the bare mask and the camera-only redraw. */
  ratios: {
    naiveOverOurs: number;
    /** The same, both on the main thread's CPU time alone. */
    naiveOverOursCpu?: number;
    oursOverBare: number;
    indexOverBare: number;
    oursOverCamera: number;
  };
  /** How many of each were measured (fewer on big networks, whose frames are slow). */
  samples: {
    steps: number;
    naiveSteps: number;
    cameraSteps: number;
    playFrames: number;
    /** Measured steps that a major (mark-compact) collection landed in. */
    majorGcSteps?: number;
  };
  play: { frameMedianMs: number; frameP95Ms: number; drawMeanMs: number; windowMoves: number };
  /**
   * Hovering an actor and leaving it: main-thread time from the event to the end of the render it
   * causes (mean of `samples`); beside it, a full refresh in focus, every item through the
   * reducers. Absent from runs saved before it was measured.
   */
  focus?: { enterMs: number; leaveMs: number; everyItemMs: number; samples: number };
  /**
   * A filter changed and changed back (mean of the two; see the `filters` probe), beside the full
   * refresh in `focus`, which is what a filter change cost before it processed only what it
   * changed. Absent from runs saved before it was measured; `degreeMs` is null at 1M in runs
   * saved before it was measured there.
   */
  filters?: { typeMs: number; kindMs: number; degreeMs: number | null };
  /** Visible counts after the last step: the app's index, its status bar, and the count from the file. */
  check: {
    range: [string, string];
    app: { actors: number; edges: number };
    status: { actors: number; edges: number };
    expected: { actors: number; edges: number };
    bareMaskEdges: number;
  };
}

export interface LoadFigures {
  readyMs: number;
  firstFrameMs: number;
  /** The explorer's own User Timing measures (`explorer:<phase>`), in the order they ended. */
  phases: { name: string; ms: number }[];
}

export interface MeasureOptions {
  warmupSteps: number;
  steps: number;
  naiveSteps: number;
  cameraSteps: number;
  focusSteps: number;
  playMs: number;
  /** Days per second while playing: low on big networks, whose frames are slow, so play does not end at once. */
  playSpeed: number;
  loadTimeoutMs: number;
}

const WINDOW_DAYS = 30;
const total = (samples: StepSample[]) => samples.map(({ syncMs, drawMs }) => syncMs + drawMs);

/** The sliding window moved one day at a time: what a slider step or a playing timeline does. */
function windows(firstDay: number, offset: number, count: number): DayRange[] {
  return Array.from({ length: count }, (_, i) => [
    firstDay + offset + i,
    firstDay + offset + i + WINDOW_DAYS - 1,
  ]);
}

/** Opens the explorer on the network and waits for its first drawn frame (see the init script). */
async function load(page: Page, server: BenchServer, timeout: number): Promise<LoadFigures> {
  // tsx compiles with esbuild's keepNames, which wraps inner functions in `__name(...)`; the
  // functions serialised into the page need it defined there too.
  await page.addInitScript({ content: "globalThis.__name ??= (fn) => fn;" });
  await page.addInitScript(() => {
    const marks = { ready: -1, frame: -1, state: "" };
    Object.assign(window, { __benchLoad: marks });
    new MutationObserver(() => {
      const state = document.body?.dataset.state;
      if (!state || state === "loading" || marks.ready >= 0) return;
      [marks.ready, marks.state] = [performance.now(), state];
      requestAnimationFrame(() => setTimeout(() => (marks.frame = performance.now())));
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-state"] });
  });
  await page.goto(`${server.url}?graph=bench/network.json`, { waitUntil: "commit" });
  const handle = await page.waitForFunction(
    () => {
      const marks = (window as unknown as { __benchLoad: { ready: number; frame: number; state: string } })
        .__benchLoad;
      return marks.frame >= 0 && marks;
    },
    undefined,
    { timeout, polling: 100 },
  );
  const marks = (await handle.jsonValue()) as { ready: number; frame: number; state: string };
  if (marks.state !== "ready") {
    const message = await page
      .locator("#load-error")
      .textContent()
      .catch(() => null);
    throw new Error(`the explorer did not load the network: ${message ?? marks.state}`);
  }
  const phases = await page.evaluate(
    (prefix) =>
      performance
        .getEntriesByType("measure")
        .filter((entry) => entry.name.startsWith(prefix))
        .map((entry) => ({ name: entry.name.slice(prefix.length), ms: entry.duration })),
    PHASE_PREFIX,
  );
  return {
    readyMs: round(marks.ready),
    firstFrameMs: round(marks.frame),
    phases: phases.map(({ name, ms }) => ({ name, ms: round(ms) })),
  };
}

export async function measureSize(
  browser: Browser,
  server: BenchServer,
  network: SyntheticNetwork,
  options: MeasureOptions,
): Promise<SizeFigures> {
  const { actors, relations, firstDay } = network;
  server.put("bench/network.json", network.json);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const base = { actors, relations, fileMB: round(network.json.length / 2 ** 20) };
  try {
    const loaded = await load(page, server, options.loadTimeoutMs);
    await page.evaluate(installProbes, STEP_MEASURES);
    const afterLoad = await page.evaluate(() => window.__benchProbes!.heap());
    // Warm-up steps lead up to the measured ones, so that every measured step moves the window by one day.
    const warmup = windows(firstDay, 120 - options.warmupSteps, options.warmupSteps);
    await page.evaluate((r) => window.__benchProbes!.ours(r), warmup);
    const ranges = windows(firstDay, 120, options.steps);
    const { result: ours, traces } = await traceSteps(
      browser,
      page,
      { step: STEP_MEASURES.filter, render: STEP_MEASURES.draw },
      () => page.evaluate((r) => window.__benchProbes!.ours(r), ranges),
    );
    const counts = await page.evaluate(() => window.__benchProbes!.counts());
    const passes = await page.evaluate((r) => window.__benchProbes!.filterPasses(r), ranges);
    if (!passes.isolated)
      throw new Error("the page is not cross-origin isolated: timer resolution too coarse");
    const camera = await page.evaluate((n) => window.__benchProbes!.camera(n), options.cameraSteps);
    const focus = await page.evaluate((n) => window.__benchProbes!.focus(n), options.focusSteps);
    const filters = await page.evaluate(() => window.__benchProbes!.filters());
    const play = await page.evaluate((o) => window.__benchProbes!.play(o), {
      start: windows(firstDay, 0, 1)[0]!,
      speed: options.playSpeed,
      durationMs: options.playMs,
      minFrames: 3,
    });
    const afterRun = await page.evaluate(() => window.__benchProbes!.heap());
    // Last: it writes into the graph's data, which the app itself never does.
    const { result: naive, traces: naiveTraces } = await traceSteps(
      browser,
      page,
      { step: STEP_MEASURES.naive },
      () => page.evaluate((r) => window.__benchProbes!.naive(r), ranges.slice(0, options.naiveSteps)),
    );
    const last = ranges[ranges.length - 1]!;
    const oursMs = mean(total(ours));
    if (traces.length !== ours.length || naiveTraces.length !== naive.length)
      throw new Error(
        `the trace shows ${traces.length} and ${naiveTraces.length} steps, where ${ours.length} and ${naive.length} were taken`,
      );
    const gcMs = traces.map((trace) => trace.gcMs);
    /** The steps the trace could tell the time off the CPU of, each less that time. */
    const onCpu = (samples: StepSample[], stepTraces: StepTrace[]) =>
      total(samples).flatMap((ms, i) => {
        const offCpuMs = stepTraces[i]!.offCpuMs;
        return offCpuMs === null ? [] : [ms - offCpuMs];
      });
    const offCpu = traces.flatMap(({ offCpuMs }) => (offCpuMs === null ? [] : [offCpuMs]));
    const [oursCpu, naiveCpu] = [onCpu(ours, traces), onCpu(naive, naiveTraces)];
    if (!oursCpu.length || !naiveCpu.length)
      throw new Error("the trace shows no task around the steps: their time off the CPU is unknown");
    const step = {
      oursFilterMs: mean(ours.map((s) => s.syncMs)),
      indexMs: mean(passes.indexMs),
      oursDrawMs: mean(ours.map((s) => s.drawMs)),
      oursMs,
      oursP95Ms: quantile(total(ours), 0.95),
      oursMedianMs: quantile(total(ours), 0.5),
      gcMs: mean(gcMs),
      oursWithoutGcMs: mean(total(ours).map((ms, i) => ms - (gcMs[i] ?? 0))),
      oursOffCpuMs: mean(offCpu),
      oursCpuMs: mean(oursCpu),
      naiveCpuMs: mean(naiveCpu),
      oursFrameMs: mean(ours.map((s) => s.frameMs)),
      naiveMs: mean(total(naive)),
      bareMaskMs: mean(passes.bareMs),
      cameraMs: mean(total(camera)),
      cameraFrameMs: mean(camera.map((s) => s.frameMs)),
    };
    return {
      ...base,
      load: loaded,
      heapMB: {
        afterLoad: round(afterLoad.usedMB),
        afterRun: round(afterRun.usedMB),
        limit: round(afterLoad.limitMB),
      },
      step: Object.fromEntries(Object.entries(step).map(([k, v]) => [k, round(v)])) as SizeFigures["step"],
      ratios: {
        naiveOverOurs: round(step.naiveMs / oursMs),
        naiveOverOursCpu: round(step.naiveCpuMs / step.oursCpuMs),
        oursOverBare: round(oursMs / step.bareMaskMs),
        indexOverBare: round(step.indexMs / step.bareMaskMs),
        oursOverCamera: round(oursMs / step.cameraMs),
      },
      samples: {
        steps: ours.length,
        naiveSteps: naive.length,
        cameraSteps: camera.length,
        playFrames: play.frameMs.length,
        majorGcSteps: traces.filter((trace) => trace.major).length,
      },
      focus: {
        enterMs: round(mean(total(focus.enter))),
        leaveMs: round(mean(total(focus.leave))),
        everyItemMs: round(mean(total(focus.everyItem))),
        samples: focus.enter.length,
      },
      filters: {
        typeMs: round(mean(total(filters.type))),
        kindMs: round(mean(total(filters.kind))),
        degreeMs: round(mean(total(filters.degree))),
      },
      play: {
        frameMedianMs: round(quantile(play.frameMs, 0.5)),
        frameP95Ms: round(quantile(play.frameMs, 0.95)),
        drawMeanMs: round(mean(play.drawMs)),
        windowMoves: play.steps,
      },
      check: {
        range: [isoOfDay(last[0]), isoOfDay(last[1])],
        app: { actors: counts.actors, edges: counts.edges },
        status: { actors: counts.statusActors, edges: counts.statusEdges },
        expected: countVisible(network, last),
        bareMaskEdges: passes.shown,
      },
    };
  } finally {
    await page.close().catch(() => undefined);
  }
}
