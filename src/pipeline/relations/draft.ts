import type { RelationStatus, RelationType } from "../../schema";

/** A relation found in one sentence, before it is dated and merged with its repeats. */
export interface DraftRelation {
  type: RelationType;
  subtype?: string;
  source: string;
  target: string;
  /** Index of the sentence in the article. */
  sentence: number;
  /** Another sentence whose date is this relation's: an embedded post's signature line. */
  dateSentence?: number;
  /** Where in the sentence the relation is anchored (its verb or trigger), to pick the nearest date. */
  anchor: number;
  quote?: string;
  /** For statements: the target is named only as "the government", which an official means as their own. */
  governmentOnly?: boolean;
  /** For calls: held, or only planned ("are due to meet next week"). */
  status?: RelationStatus;
  confidence: number;
}
