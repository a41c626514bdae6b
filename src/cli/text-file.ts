import { readFileSync, statSync } from "node:fs";
import { decodeText, type TextResult } from "../sources/decode-text";
import { describeFsError } from "./errors";

export type BytesResult = { ok: true; bytes: Uint8Array } | { ok: false; problem: string };

/**
 * Reads a file's bytes; never throws. `refuse` may turn the file down from its size alone, before a
 * byte is read, and anything but a regular file (a folder, a named pipe that would block) is refused
 * before opening.
 */
export function readFileBytes(
  file: string,
  refuse: (bytes: number) => string | null = () => null,
): BytesResult {
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return { ok: false, problem: "is not a regular file" };
    const refused = refuse(stat.size);
    if (refused !== null) return { ok: false, problem: refused };
    return { ok: true, bytes: readFileSync(file) };
  } catch (error) {
    return { ok: false, problem: `cannot be read: ${describeFsError(error)}` };
  }
}

/** Reads a file as text (see decodeText); never throws. */
export function readTextFile(file: string): TextResult {
  const read = readFileBytes(file);
  return read.ok ? decodeText(read.bytes) : read;
}

/** Reads a JSON file; a fault becomes the error `fail` makes, naming the file. */
export function readJsonFile(file: string, fail: (problem: string) => Error): unknown {
  const read = readTextFile(file);
  if (!read.ok) throw fail(read.problem);
  try {
    return JSON.parse(read.text);
  } catch (error) {
    throw fail(`is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}
