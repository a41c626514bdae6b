import path from "node:path";
import { existsSync } from "node:fs";
import { MANIFEST_NAME, parseManifest, type ManifestEntry } from "../sources/manifest";
import { CliError } from "./errors";
import { linkOutOfFolder } from "./links";
import { readJsonFile } from "./text-file";

export { MANIFEST_NAME, type ManifestEntry } from "../sources/manifest";

/**
 * Reads the folder's optional manifest (see src/sources/manifest.ts), keyed by the file's path inside
 * the folder. Every problem in it is fatal, named with the manifest's path.
 */
export function readManifest(
  dir: string,
  displayDir: string,
  articleFiles: readonly string[],
): Map<string, ManifestEntry> {
  const file = path.join(dir, MANIFEST_NAME);
  if (!existsSync(file)) return new Map();
  const fail = (problem: string) => new CliError(`${path.join(displayDir, MANIFEST_NAME)}: ${problem}`);
  const outside = linkOutOfFolder(file, dir, displayDir);
  if (outside !== null) throw fail(outside);
  return parseManifest(readJsonFile(file, fail), articleFiles, displayDir, fail);
}
