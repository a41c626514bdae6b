import type { SerializedActor, SerializedRelation } from "../schema";
import type { GoldActor, GoldEdge } from "./gold";

/** One-line descriptions of actors and relations, for the lists of misses and false positives. */

const arrow = (type: string) => (type === "call" ? "--" : "->");
const clip = (text: string, length = 90) => {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > length ? `${line.slice(0, length - 1)}…` : line;
};

export const describeGoldActor = (actor: GoldActor) => `${actor.label} (${actor.kind})`;

export function describeNode(node: SerializedActor): string {
  const { label, kind, mentions } = node.attributes;
  return `${label} (${kind}, ${mentions} mention${mentions === 1 ? "" : "s"})`;
}

export function describeGoldEdge(edge: GoldEdge): string {
  const what = `${edge.type} ${edge.source} ${arrow(edge.type)} ${edge.target}`;
  const note = edge.note ? `: "${clip(edge.note)}"` : "";
  return `${what}, ${edge.date ?? "no date"}, ${edge.article}${note}`;
}

export function describeEdge(edge: SerializedRelation, labelOf: (key: string) => string): string {
  const { type, date, article, sentence } = edge.attributes;
  const what = `${type} ${labelOf(edge.source)} ${arrow(type)} ${labelOf(edge.target)}`;
  return `${what}, ${date ?? "no date"}, ${article}: "${clip(sentence)}"`;
}
