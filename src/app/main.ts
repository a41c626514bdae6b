import "./styles.css";
import type { PackedNetwork } from "./data/packed-network";
import { slot } from "./dom";
import { createArticleBuilder, type ArticleBuilder } from "./load/build";
import type { DroppedFile } from "./load/build-messages";
import { mountBuildProgress } from "./load/build-progress";
import { mountBuildSummary } from "./load/build-summary";
import { articleFiles } from "./load/dropped-files";
import { loadFromFile, loadFromUrl, type LoadOutcome, type ProgressListener } from "./load/load";
import { mountFilePicker } from "./load/file-picker";
import { FILE_PARAM, keepFile, keptFile } from "./load/kept-files";
import { mountLoadMessages } from "./load/messages";
import { mountLoadProgress } from "./load/progress";
import { saveNetworkButton } from "./load/save-network";
import { decodeViewState } from "./state/url";
import { mountSidePanels } from "./panels/side-panels";
import type { ViewState } from "./state/store";

/**
 * Entry point: load the network named by `?graph=` (default ./graph.json), restore the view state
 * from the query, and mount the explorer; a file opened or dropped later replaces it, and articles
 * dropped later build a network of their own or add to the one on screen.
 */
let unmount: () => void = () => undefined;
/**
 * The explorer's code, most of the page's script: fetched and compiled while the parse worker
 * reads the network, rather than before the worker starts.
 */
const explorerCode = import("./review/mount");
/** What the last drop of articles left on the page: its summary, with the Save button. */
let unmountBuild: () => void = () => undefined;

/** Where the network on screen came from: the site, a file the user opened, or articles dropped here. */
type Origin = "site" | "file" | "articles";
let onScreen: { network: PackedNetwork; origin: Origin } | null = null;
/** The worker holding the articles of the network on screen, when it was built from articles. */
let builder: ArticleBuilder | null = null;

async function show(outcome: LoadOutcome, initial: Partial<ViewState>, origin: Origin): Promise<void> {
  const { mountReview } = await explorerCode;
  if (!outcome.ok && onScreen) {
    // A bad file opened over a network leaves that network as it was: only the message is new.
    const previous = unmount;
    const message = mountLoadMessages(slot("load-messages"), outcome, true);
    unmount = () => {
      message();
      previous();
    };
    document.body.dataset.state = "ready";
    return;
  }
  unmount();
  const messages = mountLoadMessages(slot("load-messages"), outcome);
  document.body.dataset.state = outcome.ok ? "ready" : "error";
  onScreen = outcome.ok ? { network: outcome.network, origin } : null;
  if (!outcome.ok) {
    unmount = messages;
    return;
  }
  try {
    const explorer = mountReview(outcome.network, initial, outcome.name);
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

/**
 * Articles dropped or chosen: added to the network on screen when it was built from articles here
 * or opened from a file (its articles are extracted again from their text), and a network of their
 * own on the site's starting network, which is a demonstration, not the user's.
 */
async function addArticles(files: DroppedFile[]): Promise<void> {
  unmountBuild();
  const base = !builder && onScreen?.origin === "file" ? onScreen.network.attributes.articles : null;
  const fresh = builder === null;
  const current = (builder ??= createArticleBuilder());
  document.body.dataset.build = "running";
  const progress = mountBuildProgress(slot("load-messages"));
  const outcome = await current.add(articleFiles(files), base, progress.update).finally(progress.cleanup);
  document.body.dataset.build = outcome.ok ? "done" : "failed";
  if (!outcome.ok && fresh) {
    current.close();
    builder = null;
  }
  if (outcome.ok) {
    history.replaceState(null, "", location.pathname);
    await show({ ok: true, name: "dropped articles", network: outcome.network, dropped: [] }, {}, "articles");
  }
  unmountBuild = mountBuildSummary(
    slot("load-messages"),
    outcome,
    outcome.ok ? [saveNetworkButton(outcome.file)] : [],
  );
}

async function openFile(file: File, initial: Partial<ViewState> = {}): Promise<void> {
  unmountBuild();
  const outcome = await withProgress(file.name, (onProgress) => loadFromFile(file, onProgress));
  if (outcome.ok) {
    builder?.close();
    builder = null;
    // The address names the file, which this browser keeps, so that a reload opens it again.
    history.replaceState(null, "", `${location.pathname}?${FILE_PARAM}=${encodeURIComponent(file.name)}`);
    void keepFile(file);
  }
  await show(outcome, initial, "file");
}

/** `?file=name`: a file kept here opens again; one opened on another machine is said to be there. */
async function openKept(name: string, initial: Partial<ViewState>): Promise<void> {
  const file = await keptFile(name);
  if (file) return openFile(file, initial);
  await show(
    {
      ok: false,
      name,
      message:
        `This link names ${name}, a file opened on the machine of whoever made the link: ` +
        "files never leave the browser that opened them, so it is not here.",
      details: [`Open ${name} with Open file… (or drop it on the page) to see the network.`],
    },
    {},
    "file",
  );
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  // The page's frame, not a network's: it stays when another network replaces this one.
  mountSidePanels(slot("details-slot"));
  mountFilePicker(slot("file-slot"), {
    onNetworkFile: (file) => void openFile(file),
    onArticles: (files) => void addArticles(files),
  });
  const kept = params.get(FILE_PARAM);
  if (kept !== null) return openKept(kept, decodeViewState(params));
  const address = params.get("graph") ?? "./graph.json";
  const outcome = await withProgress(address, (onProgress) => loadFromUrl(address, onProgress));
  await show(outcome, decodeViewState(params), "site");
}

void start();
