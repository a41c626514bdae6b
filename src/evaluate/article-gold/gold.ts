import type { ActorKind, IsoDate, RelationType } from "../../schema";

/**
 * A gold standard written per article, as in the dev corpus (`../shared/dev-corpus/gold.json`):
 * each article lists its actors, the strings that are not actors and the relations a reader finds.
 */
export interface ArticleGold {
  articles: GoldArticle[];
  /** Names that stand for one actor across articles: "Russia", "Moscow", "the Kremlin". */
  equivalents: string[][];
}

export interface GoldArticle {
  /** The article's file name, "21_reuters-fed.txt". */
  file: string;
  actors: ArticleGoldActor[];
  /** Strings an extractor may take for actors and should not: bylines, weekdays, headings. */
  notActors: string[];
  edges: ArticleGoldEdge[];
}

export interface ArticleGoldActor {
  /** The canonical name; edges name actors by it, across articles. */
  name: string;
  kind: ActorKind;
  /** The surface forms the article uses. */
  aliases: string[];
  /** False for a judgement call: not missed when absent, still right when found. */
  required: boolean;
}

export interface ArticleGoldEdge {
  type: RelationType;
  /** Actor names; a node of any of them will do. For a call ("a", "b" in the file) the order does not matter. */
  from: string[];
  to: string[];
  /** Null where the text does not pin the day. */
  date: IsoDate | null;
  required: boolean;
  /** The sentence that says it. */
  evidence?: string;
}
