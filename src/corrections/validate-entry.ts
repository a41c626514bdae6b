import { ACTOR_KINDS, RELATION_STATUSES, RELATION_TYPES, isIsoDate } from "../schema";
import type { CorrectionOp } from "./format";

type Json = Record<string, unknown>;
/** What is wrong with a field, or null when it is right. */
type Check = (value: unknown) => string | null;

const isRecord = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const got = (value: unknown) => ` (got ${JSON.stringify(value) ?? "nothing"})`;
const oneOf = (choices: readonly string[]): Check => {
  const list = choices.map((c) => `"${c}"`).join(", ");
  return (value) =>
    typeof value === "string" && choices.includes(value) ? null : `must be one of ${list}${got(value)}`;
};

const text: Check = (value) =>
  typeof value === "string" && value !== "" ? null : `must be text${got(value)}`;
const textOrNull: Check = (value) => (value === null ? null : text(value));
const offset: Check = (value) =>
  Number.isInteger(value) && (value as number) >= 0 ? null : `must be a whole number ≥ 0${got(value)}`;
const dateOrNull: Check = (value) =>
  value === null || isIsoDate(value) ? null : `must be a date yyyy-mm-dd or null${got(value)}`;
const relationType = oneOf(RELATION_TYPES);
const status = oneOf(RELATION_STATUSES);
const kind = oneOf(ACTOR_KINDS);

const fields =
  (checks: Record<string, Check>): Check =>
  (value) => {
    if (!isRecord(value)) return `must be an object${got(value)}`;
    for (const [name, check] of Object.entries(checks)) {
      const fault = check(value[name]);
      if (fault) return `"${name}" ${fault}`;
    }
    return null;
  };
const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined ? null : check(value);

const actor = fields({ key: text, label: text });
const actors: Check = (value) => {
  if (!Array.isArray(value) || value.length === 0) return `must be a list of actors${got(value)}`;
  for (const [i, item] of value.entries()) {
    const fault = actor(item);
    if (fault) return `item ${i + 1}: ${fault}`;
  }
  return null;
};
const relation = fields({
  article: text,
  start: offset,
  end: offset,
  type: relationType,
  source: actor,
  target: actor,
});

/** The fields each kind of entry must have, besides "op". The list of operations is this table's keys. */
export const ENTRY_FIELDS: Record<CorrectionOp, Record<string, Check>> = {
  "merge-actors": { into: actor, actors },
  "rename-actor": { actor, label: text },
  "set-actor-kind": { actor, kind },
  "set-actor-role": { actor, role: textOrNull },
  "remove-actor": { actor },
  "reject-relation": { relation },
  "confirm-relation": { relation },
  "set-relation-type": { relation, type: relationType },
  "set-relation-status": { relation, status },
  "reverse-relation": { relation },
  "set-relation-date": { relation, date: dateOrNull },
  "add-relation": {
    source: actor,
    target: actor,
    type: relationType,
    status: optional(status),
    article: text,
    start: offset,
    end: offset,
    sentence: text,
    date: optional(dateOrNull),
  },
};

const OPS = Object.keys(ENTRY_FIELDS) as CorrectionOp[];
const op = oneOf(OPS);

/** What is wrong with one entry of the file, or null; the message names the field. */
export function entryFault(entry: unknown): string | null {
  if (!isRecord(entry)) return `is not an object${got(entry)}`;
  const opFault = op(entry.op);
  if (opFault) return `"op" ${opFault}`;
  const fault = fields(ENTRY_FIELDS[entry.op as CorrectionOp])(entry);
  if (fault) return fault;
  if (entry.op === "add-relation" && (entry.end as number) <= (entry.start as number))
    return `"end" must come after "start"${got(entry.end)}`;
  return null;
}
