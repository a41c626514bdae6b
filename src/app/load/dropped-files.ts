import { isArticlePath } from "../../sources/extensions";
import { MANIFEST_NAME } from "../../sources/manifest-name";
import type { DroppedFile } from "./build-messages";

/** Files and folders whose names start with a dot are a system's or a tool's, not articles. */
const hidden = (name: string) => name.startsWith(".");

/**
 * Every file of a dropped entry and, for a folder, of the folders below it. `path` and `shown` are
 * the prefixes of its path inside the corpus and of its name in messages.
 */
async function walk(
  entry: FileSystemEntry,
  path: string,
  shown: string,
  found: DroppedFile[],
): Promise<void> {
  if (hidden(entry.name)) return;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    found.push({ path: `${path}${entry.name}`, shown: `${shown}${entry.name}`, file });
    return;
  }
  if (!entry.isDirectory) return;
  for (const child of await entriesOf(entry as FileSystemDirectoryEntry))
    await walk(child, `${path}${entry.name}/`, `${shown}${entry.name}/`, found);
}

/** A folder's entries: readEntries gives them in batches (100 at a time in Chromium) until an empty one. */
async function entriesOf(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader();
  const entries: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return entries;
    entries.push(...batch);
  }
}

/** Orders files by path, code unit by code unit, as the command reads a folder. */
const byPath = (a: DroppedFile, b: DroppedFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * The files a drop holds, folders read through (where the browser gives folders as entries), in
 * path order. One folder dropped is the corpus, as `newsnet preprocess FOLDER` reads it: ids are
 * paths inside it. The items must be taken before the drop event returns (the browser empties them
 * after), so call this in the handler itself.
 */
export async function droppedFiles(transfer: DataTransfer): Promise<DroppedFile[]> {
  const entries = [...transfer.items]
    .filter((item) => item.kind === "file")
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((entry) => entry === null))
    return [...transfer.files].map((file) => ({ path: file.name, shown: file.name, file })).sort(byPath);
  const found: DroppedFile[] = [];
  const [only] = entries;
  if (entries.length === 1 && only?.isDirectory && !hidden(only.name))
    for (const child of await entriesOf(only as FileSystemDirectoryEntry))
      await walk(child, "", `${only.name}/`, found);
  else for (const entry of entries) await walk(entry!, "", "", found);
  return found.sort(byPath);
}

/** The files of a file chooser; a folder chosen is the corpus, as a folder dropped. */
export function chosenFiles(files: FileList): DroppedFile[] {
  return [...files]
    .map((file) => {
      const relative = file.webkitRelativePath;
      const path = relative ? relative.split("/").slice(1).join("/") : file.name;
      return { path, shown: relative || file.name, file };
    })
    .filter(({ shown }) => !shown.split("/").some(hidden))
    .sort(byPath);
}

/** Whether a drop is a network file to open rather than articles to read: one `.json` file. */
export function isNetworkFile(files: readonly DroppedFile[]): boolean {
  return files.length === 1 && files[0]!.path.toLowerCase().endsWith(".json");
}

/** The files some format reads, and the dropped folder's manifest; the rest (images, notes) are passed over. */
export function articleFiles(files: readonly DroppedFile[]): DroppedFile[] {
  return files.filter(({ path }) => isArticlePath(path) || path === MANIFEST_NAME);
}
