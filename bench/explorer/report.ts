import type { SizeFigures } from "./measure";
import { isFailed, type ExplorerFigures } from "./run";

/** The explorer figures as a fixed-width table, the same layout every run, then the targets. */

const FRAME_BUDGET_MS = 16;
/** The stretch goal: a step costing no more than this times a camera-only redraw. */
const CAMERA_STRETCH = 1.2;
const short = (n: number) =>
  n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1_000 ? `${n / 1_000}k` : String(n);
const ms = (value: number) =>
  value < 0.01
    ? value.toFixed(4)
    : value < 1
      ? value.toFixed(3)
      : value < 100
        ? value.toFixed(2)
        : value.toFixed(0);
const times = (value: number) => `${value < 10 ? value.toFixed(1) : value.toFixed(0)}x`;
const row = (cells: [string, number][]) => cells.map(([text, width]) => text.padStart(width)).join("  ");

const COLUMNS: [string, number][] = [
  ["actors/relations", 16],
  ["file MB", 7],
  ["load ms", 7],
  ["heap MB", 7],
  ["ours ms", 8],
  ["filter", 7],
  ["draw", 7],
  ["index", 7],
  ["naive", 8],
  ["bare mask", 9],
  ["camera", 7],
  ["ours>frame", 10],
  ["cam>frame", 9],
  ["naive/ours", 10],
  ["ours/bare", 9],
  ["ours/cam", 8],
  ["play p50/p95", 13],
];

const widths = COLUMNS.map(([, width]) => width);
const name = (size: { actors: number; relations: number }) =>
  `${short(size.actors)} / ${short(size.relations)}`;

function figuresRow(size: SizeFigures): string {
  const { step, ratios, play } = size;
  const cells = [
    name(size),
    size.fileMB.toFixed(1),
    size.load.firstFrameMs.toFixed(0),
    size.heapMB.afterLoad.toFixed(0),
    ms(step.oursMs),
    ms(step.oursFilterMs),
    ms(step.oursDrawMs),
    ms(step.indexMs),
    ms(step.naiveMs),
    ms(step.bareMaskMs),
    ms(step.cameraMs),
    ms(step.oursFrameMs),
    ms(step.cameraFrameMs),
    times(ratios.naiveOverOurs),
    times(ratios.oursOverBare),
    times(ratios.oursOverCamera),
    `${play.frameMedianMs.toFixed(1)} / ${play.frameP95Ms.toFixed(1)}`,
  ];
  return row(cells.map((text, i) => [text, widths[i]!]));
}

function loadPhases({ load, ...size }: SizeFigures): string {
  // Runs saved before the phases were measured have none.
  const phases = (load.phases ?? []).map(({ name, ms: time }) => `${name} ${ms(time)}`);
  const ends = [`ready ${ms(load.readyMs)}`, `first frame ${ms(load.firstFrameMs)}`];
  return `  ${name(size).padEnd(16)}  ${[...phases, ...ends].join("  |  ")}`;
}

const mark = (ok: boolean) => (ok ? "yes" : "NO ");

/** How much of the mean the garbage collector decided; runs saved before it was traced have no figures. */
function collections({ step, samples }: SizeFigures): string {
  if (step.gcMs === undefined || step.oursWithoutGcMs === undefined) return "GC not traced";
  return (
    `major GC in ${samples.majorGcSteps ?? 0}/${samples.steps} steps, GC ${ms(step.gcMs)} a step` +
    ` (without it ${ms(step.oursWithoutGcMs)}, median ${ms(step.oursMedianMs ?? step.oursMs)})`
  );
}

/** The naive step over ours on the main thread's CPU time; runs saved before it was traced have none. */
function onCpu({ step, ratios }: SizeFigures): string {
  if (ratios.naiveOverOursCpu === undefined || step.oursOffCpuMs === undefined) return "";
  return ` (${times(ratios.naiveOverOursCpu)} on CPU time: ours was off the CPU ${ms(step.oursOffCpuMs)} a step)`;
}

function targets(size: SizeFigures): string {
  const { step, ratios, check, heapMB, samples } = size;
  const counted =
    check.app.edges === check.expected.edges &&
    check.app.actors === check.expected.actors &&
    check.status.edges === check.expected.edges &&
    check.status.actors === check.expected.actors;
  return [
    `  ${name(size).padEnd(16)}`,
    `n ${samples.steps}/${samples.naiveSteps}/${samples.cameraSteps}/${samples.playFrames}`,
    `>=20x faster than naive: ${mark(ratios.naiveOverOurs >= 20)}${onCpu(size)}`,
    `within 3x of bare mask: ${mark(ratios.oursOverBare <= 3)} (VisibilityIndex alone ${times(ratios.indexOverBare)})`,
    `under ${FRAME_BUDGET_MS} ms: ${mark(step.oursMs < FRAME_BUDGET_MS)} (p95 ${ms(step.oursP95Ms)})`,
    collections(size),
    `stretch, within ${CAMERA_STRETCH}x of camera-only: ${mark(ratios.oursOverCamera <= CAMERA_STRETCH)}`,
    `heap ${heapMB.afterLoad.toFixed(0)}/${heapMB.limit.toFixed(0)} MB`,
    size.focus
      ? `hover enter/leave ${ms(size.focus.enterMs)} / ${ms(size.focus.leaveMs)} ms, every item ` +
        `${ms(size.focus.everyItemMs)} ms (n ${size.focus.samples})`
      : "hover not measured",
    size.filters
      ? `filter type/kind/degree ${ms(size.filters.typeMs)} / ${ms(size.filters.kindMs)} / ` +
        `${size.filters.degreeMs === null ? "-" : ms(size.filters.degreeMs)} ms`
      : "filters not measured",
    `counts ${check.expected.edges}/${check.expected.actors} match: ${mark(counted)}`,
  ].join("  |  ");
}

export function formatExplorerReport(figures: ExplorerFigures): string {
  const { machine } = figures;
  const lines = [
    `Explorer benchmark${figures.quick ? " (quick)" : ""}: ${machine.cpu}, ${machine.cores} cores, ` +
      `${machine.memoryGiB} GiB, ${machine.os}; headless Chromium ${machine.chromium}, WebGL ${machine.webgl}`,
    "One step: a 30-day window moved by one day (mean of n steps, see Targets). ours = store.set({range}) and listeners" +
      " (filter) + the sigma render it schedules (draw);",
    "index = VisibilityIndex.update alone, no store listeners and no sigma;",
    "naive = setEdgeAttribute(hidden) on every relation + refresh(); bare mask = typed-array window mask only;" +
      " camera = camera-only redraw. Times in ms of main-thread JavaScript;",
    "x>frame = from the step to the next committed frame, which waits for the WebGL work (SwiftShader here)." +
      " play = frame intervals while the timeline plays.",
    "",
    row(COLUMNS),
  ];
  for (const size of figures.sizes)
    lines.push(isFailed(size) ? `${name(size).padStart(16)}  FAILED: ${size.failed}` : figuresRow(size));
  lines.push(
    "",
    "Load phases (ms; the explorer's User Timing measures, then to ready and to the first frame):",
  );
  for (const size of figures.sizes) if (!isFailed(size)) lines.push(loadPhases(size));
  lines.push("", "Targets (n = steps measured: ours/naive/camera/play frames):");
  for (const size of figures.sizes) if (!isFailed(size)) lines.push(targets(size));
  return `${lines.join("\n")}\n`;
}
