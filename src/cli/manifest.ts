import path from "node:path";
import { existsSync } from "node:fs";
import { isIsoDate, type IsoDate } from "../schema";
import { CliError } from "./errors";
import { linkOutOfFolder } from "./links";
import { readJsonFile } from "./text-file";

export const MANIFEST_NAME = "manifest.json";

/** What a manifest says about one article; every field may be missing. */
export interface ManifestEntry {
  published: IsoDate | null;
  source: string | null;
  url: string | null;
  title: string | null;
}

const TEXT_FIELDS = ["source", "url", "title"] as const;

/**
 * Reads the folder's optional manifest, keyed by file name. Every problem in it is fatal:
 * a wrong date would silently misplace every relation of the article on the timeline.
 */
export function readManifest(
  dir: string,
  displayDir: string,
  articleNames: string[],
): Map<string, ManifestEntry> {
  const file = path.join(dir, MANIFEST_NAME);
  const shown = path.join(displayDir, MANIFEST_NAME);
  const entries = new Map<string, ManifestEntry>();
  if (!existsSync(file)) return entries;
  const fail = (problem: string) => new CliError(`${shown}: ${problem}`);

  const outside = linkOutOfFolder(file, dir, displayDir);
  if (outside !== null) throw fail(outside);
  const json = readJsonFile(file, fail);
  if (!isRecord(json) || !Array.isArray(json.articles))
    throw fail('should be an object with an "articles" list: { "articles": [ { "file": "..." } ] }');

  const known = new Set(articleNames);
  json.articles.forEach((item: unknown, index: number) => {
    if (!isRecord(item) || typeof item.file !== "string" || item.file === "")
      throw fail(`article ${index} has no "file" name`);
    const name = item.file;
    if (/[/\\]|\.\./.test(name) || path.isAbsolute(name))
      throw fail(`"file" ${JSON.stringify(name)} is refused: give a bare file name of this folder`);
    if (!known.has(name))
      throw fail(`names ${JSON.stringify(name)}, which is not a .txt or .md article in ${displayDir}`);
    if (entries.has(name)) throw fail(`lists ${name} twice`);
    const published = item.published ?? null;
    if (published !== null && !isIsoDate(published))
      throw fail(`"published" of ${name} is not a date (got ${JSON.stringify(published)}); use yyyy-mm-dd`);
    const entry: ManifestEntry = { published, source: null, url: null, title: null };
    for (const field of TEXT_FIELDS) {
      const value = item[field] ?? null;
      if (value !== null && typeof value !== "string")
        throw fail(`"${field}" of ${name} is not text (got ${JSON.stringify(value)})`);
      entry[field] = value;
    }
    entries.set(name, entry);
  });
  return entries;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
