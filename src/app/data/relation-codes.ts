import { DEFAULT_RELATION_STATUS, RELATION_STATUSES, RELATION_TYPES } from "../../schema";

/**
 * A relation's type and status as small integers, their positions in RELATION_TYPES and
 * RELATION_STATUSES: the visibility index keeps a byte of each per relation, read once at load,
 * so that a filter change reads no attribute.
 */

const TYPE_CODES = new Map<string, number>(RELATION_TYPES.map((type, i) => [type, i]));
const STATUS_CODES = new Map<string, number>(RELATION_STATUSES.map((status, i) => [status, i]));
/** Beyond the lists: a type or status that no filter lists, and none shows. */
const UNKNOWN_CODE = 255;

export const typeCode = (type: string): number => TYPE_CODES.get(type) ?? UNKNOWN_CODE;

/** A relation without a status has the default one ("held"). */
export const statusCode = (status: string | undefined): number =>
  STATUS_CODES.get(status ?? DEFAULT_RELATION_STATUS) ?? UNKNOWN_CODE;

/** How many of each code there are, as a record by name (the filters' counts). */
export function countCodes<T extends string>(codes: Uint8Array, names: readonly T[]): Record<T, number> {
  const counts = new Array<number>(names.length).fill(0);
  for (const code of codes) if (code < counts.length) counts[code]!++;
  return Object.fromEntries(names.map((name, i) => [name, counts[i]!])) as Record<T, number>;
}

/** Like countCodes, but only the items whose flag is 1 (the filters' "shown" counts). */
export function countCodesWhere<T extends string>(
  codes: Uint8Array,
  flags: Uint8Array,
  names: readonly T[],
): Record<T, number> {
  const counts = new Array<number>(names.length).fill(0);
  for (let i = 0; i < codes.length; i++)
    if (flags[i] === 1 && codes[i]! < counts.length) counts[codes[i]!]!++;
  return Object.fromEntries(names.map((name, i) => [name, counts[i]!])) as Record<T, number>;
}
