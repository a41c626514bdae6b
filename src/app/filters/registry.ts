import type { FilterSpec } from "./filter-spec";
import { actorKindsFilter } from "./specs/actor-kinds";
import { communityFilter } from "./specs/community";
import { egoFilter } from "./specs/ego";
import { isolatedFilter } from "./specs/isolated";
import { minDegreeFilter } from "./specs/min-degree";
import { relationStatusesFilter } from "./specs/relation-statuses";
import { relationTypesFilter } from "./specs/relation-types";

/**
 * Every filter, in the order the sidebar shows them, the caption lists them and a link writes
 * them. A new filter is a file in specs/ and one entry here: the view state, its default, the link,
 * the visibility index, the sidebar and the caption all read this list.
 */
export const FILTERS = [
  relationTypesFilter,
  relationStatusesFilter,
  actorKindsFilter,
  minDegreeFilter,
  communityFilter,
  egoFilter,
  isolatedFilter,
] as const;

type ValuesOf<F> = F extends FilterSpec<infer S> ? S : never;
type Intersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void
  ? I
  : never;

/** The view state's keys that the filters own, with their types, as the specs declare them. */
export type FilterValues = Intersection<ValuesOf<(typeof FILTERS)[number]>>;

/** Every filter's default: what shows everything. */
export const FILTER_DEFAULTS = Object.assign({}, ...FILTERS.map((filter) => filter.defaults)) as FilterValues;

/** The specs as one type, to walk the list (each reads its own keys of the whole state). */
export type AnyFilterSpec = FilterSpec<FilterValues>;
// Each spec reads and writes only its own keys, and the whole state has them all.
export const FILTER_SPECS = FILTERS as unknown as readonly AnyFilterSpec[];

/** The keys of a filter's state. */
export const keysOf = (filter: AnyFilterSpec): (keyof FilterValues)[] =>
  Object.keys(filter.defaults) as (keyof FilterValues)[];

/** The filters' keys that decide what is visible (a filter without hooks only changes drawing). */
export const VISIBILITY_FILTER_KEYS: readonly (keyof FilterValues)[] = FILTER_SPECS.filter(
  (filter) => filter.visibility !== undefined,
).flatMap(keysOf);
