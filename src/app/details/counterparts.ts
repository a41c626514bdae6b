import { RELATION_KIND_OF, RELATION_TYPES } from "../../schema";
import type { ExplorerGraph } from "../data/build-graph";

export interface Counterpart {
  key: string;
  label: string;
  total: number;
  /** How many relations of each type. */
  byType: Map<string, number>;
}

/** With whom an actor dealt in the relations shown, how often and by type, most often first. */
export function counterparts(
  graph: ExplorerGraph,
  node: string,
  isShown: (edge: string) => boolean,
): Counterpart[] {
  const found = new Map<string, Counterpart>();
  for (const edge of graph.edges(node)) {
    if (!isShown(edge)) continue;
    const other = graph.opposite(node, edge);
    let entry = found.get(other);
    if (!entry)
      found.set(
        other,
        (entry = { key: other, label: graph.getNodeAttribute(other, "label"), total: 0, byType: new Map() }),
      );
    const type = graph.getEdgeAttribute(edge, "type");
    entry.total++;
    entry.byType.set(type, (entry.byType.get(type) ?? 0) + 1);
  }
  return [...found.values()].sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
}

/** "call or meeting ×2, statement ×1", in the kinds' own words and order. */
export function describeTypes(byType: ReadonlyMap<string, number>): string {
  const order = (type: string) => RELATION_TYPES.indexOf(type as (typeof RELATION_TYPES)[number]);
  return [...byType]
    .sort(([a], [b]) => order(a) - order(b))
    .map(
      ([type, n]) =>
        `${(RELATION_KIND_OF[type as keyof typeof RELATION_KIND_OF]?.label ?? type).toLowerCase()} ×${n}`,
    )
    .join(", ");
}
