import type { ActorNetworkFile, IsoDate } from "../schema";

/** One article as the pipeline receives it: text plus what a manifest may say about it. */
export interface ArticleInput {
  /** The file name without its extension. */
  id: string;
  /** The full text; its first non-empty line is the title unless the manifest gives one. */
  text: string;
  title?: string | null;
  /** Publication date from a manifest; when absent the pipeline tries the text. */
  published?: IsoDate | null;
  source?: string | null;
  url?: string | null;
}

/** A well-known actor, as listed in the knowledge file that users can extend. */
export interface KnownActor {
  label: string;
  kind: "person" | "organization" | "country" | "media";
  role?: string | null;
  /** Other names for the same actor: "Putin", "the Kremlin" (for Russia), "Zelenskyy". */
  aliases?: string[];
  /** For countries: the adjectives that name them in titles ("Russian", "U.S."), as in "the Russian president". */
  adjectives?: string[];
  /** For countries: the aliases that are their seats of government ("Abuja"), which speak for them. */
  seats?: string[];
  /**
   * The label of the actor this one is a body of: the European Commission of the European Union,
   * the Pentagon of the United States. What it, or its people, say of that actor is its own side's.
   */
  partOf?: string;
}

export interface PipelineOptions {
  /** Actors to recognise by name; defaults to the bundled knowledge file. */
  knownActors?: KnownActor[];
  /** Seed for layout and community detection. */
  seed?: number;
  /** Called after each article is extracted. */
  onProgress?: (done: number, total: number) => void;
}

export interface PipelineResult {
  network: ActorNetworkFile;
  /** Non-fatal notes for the user, each naming the article. */
  warnings: string[];
}
