import { ACTOR_KINDS } from "../schema";
import type { KnownActor } from "../pipeline";
import { CliError } from "./errors";
import { readJsonFile } from "./text-file";

/** Reads the `--actors` file: a JSON list of known actors to add to the bundled ones. */
export function readExtraActors(file: string, shown: string): KnownActor[] {
  const fail = (problem: string) => new CliError(`${shown}: ${problem}`);
  const json = readJsonFile(file, fail);
  if (!Array.isArray(json)) throw fail('should be a list: [ { "label": "...", "kind": "person" } ]');
  return json.map((item: unknown, index) => {
    const fault = actorFault(item);
    if (fault) throw fail(`actor ${index} ${fault}`);
    return item as KnownActor;
  });
}

function actorFault(item: unknown): string | null {
  if (typeof item !== "object" || item === null || Array.isArray(item)) return "is not an object";
  const actor = item as Record<string, unknown>;
  if (typeof actor.label !== "string" || actor.label.trim() === "") return 'has no "label"';
  if (!(ACTOR_KINDS as readonly unknown[]).includes(actor.kind))
    return `has an unknown "kind" ${JSON.stringify(actor.kind)} (expected one of ${ACTOR_KINDS.join(", ")})`;
  if (actor.role !== undefined && actor.role !== null && typeof actor.role !== "string")
    return 'has a "role" that is not text';
  if (actor.partOf !== undefined && typeof actor.partOf !== "string")
    return 'has a "partOf" that is not text';
  for (const field of ["aliases", "adjectives"] as const) {
    const list = actor[field];
    if (list !== undefined && !(Array.isArray(list) && list.every((name) => typeof name === "string")))
      return `has "${field}" that are not a list of text`;
  }
  return null;
}
