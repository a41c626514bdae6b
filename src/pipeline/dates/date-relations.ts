import type { DatePrecision, DateSource } from "../../schema";
import type { SentenceAnalysis } from "../actors/recognize";
import type { DraftRelation } from "../relations/draft";
import { resolveDate, type ResolvedDate } from "./resolve-date";

export interface DatedRelation extends DraftRelation {
  date: string | null;
  datePrecision: DatePrecision | null;
  dateSource: DateSource | null;
}

/** How many sentences back a date still sets the time of the story ("On Saturday, ... The call lasted ..."). */
const NARRATIVE_REACH = 3;

/**
 * Dates each relation: from its own sentence; else from the last date the story gave a sentence or
 * two before, within the same or the previous paragraph; else the publication date, marked as such.
 */
export function dateRelations(
  relations: readonly DraftRelation[],
  analyses: readonly SentenceAnalysis[],
  published: string | null,
): DatedRelation[] {
  const ownDates = new Map<number, ResolvedDate | null>();
  const dateOf = (index: number, anchor: number) => {
    const analysis = analyses[index];
    if (!analysis || analysis.sentence.isHeading) return null;
    return resolveDate(analysis.sentence.text, anchor, published, analysis.quotes);
  };
  const narrativeDate = (index: number): ResolvedDate | null => {
    const paragraph = analyses[index]?.sentence.paragraph ?? 0;
    for (let back = index - 1; back >= Math.max(0, index - NARRATIVE_REACH); back--) {
      const earlier = analyses[back];
      if (!earlier || earlier.sentence.paragraph < paragraph - 1) break;
      if (!ownDates.has(back)) ownDates.set(back, dateOf(back, earlier.sentence.text.length));
      const date = ownDates.get(back);
      if (date && date.precision === "day") return date;
    }
    return null;
  };
  return relations.map((relation) => {
    const own = dateOf(relation.sentence, relation.anchor);
    const found = own ?? narrativeDate(relation.sentence);
    if (found)
      return {
        ...relation,
        date: found.date,
        datePrecision: found.precision,
        dateSource: "text",
        confidence: own ? relation.confidence : relation.confidence - 0.1,
      };
    return {
      ...relation,
      date: published,
      datePrecision: published ? "day" : null,
      dateSource: published ? "published" : null,
    };
  });
}
