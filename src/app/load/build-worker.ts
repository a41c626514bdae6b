import type { Skipped, SourceResult } from "../../sources/article-source";
import { decodeText } from "../../sources/decode-text";
import { MANIFEST_NAME, parseManifest, withManifest, type ManifestEntry } from "../../sources/manifest";
import { fileSizeProblem, readSourceFile, ReadResult } from "../../sources/read-sources";
import { packNetwork, transferablesOf } from "../data/packed-network";
import { ArticleSession, recordInput } from "./article-session";
import { BROWSER_SOURCE_OPTIONS } from "./browser-sources";
import type { BuildOutcome, BuildPhase, BuildReply, BuildRequest, DroppedFile } from "./build-messages";

/**
 * Builds a network from dropped files in a worker, so the page keeps drawing: the same formats
 * (src/sources) and pipeline as `newsnet preprocess`, nothing sent anywhere. The worker lives as
 * long as the network it built is on screen, and keeps its articles, so a later drop only extracts
 * the new ones.
 */
const session = new ArticleSession();

/** At most one progress message per this many milliseconds: the page redraws no faster anyway. */
const PROGRESS_EVERY_MS = 50;
let lastProgress = 0;

const reply = (message: BuildReply, transfer: Transferable[] = []) => self.postMessage(message, { transfer });
const progress = (phase: BuildPhase) => (done: number, total: number) => {
  const now = performance.now();
  if (done < total && now - lastProgress < PROGRESS_EVERY_MS) return;
  lastProgress = now;
  reply({ kind: "progress", phase, done, total });
};

const skippedFile = (file: string, problem: string): SourceResult => ({
  articles: [],
  skipped: [{ file, problem }],
  warnings: [],
});

/** One dropped file through its format; one over its size limit is refused unread. */
async function readDropped({ path, shown, file }: DroppedFile): Promise<SourceResult> {
  const refused = fileSizeProblem(path, file.size, BROWSER_SOURCE_OPTIONS);
  if (refused) return skippedFile(shown, refused);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return skippedFile(shown, `cannot be read: ${String(error)}`); // moved or deleted since the drop
  }
  return readSourceFile({ path, shown, bytes }, BROWSER_SOURCE_OPTIONS);
}

async function readFiles(files: readonly DroppedFile[]): Promise<ReadResult> {
  const result = new ReadResult();
  const report = progress("reading files");
  for (const [index, file] of files.entries()) {
    result.add(await readDropped(file));
    report(index + 1, files.length);
  }
  return result;
}

/** The dropped folder's manifest, read as the command reads one; a problem in it stops the build. */
async function readDroppedManifest(files: readonly DroppedFile[]): Promise<Map<string, ManifestEntry>> {
  const manifest = files.find((file) => file.path === MANIFEST_NAME);
  if (!manifest) return new Map();
  const fail = (problem: string) => new Error(`${manifest.shown}: ${problem}`);
  const decoded = decodeText(new Uint8Array(await manifest.file.arrayBuffer()));
  if (!decoded.ok) throw fail(decoded.problem);
  let json: unknown;
  try {
    json = JSON.parse(decoded.text);
  } catch (error) {
    throw fail(`is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const folder = manifest.shown.split("/").slice(0, -1).join("/") || "the dropped files";
  return parseManifest(
    json,
    files.map((file) => file.path),
    folder,
    fail,
  );
}

async function build({ files, base }: BuildRequest): Promise<BuildOutcome> {
  const manifest = await readDroppedManifest(files);
  if (base) session.add(base.map(recordInput), progress("extracting articles"));
  const read = await readFiles(files.filter((file) => file.path !== MANIFEST_NAME));
  const inputs = withManifest(read.articles, manifest);
  const { added, skipped: repeated } = session.add(inputs, progress("extracting articles"));
  const skipped: Skipped[] = [...read.skipped, ...repeated];
  if (added === 0) {
    const message =
      files.length === 0
        ? "None of these files is an article: drop .txt, .md, .html, .csv or .jsonl files, or a folder of them."
        : `No new article in ${files.length === 1 ? files[0]!.shown : `these ${files.length} files`}.`;
    return { ok: false, message, skipped };
  }
  reply({ kind: "progress", phase: "building the network", done: 0, total: 1 });
  const { network, warnings } = session.network();
  return {
    ok: true,
    network: packNetwork(network),
    added,
    articles: session.size,
    skipped,
    warnings: [...read.warnings, ...warnings],
    file: new Blob([`${JSON.stringify(network)}\n`], { type: "application/json" }),
  };
}

self.onmessage = async (event: MessageEvent<BuildRequest>) => {
  let outcome: BuildOutcome;
  try {
    outcome = await build(event.data);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    outcome = { ok: false, message: `The network could not be built: ${reason}`, skipped: [] };
  }
  reply({ kind: "done", outcome }, outcome.ok ? transferablesOf(outcome.network) : []);
};
