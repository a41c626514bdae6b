import path from "node:path";
import type { SourceOptions } from "../sources/article-source";
import { fileSizeProblem, readSourceFile, ReadResult } from "../sources/read-sources";
import { linkOutOfFolder } from "./links";
import { readFileBytes } from "./text-file";

/**
 * Reads the listed files (list-files.ts) through their formats. A file or row that cannot be used is
 * skipped and named instead of stopping the run; a file over its size limit is refused unread.
 */
export function readArticles(
  dir: string,
  displayDir: string,
  files: readonly string[],
  options: SourceOptions,
): ReadResult {
  const result = new ReadResult();
  for (const file of files) {
    const shown = path.join(displayDir, file);
    const full = path.join(dir, file);
    const outside = linkOutOfFolder(full, dir, displayDir);
    const read = outside
      ? ({ ok: false, problem: outside } as const)
      : readFileBytes(full, (bytes) => fileSizeProblem(file, bytes, options));
    if (read.ok) result.add(readSourceFile({ path: file, shown, bytes: read.bytes }, options));
    else result.add({ articles: [], skipped: [{ file: shown, problem: read.problem }], warnings: [] });
  }
  return result;
}
