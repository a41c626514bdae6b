import type { KnownActor } from "../input";
import { withWorldCountries } from "./countries";
import knownActors from "./known-actors.json";

/**
 * The bundled knowledge: the file of well-known actors (aliases, roles, "Moscow speaks for Russia")
 * with every country of the world-countries data added; users add their own with `--actors FILE`.
 */
export const DEFAULT_KNOWN_ACTORS: readonly KnownActor[] = withWorldCountries(knownActors as KnownActor[]);
