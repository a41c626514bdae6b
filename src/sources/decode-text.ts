export type TextResult = { ok: true; text: string } | { ok: false; problem: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });
const utf16le = new TextDecoder("utf-16le", { fatal: true });

/**
 * Decodes a file's bytes as text (byte-order mark dropped, line ends made "\n"): UTF-8, or UTF-16
 * when a byte-order mark says so (Windows editors save "Unicode" text that way).
 */
export function decodeText(bytes: Uint8Array): TextResult {
  const utf16 = utf16Order(bytes);
  let text: string;
  if (utf16) {
    try {
      text = utf16le.decode(utf16 === "le" ? bytes : swapBytePairs(bytes));
    } catch {
      return {
        ok: false,
        problem: `is not UTF-16 text, though it starts with a UTF-16 (${utf16.toUpperCase()}) byte-order mark`,
      };
    }
    if (text.includes("\u0000"))
      return { ok: false, problem: "is binary, not text (it contains NUL characters)" };
  } else {
    if (bytes.includes(0)) return { ok: false, problem: "is binary, not text (it contains NUL bytes)" };
    try {
      text = utf8.decode(bytes);
    } catch {
      return { ok: false, problem: "is not UTF-8 text" };
    }
  }
  return { ok: true, text: text.replace(/\r\n?/g, "\n") };
}

function utf16Order(bytes: Uint8Array): "le" | "be" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "be";
  return null;
}

function swapBytePairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1] as number;
    swapped[i + 1] = bytes[i] as number;
  }
  if (bytes.length % 2 === 1) swapped[bytes.length - 1] = bytes[bytes.length - 1] as number;
  return swapped;
}
