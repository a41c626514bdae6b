import { readFileSync } from "node:fs";
import { describeFsError } from "./errors";

export type TextResult = { ok: true; text: string } | { ok: false; problem: string };

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Decodes a file's bytes as UTF-8 text (byte-order mark dropped, line ends made "\n"). */
export function decodeText(bytes: Uint8Array): TextResult {
  if (bytes.includes(0)) return { ok: false, problem: "is binary, not text (it contains NUL bytes)" };
  try {
    return { ok: true, text: decoder.decode(bytes).replace(/\r\n?/g, "\n") };
  } catch {
    return { ok: false, problem: "is not UTF-8 text" };
  }
}

/** Reads a file as UTF-8 text; never throws. */
export function readTextFile(file: string): TextResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { ok: false, problem: `cannot be read: ${describeFsError(error)}` };
  }
  return decodeText(bytes);
}
