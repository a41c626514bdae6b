export { formatArticleGoldReport } from "./format";
export type { ArticleGoldFigures } from "./figures";
export type { ArticleGold, ArticleGoldActor, ArticleGoldEdge, GoldArticle } from "./gold";
export { readScoredGraph, type ScoredEdge, type ScoredGraph, type ScoredNode } from "./graph";
export { articleId, normalizeLabel } from "./normalize";
export { parseArticleGold, type ArticleGoldParseResult } from "./parse-gold";
export { evaluateArticleGold, type ArticleGoldReport } from "./score";
