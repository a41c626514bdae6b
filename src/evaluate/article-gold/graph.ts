import { articleId } from "./normalize";

/**
 * What the per-article scoring reads of a network file. Any graphology serialisation will do, as for
 * the dev corpus's reference scorer: provenance and dates may sit on the edge ("article", "date") or
 * in lists ("articles", "dates", "evidence", "sources"), so files of other extractors score too.
 */
export interface ScoredNode {
  key: string;
  /** The label, or the key where there is none. */
  label: string;
  aliases: string[];
  kind: string | null;
}

export interface ScoredEdge {
  source: string;
  target: string;
  /** Lower case. */
  type: string;
  /** The ids of the articles the edge says it comes from; empty when it does not say. */
  articles: Set<string>;
  /** yyyy-mm-dd, or whatever the first ten characters of a date are. */
  dates: string[];
}

export interface ScoredGraph {
  nodes: ScoredNode[];
  edges: ScoredEdge[];
  /** The ids in the file's own list of articles, where it has one. */
  articleIds: string[] | null;
}

export interface ScoredGraphResult {
  graph: ScoredGraph | null;
  errors: string[];
}

type Fields = Record<string, unknown>;

const isRecord = (value: unknown): value is Fields =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const fieldOf = (item: unknown, name: string): unknown => (isRecord(item) ? item[name] : undefined);

function readNode(node: Fields): ScoredNode {
  const attributes = isRecord(node.attributes) ? node.attributes : {};
  const { label, aliases, kind } = attributes;
  return {
    key: node.key as string,
    label: String(label ?? node.key),
    aliases: listOf(aliases).map((alias) => String(alias ?? "")),
    kind: typeof kind === "string" && kind !== "" ? kind : null,
  };
}

function readEdge(edge: Fields): ScoredEdge {
  const at = isRecord(edge.attributes) ? edge.attributes : {};
  const articles = [
    at.article,
    ...listOf(at.articles),
    ...listOf(at.evidence).map((item) => fieldOf(item, "article")),
    ...listOf(at.sources).map((item) => (typeof item === "string" ? item : fieldOf(item, "article"))),
  ];
  const dates = [
    ...(at.date ? [at.date] : []),
    ...listOf(at.dates),
    ...listOf(at.evidence)
      .map((item) => fieldOf(item, "date"))
      .filter(Boolean),
  ];
  return {
    source: edge.source as string,
    target: edge.target as string,
    type: String(at.type ?? "").toLowerCase(),
    articles: new Set(articles.filter(Boolean).map(articleId)),
    dates: dates.map((date) => String(date).slice(0, 10)),
  };
}

function nodeFault(node: unknown, keys: Set<string>): string | null {
  if (!isRecord(node)) return "is not an object";
  if (typeof node.key !== "string") return 'has no "key" string';
  // Edges name nodes by key, so a repeated key would make them ambiguous.
  if (keys.has(node.key)) return `repeats the key "${node.key}"`;
  return null;
}

function edgeFault(edge: unknown): string | null {
  if (!isRecord(edge)) return "is not an object";
  if (typeof edge.source !== "string" || typeof edge.target !== "string")
    return 'needs "source" and "target" strings';
  return null;
}

const MAX_ERRORS = 10;

/** Reads a network file's nodes and edges; faulty items make it unusable, so that no figure is silently off. */
export function readScoredGraph(json: unknown): ScoredGraphResult {
  if (!isRecord(json) || !Array.isArray(json.nodes) || !Array.isArray(json.edges))
    return {
      graph: null,
      errors: ['it needs a "nodes" list and an "edges" list (a graphology serialisation)'],
    };
  const errors: string[] = [];
  const keys = new Set<string>();
  json.nodes.forEach((node: unknown, index) => {
    const fault = nodeFault(node, keys);
    if (fault) errors.push(`node ${index} ${fault}`);
    else keys.add((node as Fields).key as string);
  });
  json.edges.forEach((edge: unknown, index) => {
    const fault = edgeFault(edge);
    if (fault) errors.push(`edge ${index} ${fault}`);
  });
  if (errors.length > MAX_ERRORS)
    errors.splice(MAX_ERRORS, Infinity, `and ${errors.length - MAX_ERRORS} more faults`);
  if (errors.length > 0) return { graph: null, errors };

  const listed = listOf(fieldOf(json.attributes, "articles")).map((article) => fieldOf(article, "id"));
  return {
    graph: {
      nodes: (json.nodes as Fields[]).map(readNode),
      edges: (json.edges as Fields[]).map(readEdge),
      articleIds:
        listed.length > 0 && listed.every((id) => typeof id === "string") ? (listed as string[]) : null,
    },
    errors,
  };
}
