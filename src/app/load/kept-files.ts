import { keyedStore } from "../indexed-store";

/**
 * Network files the user opened, kept in this browser under their names so that a reload (whose
 * address names the file, `?file=name`) opens the same network again. Nothing leaves the page.
 */
const files = keyedStore<File>("newsnet-files", "files");

export async function keepFile(file: File): Promise<void> {
  try {
    await files.put(file.name, file);
  } catch {
    // A browser without IndexedDB keeps the network for this visit only.
  }
}

export async function keptFile(name: string): Promise<File | null> {
  try {
    return (await files.get(name)) ?? null;
  } catch {
    return null;
  }
}

/** The query parameter that names a kept file. */
export const FILE_PARAM = "file";
