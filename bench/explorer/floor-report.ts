import type { FloorSize } from "./floor";
import type { NetworkSize } from "./network";
import { INPUTS } from "./person-inputs";

const ms = (value: number) =>
  value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toPrecision(3)} ms`;
const ratio = (ours: number, floor: number) => (floor > 0 ? `${(ours / floor).toFixed(2)}x` : "-");
const k = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1000}k`);

/**
 * Our explorer beside the bare sigma page, per size and input: medians of main-thread time and of
 * input to frame, ratios to the floor, and the long tasks of all samples (count, time).
 */
export function formatFloorReport(sizes: (FloorSize | (NetworkSize & { failed: string }))[]): string {
  const lines = [
    "Person-made inputs, ours beside a bare sigma v3 page (the floor), same network, same run:",
    "| actors / relations | input | main thread: ours | floor | ratio | input to frame: ours | floor | ratio | long tasks: ours | floor |",
    "| --: | --- | --: | --: | --: | --: | --: | --: | --: | --: |",
  ];
  for (const size of sizes) {
    const label = `${k(size.actors)} / ${k(size.relations)}`;
    if ("failed" in size) {
      lines.push(`| ${label} | failed: ${size.failed} |`);
      continue;
    }
    lines.push(
      `| ${label} | ready, first frame | ${ms(size.ours.readyMs)} | ${ms(size.floor.readyMs)} | ${ratio(size.ours.readyMs, size.floor.readyMs)} | | | | | |`,
    );
    for (const state of ["all", "window"] as const) {
      const [ours, floor] = [size.ours.frame?.[state], size.floor.frame?.[state]];
      if (!ours || !floor) continue;
      lines.push(
        `| ${label} | frame cost, ${state === "all" ? "all shown" : "30-day window"}: CPU (least wall) | ${ms(ours.cpuMs)} (${ms(ours.wallMs)}) | ${ms(floor.cpuMs)} (${ms(floor.wallMs)}) | ${ratio(ours.cpuMs, floor.cpuMs)} | | | | | |`,
      );
    }
    for (const input of INPUTS) {
      const [ours, floor] = [size.ours[input], size.floor[input]];
      lines.push(
        `| ${label} | ${input} (${ours.samples}) | ${ms(ours.mainMs)} | ${ms(floor.mainMs)} | ${ratio(ours.mainMs, floor.mainMs)} ` +
          `| ${ms(ours.frameMs)} | ${ms(floor.frameMs)} | ${ratio(ours.frameMs, floor.frameMs)} ` +
          `| ${ours.longTasks} (${ms(ours.longTaskMs)}) | ${floor.longTasks} (${ms(floor.longTaskMs)}) |`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
