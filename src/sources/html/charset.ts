import { decodeText, type TextResult } from "../decode-text";

/** How far into a page a browser looks for its `<meta charset>` (the HTML standard's 1024 bytes, doubled). */
const SNIFF_BYTES = 2048;

/**
 * A saved page's text: UTF-8 (or UTF-16 with a byte-order mark) as every other file, else the
 * character set the page declares (`<meta charset="windows-1252">`), which older sites still use.
 */
export function decodePage(bytes: Uint8Array): TextResult {
  const plain = decodeText(bytes);
  if (plain.ok || !plain.problem.startsWith("is not UTF-8")) return plain;
  const head = String.fromCharCode(...bytes.subarray(0, SNIFF_BYTES));
  const label = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  if (!label)
    return { ok: false, problem: "is not UTF-8 text, and the page declares no other character set" };
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return { ok: false, problem: `is not UTF-8 text, and its character set "${label}" is unknown` };
  }
  return { ok: true, text: decoder.decode(bytes).replace(/\r\n?/g, "\n") };
}
