import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import type { AddressInfo } from "node:net";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

export interface BenchServer {
  url: string;
  /** Serves `body` at `path` (replacing what was there), e.g. the network of the size being measured. */
  put(path: string, body: Buffer): void;
  close(): Promise<void>;
}

/**
 * The built site plus in-memory files, cross-origin isolated (COOP/COEP) so that the page's
 * `performance.now()` has microsecond resolution instead of 100 µs: a time step on 10k relations
 * takes well under a millisecond of filtering.
 */
export async function serveBench(root: string): Promise<BenchServer> {
  const extra = new Map<string, Buffer>();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const relative = path === "/" ? "index.html" : path.slice(1);
    const headers = {
      "content-type": TYPES[extname(relative)] ?? "application/octet-stream",
      "cross-origin-opener-policy": "same-origin",
      "cross-origin-embedder-policy": "require-corp",
    };
    const file = normalize(join(root, relative));
    const body =
      extra.get(relative) ?? (file.startsWith(root + sep) ? await readFile(file).catch(() => null) : null);
    if (body) response.writeHead(200, headers).end(body);
    else response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    put: (path, body) => extra.set(path, body),
    close: () => new Promise((done) => server.close(() => done())),
  };
}
