import { validateNetworkFile } from "../../schema";
import { packNetwork, type PackedNetwork } from "../data/packed-network";

export type LoadOutcome =
  | { ok: true; name: string; network: PackedNetwork; dropped: string[] }
  | { ok: false; name: string; message: string; details: string[] };

export type ProgressListener = (loaded: number, total: number | null) => void;

export const HINT =
  "Run `npm run preprocess` (or `npx newsnet preprocess`) to write public/graph.json, open a network file with the button above, " +
  "or drop articles on the page (.txt, .md, .html, .csv, .jsonl files, or a folder of them).";

/**
 * Parses and validates a network file's text, and packs it for the page; a faulty node or edge is
 * dropped, not fatal.
 */
export function parseNetwork(name: string, text: string): LoadOutcome {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, name, message: `${name} is not valid JSON (${reason}).`, details: [HINT] };
  }
  const { file, errors, dropped } = validateNetworkFile(json);
  if (!file)
    return { ok: false, name, message: `${name} is not an actor-network file.`, details: [...errors, HINT] };
  return { ok: true, name, network: packNetwork(file), dropped };
}

/** Reads a response body chunk by chunk, so a large file reports its progress as it arrives. */
async function readText(response: Response, onProgress: ProgressListener): Promise<string> {
  const length = Number(response.headers.get("content-length"));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    onProgress(loaded, total);
  }
  parts.push(decoder.decode());
  return parts.join("");
}

/** Fetches and parses a network file; what can go wrong becomes an outcome the page can show. */
export async function fetchNetwork(
  url: string,
  name: string,
  onProgress: ProgressListener,
): Promise<LoadOutcome> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: "same-origin" });
  } catch (error) {
    return { ok: false, name, message: `Could not fetch ${name}: ${String(error)}.`, details: [HINT] };
  }
  // A development or static server answers an unknown path with its page (200, text/html).
  const page = /\btext\/html\b/i.test(response.headers.get("content-type") ?? "");
  if (response.status === 404 || (response.ok && page))
    return {
      ok: false,
      name,
      message: `${name} was not found: nothing is at ${url} (404).`,
      details: [HINT],
    };
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    return {
      ok: false,
      name,
      message: `Could not load ${name}: the server answered ${status}.`,
      details: [HINT],
    };
  }
  return parseNetwork(name, await readText(response, onProgress));
}
