import { BYTES_PER_MB, type SizeLimit } from "./article-source";

/** "101 MB", "0.5 MB": megabytes of 1024 * 1024 bytes, as --max-article-mb counts them. */
export function formatMb(bytes: number): string {
  return `${Number((bytes / BYTES_PER_MB).toFixed(1))} MB`;
}

/**
 * Why something of `bytes` is refused under `limit`, or null when it fits: "is 101 MB, over the limit
 * of 20 MB (raise it with --max-article-mb)". `what` names the limit when there are several.
 */
export function sizeProblem(bytes: number, limit: SizeLimit, what = ""): string | null {
  if (bytes <= limit.bytes) return null;
  const hint = limit.hint ? ` (${limit.hint})` : "";
  return `is ${formatMb(bytes)}, over the limit of ${formatMb(limit.bytes)}${what}${hint}`;
}
