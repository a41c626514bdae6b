import type { ArticleRecord } from "../../schema";
import { PHASE_PREFIX } from "./phases";
import type { BuildOutcome, BuildPhase, BuildReply, DroppedFile } from "./build-messages";

export type BuildProgress = (phase: BuildPhase, done: number, total: number) => void;

/**
 * The page's end of the build worker (build-worker.ts): one worker per network built from articles,
 * so that articles dropped later are added to it. `close` ends it when another network replaces it.
 */
export interface ArticleBuilder {
  add(files: DroppedFile[], base: ArticleRecord[] | null, onProgress: BuildProgress): Promise<BuildOutcome>;
  close(): void;
}

export function createArticleBuilder(): ArticleBuilder {
  const worker = new Worker(new URL("./build-worker.ts", import.meta.url), { type: "module" });
  let busy: Promise<unknown> = Promise.resolve();
  const run = (files: DroppedFile[], base: ArticleRecord[] | null, onProgress: BuildProgress) =>
    new Promise<BuildOutcome>((resolve) => {
      const start = performance.now();
      worker.onmessage = (event: MessageEvent<BuildReply>) => {
        const message = event.data;
        if (message.kind === "progress") onProgress(message.phase, message.done, message.total);
        else {
          performance.measure(`${PHASE_PREFIX}build from articles (worker)`, { start });
          resolve(message.outcome);
        }
      };
      worker.onerror = (event) =>
        resolve({
          ok: false,
          message: `The articles could not be read: ${event.message || "the worker failed"}.`,
          skipped: [],
        });
      worker.postMessage({ files, base });
    });
  return {
    // One build at a time: a drop during a build waits for it, and then adds to what it built.
    add(files, base, onProgress) {
      const next = busy.then(() => run(files, base, onProgress));
      busy = next;
      return next;
    },
    close: () => worker.terminate(),
  };
}
