import type {
  ActorKind,
  ActorNetworkFile,
  RelationType,
  SerializedActor,
  SerializedRelation,
} from "../../src/schema";
import type { GoldActor, GoldEdge, GoldStandard } from "../../src/evaluate";

/** Tiny hand-written gold standards and predicted networks for the evaluation tests. */

export const ARTICLE = "a1";

export const actor = (label: string, kind: ActorKind, aliases: string[] = [], optional = false): GoldActor =>
  optional ? { label, kind, aliases, optional } : { label, kind, aliases };

export function goldEdge(
  type: RelationType,
  source: string,
  target: string,
  date: string | null,
  extra: Partial<GoldEdge> = {},
): GoldEdge {
  return { type, source, target, date, article: ARTICLE, ...extra };
}

export const node = (
  key: string,
  label: string,
  kind: ActorKind = "person",
  aliases: string[] = [],
): SerializedActor => ({
  key,
  attributes: { label, kind, role: null, aliases, mentions: 1, articles: [ARTICLE] },
});

export function relation(
  type: RelationType,
  source: string,
  target: string,
  date: string | null,
  article = ARTICLE,
): SerializedRelation {
  return {
    key: `${type}:${source}:${target}:${date}:${article}`,
    source,
    target,
    undirected: type === "call",
    attributes: {
      type,
      date,
      datePrecision: date ? "day" : null,
      dateSource: date ? "text" : null,
      article,
      sentence: `${source} ${type} ${target}`,
      start: 0,
      end: 10,
    },
  };
}

export const network = (nodes: SerializedActor[], edges: SerializedRelation[]): ActorNetworkFile => ({
  options: { type: "mixed", multi: true, allowSelfLoops: false },
  attributes: { schemaVersion: 1, articles: [] },
  nodes,
  edges,
});

/** Biden and Putin talk on the phone; Peskov comments on Biden; a radio station quotes Peskov. */
export const GOLD: GoldStandard = {
  actors: [
    actor("Joe Biden", "person", ["Biden", "President Biden"]),
    actor("Vladimir Putin", "person", ["Putin"]),
    actor("Dmitry Peskov", "person", ["Peskov"]),
    actor("Kommersant FM", "media"),
    actor("Brookings Institution", "organization", [], true),
  ],
  edges: [
    goldEdge("call", "Joe Biden", "Vladimir Putin", "2022-02-12"),
    goldEdge("statement", "Dmitry Peskov", "Joe Biden", "2022-12-02"),
    goldEdge("citation", "Kommersant FM", "Dmitry Peskov", "2022-12-02"),
    goldEdge("statement", "Vladimir Putin", "Joe Biden", null, { optional: true }),
  ],
};

export const PERFECT_NODES = [
  node("biden", "Joe Biden"),
  node("putin", "Vladimir Putin"),
  node("peskov", "Dmitry Peskov"),
  node("kfm", "Kommersant FM", "media"),
];

export const PERFECT_EDGES = [
  relation("call", "biden", "putin", "2022-02-12"),
  relation("statement", "peskov", "biden", "2022-12-02"),
  relation("citation", "kfm", "peskov", "2022-12-02"),
];
