import type Graph from "graphology";
import write from "graphology-gexf/common/writer.js";
import {
  RELATION_KIND_OF,
  STATUS_KIND_OF,
  statusOf,
  type ActorKind,
  type RelationAttributes,
} from "../../schema";
import { ACTOR_KIND_COLORS } from "../theme";

/** The two file formats of an export: GEXF for Gephi, the explorer's own JSON for everything else. */

const VIZ = new Set(["x", "y", "size", "color", "label"]);

function split(attributes: Record<string, unknown>): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attributes)) if (!VIZ.has(name)) rest[name] = value;
  return rest;
}

/** A relation's look in GEXF: its kind's colour, and a dashed shape where its status is drawn dashed. */
function edgeViz(a: Partial<RelationAttributes>): { color: string; shape?: "dashed" } {
  const color = (a.type && RELATION_KIND_OF[a.type]?.color) || "#999999";
  return STATUS_KIND_OF[statusOf(a)]?.dash ? { color, shape: "dashed" } : { color };
}

/**
 * GEXF 1.3 (read by Gephi 0.9.3 and later): every attribute kept (dates as "date" attributes,
 * lists as liststring), colours and dashes in viz.
 */
export function toGexf(graph: Graph): string {
  return write(graph, {
    version: "1.3",
    pretty: true,
    formatNode: (_key, a) => ({
      label: String(a.label ?? _key),
      viz: {
        color: typeof a.color === "string" ? a.color : (ACTOR_KIND_COLORS[a.kind as ActorKind] ?? "#999999"),
        ...(typeof a.size === "number" ? { size: a.size } : {}),
        ...(typeof a.x === "number" && typeof a.y === "number" ? { x: a.x, y: a.y } : {}),
      },
      attributes: split(a),
    }),
    formatEdge: (_key, a) => ({
      label: String(a.type),
      viz: edgeViz(a),
      attributes: split(a),
    }),
  });
}

/** graphology's serialisation in the shape of the network file (explicit `undirected`), so it loads back. */
export function toJson(graph: Graph): string {
  const data = graph.export();
  const edges = data.edges.map(({ key, source, target, attributes, undirected }) => ({
    key,
    source,
    target,
    undirected: undirected === true,
    attributes,
  }));
  return JSON.stringify({ ...data, edges }, null, 2) + "\n";
}
