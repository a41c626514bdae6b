import {
  evaluateArticleGold,
  parseArticleGold,
  readScoredGraph,
  type ArticleGold,
  type ArticleGoldReport,
} from "../../src/evaluate";

/**
 * A tiny per-article gold and the network files scored against it, in the shapes of the files
 * themselves. Two invented articles: Prime Minister Anna Berg of Nordland phones Tomas Lind, who
 * comments on Nordland (or Berg: the target is a list); a newspaper quotes Lind (a judgement call);
 * in the second article Ostmark criticises Nordland, whose capital Nordhaven is an equivalent.
 */
export const GOLD_JSON = {
  articles: [
    {
      file: "01_phone-call.txt",
      published: "2023-03-06",
      actors: [
        { name: "Anna Berg", kind: "person", aliases: ["Berg", "Prime Minister Anna Berg"] },
        { name: "Tomas Lind", kind: "person", aliases: ["Lind"] },
        { name: "Nordland", kind: "country", aliases: [] },
        { name: "Daily Courier", kind: "media", aliases: [], required: false },
      ],
      not_actors: ["Monday", "Staff Reporter"],
      edges: [
        { type: "call", a: "Anna Berg", b: "Tomas Lind", date: "2023-03-06", evidence: "Berg phoned Lind." },
        { type: "statement", from: "Tomas Lind", to: ["Nordland", "Anna Berg"], date: null },
        { type: "citation", from: "Daily Courier", to: "Tomas Lind", date: null, required: false },
      ],
    },
    {
      file: "02_summit.txt",
      published: "2023-04-01",
      actors: [
        { name: "Ostmark", kind: "country", aliases: ["Ostmark government"] },
        { name: "Nordland", kind: "country", aliases: ["Nordic Republic"] },
      ],
      not_actors: ["Summit Desk"],
      edges: [{ type: "statement", from: "Ostmark", to: "Nordland", date: "2023-04-01" }],
    },
  ],
  equivalents: [["Nordland", "Nordhaven", "the Nordland government"]],
};

export interface GraphNode {
  key: string;
  attributes: { label?: string; kind?: string; aliases?: string[] };
}

export interface GraphEdge {
  source: string;
  target: string;
  attributes: Record<string, unknown>;
}

export const node = (key: string, label: string, kind = "person", aliases: string[] = []): GraphNode => ({
  key,
  attributes: { label, kind, aliases },
});

/** An edge with the pipeline's provenance (one article, one date); `attributes` replaces or adds fields. */
export const edge = (
  type: string,
  source: string,
  target: string,
  article: string,
  date: string | null = null,
  attributes: Record<string, unknown> = {},
): GraphEdge => ({ source, target, attributes: { type, article, date, ...attributes } });

export const PERFECT_NODES = [
  node("berg", "Anna Berg"),
  node("lind", "Tomas Lind"),
  node("nordland", "Nordland", "country"),
  node("ostmark", "Ostmark", "country"),
];

export const PERFECT_EDGES = [
  edge("call", "berg", "lind", "01_phone-call", "2023-03-06"),
  edge("statement", "lind", "nordland", "01_phone-call"),
  edge("statement", "ostmark", "nordland", "02_summit", "2023-04-01"),
];

export const graphJson = (nodes: GraphNode[], edges: GraphEdge[]) => ({
  attributes: {},
  options: { type: "mixed", multi: true, allowSelfLoops: false },
  nodes,
  edges,
});

export function readGold(json: unknown = GOLD_JSON): ArticleGold {
  const { gold, errors } = parseArticleGold(json);
  if (!gold) throw new Error(`the test gold does not parse: ${errors.join("; ")}`);
  return gold;
}

/** Reads both files as the command does and scores them. */
export function scoreFiles(
  nodes: GraphNode[],
  edges: GraphEdge[],
  gold: unknown = GOLD_JSON,
): ArticleGoldReport {
  const { graph, errors } = readScoredGraph(graphJson(nodes, edges));
  if (!graph) throw new Error(`the test graph does not read: ${errors.join("; ")}`);
  return evaluateArticleGold(readGold(gold), graph);
}
