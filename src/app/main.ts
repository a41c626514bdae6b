import "./styles.css";
import { mountExplorer } from "./app";
import { slot } from "./dom";
import { loadFromFile, loadFromUrl, type LoadOutcome, type ProgressListener } from "./load/load";
import { mountFilePicker } from "./load/file-picker";
import { mountLoadMessages } from "./load/messages";
import { mountLoadProgress } from "./load/progress";
import { decodeViewState } from "./state/url";
import type { ViewState } from "./state/store";

/**
 * Entry point: load the network named by `?graph=` (default ./graph.json), restore the view state
 * from the query, and mount the explorer; a file opened or dropped later replaces it.
 */
let unmount: () => void = () => undefined;

function show(outcome: LoadOutcome, initial: Partial<ViewState>): void {
  unmount();
  const messages = mountLoadMessages(slot("load-messages"), outcome);
  document.body.dataset.state = outcome.ok ? "ready" : "error";
  if (!outcome.ok) {
    unmount = messages;
    return;
  }
  try {
    const explorer = mountExplorer(outcome.network, initial);
    unmount = () => {
      explorer();
      messages();
    };
  } catch (error) {
    messages();
    const failure = {
      ok: false as const,
      name: outcome.name,
      message: `${outcome.name} could not be drawn.`,
      details: [String(error)],
    };
    unmount = mountLoadMessages(slot("load-messages"), failure);
    document.body.dataset.state = "error";
  }
}

/** Loads with a progress bar: parsing happens in a worker, so the page stays responsive meanwhile. */
async function withProgress(name: string, load: (onProgress: ProgressListener) => Promise<LoadOutcome>) {
  document.body.dataset.state = "loading";
  const progress = mountLoadProgress(slot("load-messages"), name);
  try {
    return await load(progress.update);
  } finally {
    progress.cleanup();
  }
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  mountFilePicker(slot("file-slot"), async (file) => {
    history.replaceState(null, "", location.pathname);
    show(await withProgress(file.name, (onProgress) => loadFromFile(file, onProgress)), {});
  });
  const address = params.get("graph") ?? "./graph.json";
  const outcome = await withProgress(address, (onProgress) => loadFromUrl(address, onProgress));
  show(outcome, decodeViewState(params));
}

void start();
