import Graph from "graphology";
import type { Attributes } from "graphology-types";
import { statusOf } from "../../schema";

/**
 * One edge per repeated relation, as Gephi's timeline wants it: the relations with the same two
 * actors, direction, type and status (a planned call is drawn apart from a held one) become one
 * edge, keyed by its earliest relation. Its `weight` counts them, `dates` lists the days they were
 * reported on, `articles` the articles they rest on, and `subtype` their subtypes; the rest, its
 * evidence, is its earliest relation's. Undated relations are merged apart from dated ones: Gephi
 * shows an edge with no date throughout, and a dated one on its days only.
 */
export function mergeRepeatedRelations(graph: Graph): Graph {
  const groups = new Map<string, Relation[]>();
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    const [from, to] = undirected && target < source ? [target, source] : [source, target];
    const group = [from, to, undirected, attributes.type, statusOf(attributes), dayOf(attributes) !== null];
    const id = JSON.stringify(group);
    const relation = { key, source: from, target: to, undirected, attributes };
    groups.set(id, [...(groups.get(id) ?? []), relation]);
  });
  const merged = new Graph({ type: "mixed", multi: true, allowSelfLoops: graph.allowSelfLoops });
  merged.replaceAttributes({ ...graph.getAttributes() });
  graph.forEachNode((key, attributes) => merged.addNode(key, { ...attributes }));
  for (const relations of groups.values()) {
    const [first, ...rest] = earliestFirst(relations);
    const attributes = { ...first!.attributes, ...summary([first!, ...rest]) };
    if (first!.undirected)
      merged.addUndirectedEdgeWithKey(first!.key, first!.source, first!.target, attributes);
    else merged.addDirectedEdgeWithKey(first!.key, first!.source, first!.target, attributes);
  }
  return merged;
}

interface Relation {
  key: string;
  source: string;
  target: string;
  undirected: boolean;
  attributes: Attributes;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A relation's day, "YYYY-MM-DD", or null where it has none that a timeline can use. */
export const dayOf = (attributes: Attributes): string | null =>
  typeof attributes.date === "string" && ISO_DAY.test(attributes.date) ? attributes.date : null;

/** By day, undated last; relations of the same day keep the graph's order. */
const earliestFirst = (relations: Relation[]) =>
  [...relations].sort((a, b) => (dayOf(a.attributes) ?? "9999").localeCompare(dayOf(b.attributes) ?? "9999"));

const distinct = (values: unknown[]): string[] => [
  ...new Set(values.filter((value): value is string => typeof value === "string" && value !== "")),
];

function summary(relations: Relation[]): Attributes {
  const all = relations.map((relation) => relation.attributes);
  const dates = distinct(all.map(dayOf));
  const subtypes = distinct(all.map((a) => a.subtype));
  return {
    weight: relations.length,
    ...(dates.length ? { dates } : {}),
    articles: distinct(all.map((a) => a.article)),
    ...(subtypes.length ? { subtype: subtypes.join(", ") } : {}),
  };
}
