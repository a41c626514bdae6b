import type { KnownActor } from "../input";
import knownActors from "./known-actors.json";

/** The bundled knowledge file of well-known actors; users add their own with `--actors FILE`. */
export const DEFAULT_KNOWN_ACTORS: readonly KnownActor[] = knownActors as KnownActor[];
