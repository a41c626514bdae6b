import { validateNetworkFile, type ActorNetworkFile } from "../../schema";

export type LoadOutcome =
  | { ok: true; name: string; file: ActorNetworkFile; dropped: string[] }
  | { ok: false; name: string; message: string; details: string[] };

const HINT =
  "Run `npm run preprocess` to write public/graph.json, or open a network file with the button above.";

/** Parses and validates a network file's text; a faulty node or edge is dropped, not fatal. */
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
  return { ok: true, name, file, dropped };
}

/** Fetches a network file from this site only (the page's security policy forbids other origins anyway). */
export async function loadFromUrl(address: string): Promise<LoadOutcome> {
  let url: URL;
  try {
    url = new URL(address, location.href);
  } catch {
    return { ok: false, name: address, message: `"${address}" is not a valid address.`, details: [HINT] };
  }
  const name = url.pathname.split("/").pop() || address;
  if (url.origin !== location.origin)
    return {
      ok: false,
      name,
      message: `${address} is on another site; only files from this site can be loaded.`,
      details: [HINT],
    };
  let response: Response;
  try {
    response = await fetch(url, { credentials: "same-origin" });
  } catch (error) {
    return { ok: false, name, message: `Could not fetch ${name}: ${String(error)}.`, details: [HINT] };
  }
  if (!response.ok)
    return {
      ok: false,
      name,
      message:
        `Could not load ${name}: the server answered ${response.status} ${response.statusText}.`.replace(
          / \./,
          ".",
        ),
      details: [HINT],
    };
  return parseNetwork(name, await response.text());
}

/** Reads a file the user chose or dropped. */
export async function loadFromFile(file: File): Promise<LoadOutcome> {
  return parseNetwork(file.name, await file.text());
}
