import { RELATION_KIND_OF } from "../schema";
import type { AddRelation, RelationCorrection, RelationRef } from "./format";
import type { Outcome } from "./actor-ops";
import type { WorkingNetwork } from "./working-network";

function notFound(net: WorkingNetwork, ref: RelationRef): string {
  const where = `in article ${ref.article} at ${ref.start}–${ref.end}`;
  if (!net.hasEvidence(ref)) return `no relation of type ${ref.type} ${where}`;
  return `no ${ref.type} between "${ref.source.label}" and "${ref.target.label}" ${where}`;
}

export function applyRelationCorrection(net: WorkingNetwork, c: RelationCorrection): Outcome {
  const i = net.findRelation(c.relation);
  if (i === null) return notFound(net, c.relation);
  const kind = RELATION_KIND_OF[net.relations[i]!.attributes.type];
  switch (c.op) {
    case "reject-relation":
      net.removeRelation(i);
      return null;
    case "confirm-relation":
      net.editRelation(i, "confirmed");
      return null;
    case "set-relation-type": {
      const relation = net.editRelation(i);
      const old = relation.attributes.type;
      relation.attributes.type = c.type;
      relation.undirected = !RELATION_KIND_OF[c.type].directed;
      if (!RELATION_KIND_OF[c.type].hasStatus) delete relation.attributes.status;
      net.reindex(i, old);
      return null;
    }
    case "set-relation-status":
      if (!kind.hasStatus) return `a ${kind.type} has no status`;
      net.editRelation(i).attributes.status = c.status;
      return null;
    case "reverse-relation": {
      if (!kind.directed) return `a ${kind.type} has no direction`;
      const relation = net.editRelation(i);
      [relation.source, relation.target] = [relation.target, relation.source];
      return null;
    }
    case "set-relation-date": {
      const { attributes } = net.editRelation(i);
      attributes.date = c.date;
      // The reviewer read the date in the article: it counts as the text's, to the day.
      attributes.datePrecision = c.date === null ? null : "day";
      attributes.dateSource = c.date === null ? null : "text";
      return null;
    }
  }
}

/**
 * Adds a relation the extractor missed. The sentence is the evidence: where the article's text at
 * the offsets no longer holds it, it is looked for in the text; an article without it is skipped.
 */
export function addRelation(net: WorkingNetwork, c: AddRelation): Outcome {
  const source = net.findActor(c.source);
  const target = net.findActor(c.target);
  if (source === null || target === null) {
    const ref = source === null ? c.source : c.target;
    return `no actor "${ref.label}" (key ${ref.key}) in the network`;
  }
  if (source === target) return `"${c.source.label}" and "${c.target.label}" are now one actor`;
  const article = net.source.attributes.articles.find((a) => a.id === c.article);
  if (!article) return `no article ${c.article} in the network`;
  let start = c.start;
  if (article.text.slice(c.start, c.end) !== c.sentence) start = article.text.indexOf(c.sentence);
  if (start < 0) return `article ${c.article} no longer holds the sentence "${c.sentence.slice(0, 60)}"`;
  const evidence = { article: c.article, start, end: start + c.sentence.length, type: c.type };
  if (net.findRelation({ ...evidence, source: c.source, target: c.target }) !== null)
    return "the network already has this relation";
  const date = c.date !== undefined ? c.date : article.published;
  const kind = RELATION_KIND_OF[c.type];
  net.addRelation({
    source,
    target,
    undirected: !kind.directed,
    attributes: {
      type: c.type,
      ...(kind.hasStatus && c.status ? { status: c.status } : {}),
      date,
      datePrecision: date === null ? null : "day",
      dateSource: date === null ? null : c.date !== undefined ? "text" : "published",
      article: c.article,
      sentence: c.sentence,
      start: evidence.start,
      end: evidence.end,
      review: "added",
    } as SerializedAttributes,
  });
  return null;
}

type SerializedAttributes = Parameters<WorkingNetwork["addRelation"]>[0]["attributes"];
