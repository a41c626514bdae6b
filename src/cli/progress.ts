import { isCi, type CliIo } from "./io";

/** Below this many articles the run is too short for a progress bar to help. */
export const PROGRESS_MIN_ARTICLES = 20;
const BAR_WIDTH = 30;

export interface Progress {
  update: (done: number, total: number) => void;
  /** Clears the bar so the next line starts clean. */
  finish: () => void;
}

const SILENT: Progress = { update: () => {}, finish: () => {} };

/** A one-line bar on stderr, redrawn in place; silent in CI, when quiet or not on a terminal. */
export function createProgress(io: CliIo, total: number, quiet: boolean): Progress {
  if (quiet || !io.stderrIsTTY || isCi(io.env) || total <= PROGRESS_MIN_ARTICLES) return SILENT;
  let drawn = -1;
  return {
    update(done, all) {
      const filled = Math.round((BAR_WIDTH * done) / Math.max(all, 1));
      if (filled === drawn && done !== all) return;
      drawn = filled;
      const bar = "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled);
      io.stderr(`\rpreprocess: [${bar}] ${done}/${all} articles`);
    },
    finish() {
      if (drawn >= 0) io.stderr("\r\x1b[K");
    },
  };
}
