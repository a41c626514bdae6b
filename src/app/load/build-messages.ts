import type { ArticleRecord } from "../../schema";
import type { Skipped } from "../../sources/article-source";
import type { PackedNetwork } from "../data/packed-network";

/** A file the user dropped or chose. */
export interface DroppedFile {
  /** Its path inside the dropped folder, which ids come from ("2024/a.html"), as the command has it. */
  path: string;
  /** How messages name it: with the dropped folder's name ("corpus/2024/a.html"). */
  shown: string;
  file: File;
}

/**
 * Asks the build worker to add articles to its network. `base` are the articles of a network file on
 * screen that the worker has not extracted (it starts from them); null when it holds the network
 * on screen already, or when the new articles start a network of their own.
 */
export interface BuildRequest {
  files: DroppedFile[];
  base: ArticleRecord[] | null;
}

export type BuildPhase = "reading files" | "extracting articles" | "building the network";

export type BuildOutcome =
  | {
      ok: true;
      network: PackedNetwork;
      /** Articles this drop added, and all the network holds now. */
      added: number;
      articles: number;
      skipped: Skipped[];
      /** Notes on articles kept: an unreadable date, no date at all. */
      warnings: string[];
      /** The network file, to save. */
      file: Blob;
    }
  | { ok: false; message: string; skipped: Skipped[] };

export type BuildReply =
  | { kind: "progress"; phase: BuildPhase; done: number; total: number }
  | { kind: "done"; outcome: BuildOutcome };
