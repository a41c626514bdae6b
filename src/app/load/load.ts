import { HINT, type LoadOutcome, type ProgressListener } from "./parse";
import { PHASE_PREFIX } from "./phases";
import type { ParseReply, ParseRequest } from "./parse-worker";

export type { LoadOutcome, ProgressListener } from "./parse";

/** Runs one request in a fresh parse worker and ends it when the answer is in. */
function inWorker(request: ParseRequest, name: string, onProgress: ProgressListener): Promise<LoadOutcome> {
  return new Promise((resolve) => {
    const start = performance.now();
    const worker = new Worker(new URL("./parse-worker.ts", import.meta.url), { type: "module" });
    const finish = (outcome: LoadOutcome) => {
      worker.terminate();
      performance.measure(`${PHASE_PREFIX}read and parse (worker)`, { start });
      resolve(outcome);
    };
    worker.onmessage = (event: MessageEvent<ParseReply>) => {
      if (event.data.kind === "progress") onProgress(event.data.loaded, event.data.total);
      else finish(event.data.outcome);
    };
    worker.onerror = (event) =>
      finish({
        ok: false,
        name,
        message: `${name} could not be read: ${event.message || "the reader failed"}.`,
        details: [HINT],
      });
    worker.postMessage(request);
  });
}

/** Fetches a network file from this site only (the page's security policy forbids other origins anyway). */
export async function loadFromUrl(
  address: string,
  onProgress: ProgressListener = () => undefined,
): Promise<LoadOutcome> {
  let url: URL;
  try {
    url = new URL(address, location.href);
  } catch {
    return { ok: false, name: address, message: `"${address}" is not a valid address.`, details: [HINT] };
  }
  const name = url.pathname.split("/").pop() || address;
  if (url.origin !== location.origin)
    return {
      ok: false,
      name,
      message: `${address} is on another site; only files from this site can be loaded.`,
      details: [HINT],
    };
  return inWorker({ kind: "url", url: url.href, name }, name, onProgress);
}

/** Reads a file the user chose or dropped. */
export function loadFromFile(
  file: File,
  onProgress: ProgressListener = () => undefined,
): Promise<LoadOutcome> {
  return inWorker({ kind: "file", file }, file.name, onProgress);
}
