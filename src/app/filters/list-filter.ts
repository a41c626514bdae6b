import type { FilterUrl } from "./filter-spec";
import { listOf, writeList } from "./url-lists";

/**
 * What the filters that keep a list of known names (relation types, statuses, actor kinds) share:
 * their form in a link and their caption line.
 */

/** `types=call,statement` under `param` for the view state's `key`; nothing while all are kept. */
export function listInUrl<K extends string, T extends string>(
  key: K,
  param: string,
  all: readonly T[],
): FilterUrl<Record<K, T[]>> {
  return {
    params: [param],
    read(params) {
      const list = listOf(params.get(param), all);
      return list ? ({ [key]: list } as Partial<Record<K, T[]>>) : {};
    },
    write: (state, params) => writeList(params, param, state[key], all),
  };
}

/** "Relation types: Call or meeting, Statement" where the list leaves some out ("none" for none). */
export function listCaption<T extends string>(
  title: string,
  kept: readonly T[],
  all: readonly T[],
  labelOf: (name: T) => string,
): string | null {
  return kept.length < all.length ? `${title}: ${kept.map(labelOf).join(", ") || "none"}` : null;
}
