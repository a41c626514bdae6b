/** The URL forms the filters share: a comma-separated list of known names, a finite number. */

/** The known names of a comma-separated value, in its order; undefined when the parameter is absent. */
export const listOf = <T extends string>(value: string | null, allowed: readonly T[]): T[] | undefined =>
  value === null
    ? undefined
    : value.split(",").filter((item): item is T => (allowed as readonly string[]).includes(item));

export const finite = (value: string | null): number | undefined =>
  value !== null && value !== "" && Number.isFinite(Number(value)) ? Number(value) : undefined;

/** Writes a list only where it differs from the default one (order included, as links always did). */
export function writeList(
  params: URLSearchParams,
  name: string,
  list: readonly string[],
  all: readonly string[],
) {
  if (list.join() !== all.join()) params.set(name, list.join(","));
}
