import { RELATION_STATUSES, RELATION_TYPES, type ActorAttributes } from "../../schema";
import { FILTER_SPECS, type FilterValues } from "../filters/registry";

/** What every filter's visibility hooks (filters/filter-spec.ts) ask for, together. */
export interface VisibilityRules {
  /** Null when every actor passes. */
  actor: ((actor: ActorAttributes) => boolean) | null;
  /**
   * Per type code × status code (positions in RELATION_TYPES and RELATION_STATUSES), whether
   * relations of that type and status pass: filtering a million relations reads no attribute.
   */
  relationPasses: boolean[];
  minDegree: number;
  reach: { from: string; steps: number } | null;
}

/** Whether a relation with these codes passes (a code beyond the lists never does). */
export const relationPasses = (rules: VisibilityRules, type: number, status: number): boolean =>
  type < RELATION_TYPES.length && status < RELATION_STATUSES.length
    ? rules.relationPasses[type * RELATION_STATUSES.length + status] === true
    : false;

export function visibilityRules(state: Readonly<FilterValues>): VisibilityRules {
  const hooks = FILTER_SPECS.flatMap((filter) => (filter.visibility ? [filter.visibility] : []));
  const actorTests = hooks.flatMap((hook) => hook.actor?.(state) ?? []);
  const relationTests = hooks.flatMap((hook) => hook.relation?.(state) ?? []);
  const relationTable = RELATION_TYPES.flatMap((type) =>
    RELATION_STATUSES.map((status) => relationTests.every((passes) => passes({ type, status }))),
  );
  return {
    actor: actorTests.length === 0 ? null : (actor) => actorTests.every((passes) => passes(actor)),
    relationPasses: relationTable,
    minDegree: Math.max(0, ...hooks.map((hook) => hook.minDegree?.(state) ?? 0)),
    reach: hooks.map((hook) => hook.reach?.(state) ?? null).find((reach) => reach !== null) ?? null,
  };
}
