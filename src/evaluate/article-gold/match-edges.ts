import type { ArticleGold, ArticleGoldEdge } from "./gold";
import type { ScoredEdge } from "./graph";
import type { ActorMapping } from "./match-actors";
import { articleId } from "./normalize";

/** A required gold edge and the graph edges that report it. */
export interface GoldEdgeHits {
  article: string;
  gold: ArticleGoldEdge;
  hits: ScoredEdge[];
}

export interface EdgeFindings {
  /** Required gold edges, each with its hits, in the gold's order. */
  required: GoldEdgeHits[];
  /** Graph edges that report some gold relation, required or not. */
  supported: Set<ScoredEdge>;
}

const DAY_MS = 86_400_000;

/** Whether one of the hits is dated within a day of the gold date: the reference scorer's tolerance. */
export const datedWithinADay = (date: string, hits: ScoredEdge[]): boolean =>
  hits.some((hit) => hit.dates.some((found) => Math.abs(Date.parse(found) - Date.parse(date)) / DAY_MS <= 1));

/**
 * Whether a graph edge reports a gold relation: same type, same article (an edge that names no
 * article may stand for any), and endpoints that stand for the gold actors, either way round for a call.
 */
function reporter(
  gold: ArticleGoldEdge,
  article: string,
  mapping: ActorMapping,
): (edge: ScoredEdge) => boolean {
  const keys = (names: string[]) =>
    new Set(names.flatMap((name) => mapping.nodesOfActor.get(name) ?? []).map((node) => node.key));
  const [from, to] = [keys(gold.from), keys(gold.to)];
  return (edge) => {
    if (edge.type !== gold.type) return false;
    if (edge.articles.size > 0 && !edge.articles.has(article)) return false;
    if (from.has(edge.source) && to.has(edge.target)) return true;
    return gold.type === "call" && from.has(edge.target) && to.has(edge.source);
  };
}

/** Matches every gold edge of every article against all graph edges; many to many, no edge used up. */
export function matchArticleEdges(
  gold: ArticleGold,
  edges: ScoredEdge[],
  mapping: ActorMapping,
): EdgeFindings {
  const required: GoldEdgeHits[] = [];
  const supported = new Set<ScoredEdge>();
  for (const { file, edges: goldEdges } of gold.articles) {
    const article = articleId(file);
    for (const goldEdge of goldEdges) {
      const hits = edges.filter(reporter(goldEdge, article, mapping));
      for (const hit of hits) supported.add(hit);
      if (goldEdge.required) required.push({ article, gold: goldEdge, hits });
    }
  }
  return { required, supported };
}
