import { RELATION_TYPES, type RelationType } from "../../schema";
import type { DatedRelations } from "../data/time-order";
import type { DayNumber } from "../state/store";

/** The days (sorted, as the time order keeps them) of the dated relations of the types shown. */
export function shownDays(relations: DatedRelations, types: readonly RelationType[]): DayNumber[] {
  const shown = RELATION_TYPES.map((type) => types.includes(type));
  const days: DayNumber[] = [];
  for (let i = 0; i < relations.days.length; i++)
    if (shown[relations.types[i]!]) days.push(relations.days[i]!);
  return days;
}
