import { ACTOR_KINDS, RELATION_TYPES, isIsoDate } from "../../schema";
import type { ArticleGold, ArticleGoldActor, ArticleGoldEdge, GoldArticle } from "./gold";

export interface ArticleGoldParseResult {
  gold: ArticleGold | null;
  errors: string[];
}

type Fields = Record<string, unknown>;

const isRecord = (value: unknown): value is Fields =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isNames = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === "string");
const isFlag = (value: unknown) => value === undefined || typeof value === "boolean";
const isOneOf = (list: readonly string[], value: unknown) => list.includes(value as string);

/** A call's sides are "a" and "b", in either order; other relations go "from" one actor "to" another. */
const endKeys = (type: unknown) => (type === "call" ? (["a", "b"] as const) : (["from", "to"] as const));

/** One name or a non-empty list of names, as a list; null for anything else. */
const endNames = (value: unknown): string[] | null =>
  typeof value === "string" ? [value] : isNames(value) && value.length > 0 ? value : null;

function articleFault(article: unknown): string | null {
  if (!isRecord(article)) return "is not an object";
  if (typeof article.file !== "string" || article.file === "") return 'has no "file"';
  if (!Array.isArray(article.actors) || !Array.isArray(article.edges))
    return 'needs an "actors" list and an "edges" list';
  if (article.not_actors !== undefined && !isNames(article.not_actors))
    return 'has "not_actors" that is not a list of strings';
  return null;
}

function actorFault(actor: unknown): string | null {
  if (!isRecord(actor)) return "is not an object";
  if (typeof actor.name !== "string" || actor.name.trim() === "") return 'has no "name"';
  if (!isOneOf(ACTOR_KINDS, actor.kind)) return `has an unknown kind ${JSON.stringify(actor.kind)}`;
  if (actor.aliases !== undefined && !isNames(actor.aliases))
    return "has aliases that are not a list of names";
  if (!isFlag(actor.required)) return 'has a "required" that is not true or false';
  return null;
}

function edgeFault(edge: unknown, names: Set<string>): string | null {
  if (!isRecord(edge)) return "is not an object";
  if (!isOneOf(RELATION_TYPES, edge.type)) return `has an unknown type ${JSON.stringify(edge.type)}`;
  const keys = endKeys(edge.type);
  for (const key of keys) {
    const ends = endNames(edge[key]);
    if (!ends)
      return `is a ${edge.type}: it needs "${keys[0]}" and "${keys[1]}", each an actor's name or a list of names`;
    const stranger = ends.find((name) => !names.has(name));
    if (stranger !== undefined)
      return `names "${stranger}" in "${key}", and no article has an actor of that name`;
  }
  if (edge.date != null && !isIsoDate(edge.date))
    return `has a date that is not yyyy-mm-dd (${JSON.stringify(edge.date)})`;
  if (!isFlag(edge.required)) return 'has a "required" that is not true or false';
  if (edge.evidence !== undefined && typeof edge.evidence !== "string")
    return "has evidence that is not text";
  return null;
}

const toActor = (actor: Fields): ArticleGoldActor => ({
  name: actor.name as string,
  kind: actor.kind as ArticleGoldActor["kind"],
  aliases: (actor.aliases as string[] | undefined) ?? [],
  required: actor.required !== false,
});

function toEdge(edge: Fields): ArticleGoldEdge {
  const [fromKey, toKey] = endKeys(edge.type);
  const read: ArticleGoldEdge = {
    type: edge.type as ArticleGoldEdge["type"],
    from: endNames(edge[fromKey])!,
    to: endNames(edge[toKey])!,
    date: (edge.date as string | null | undefined) ?? null,
    required: edge.required !== false,
  };
  return typeof edge.evidence === "string" ? { ...read, evidence: edge.evidence } : read;
}

/** Reads a per-article gold from parsed JSON; any fault makes it unusable, since a gold must be exact. */
export function parseArticleGold(json: unknown): ArticleGoldParseResult {
  if (!isRecord(json) || !Array.isArray(json.articles))
    return { gold: null, errors: ['it needs an "articles" list'] };
  if (json.equivalents !== undefined && !(Array.isArray(json.equivalents) && json.equivalents.every(isNames)))
    return { gold: null, errors: ['"equivalents" is not a list of lists of names'] };
  const errors: string[] = [];
  const articles: { article: Fields; where: string }[] = [];
  json.articles.forEach((article: unknown, index) => {
    const fault = articleFault(article);
    if (fault) errors.push(`article ${index} ${fault}`);
    else
      articles.push({ article: article as Fields, where: `article ${index} (${(article as Fields).file})` });
  });

  // Edges may name an actor of another article, so every name is known before any edge is read.
  const names = new Set<string>();
  for (const { article, where } of articles)
    (article.actors as unknown[]).forEach((actor, index) => {
      const fault = actorFault(actor);
      if (fault) errors.push(`${where}: actor ${index} ${fault}`);
      else names.add((actor as Fields).name as string);
    });
  for (const { article, where } of articles)
    (article.edges as unknown[]).forEach((edge, index) => {
      const fault = edgeFault(edge, names);
      if (fault) errors.push(`${where}: edge ${index} ${fault}`);
    });
  if (errors.length > 0) return { gold: null, errors };

  const read = articles.map(({ article }): GoldArticle => ({
    file: article.file as string,
    actors: (article.actors as Fields[]).map(toActor),
    notActors: (article.not_actors as string[] | undefined) ?? [],
    edges: (article.edges as Fields[]).map(toEdge),
  }));
  return {
    gold: { articles: read, equivalents: (json.equivalents as string[][] | undefined) ?? [] },
    errors,
  };
}
