import { transferablesOf } from "../data/packed-network";
import { fetchNetwork, parseNetwork, type LoadOutcome } from "./parse";

/**
 * Reading, parsing and validating a network file in a worker: a 50 MB file takes seconds to parse,
 * and the page must keep drawing and answering meanwhile.
 */
export type ParseRequest = { kind: "url"; url: string; name: string } | { kind: "file"; file: File };
export type ParseReply =
  { kind: "progress"; loaded: number; total: number | null } | { kind: "done"; outcome: LoadOutcome };

const reply = (message: ParseReply, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.onmessage = async (event: MessageEvent<ParseRequest>) => {
  const request = event.data;
  const outcome =
    request.kind === "url"
      ? await fetchNetwork(request.url, request.name, (loaded, total) =>
          reply({ kind: "progress", loaded, total }),
        )
      : parseNetwork(request.file.name, await request.file.text());
  // The relations' columns move to the page rather than being copied.
  reply({ kind: "done", outcome }, outcome.ok ? transferablesOf(outcome.network) : []);
};
