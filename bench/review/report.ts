import type { TableFigures } from "./measure";

/** One frame at 60 Hz: the budget a scroll frame and a keystroke are held to. */
export const FRAME_BUDGET_MS = 16.7;

const cell = (text: string, width: number) => text.padStart(width);
const fixed = (value: number) => value.toFixed(value < 10 ? 2 : 1);
const ratio = (value: number) => `${(value / FRAME_BUDGET_MS).toFixed(2)}x`;

/** The table figures, side by side with their ratio to a 60 Hz frame, in the layout of the other benches. */
export function formatTableReport(sizes: readonly TableFigures[]): string {
  const header = [
    cell("relations", 10),
    cell("rows", 8),
    cell("scroll frame ms (p50/p95)", 26),
    cell("p95/frame", 10),
    cell("keystroke ms (p50/max)", 23),
    cell("max/frame", 10),
  ].join("  ");
  const lines = sizes.map((s) =>
    [
      cell(s.relations.toLocaleString("en-US"), 10),
      cell(s.rows.toLocaleString("en-US"), 8),
      cell(`${fixed(s.scrollFrameMs.median)} / ${fixed(s.scrollFrameMs.p95)}`, 26),
      cell(ratio(s.scrollFrameMs.p95), 10),
      cell(`${fixed(s.keystrokeMs.median)} / ${fixed(s.keystrokeMs.max)}`, 23),
      cell(ratio(s.keystrokeMs.max), 10),
    ].join("  "),
  );
  return `\nRelations table (headless Chromium; frame budget ${FRAME_BUDGET_MS} ms)\n${header}\n${lines.join("\n")}\n`;
}
