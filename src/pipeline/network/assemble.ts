import {
  RELATION_KIND_OF,
  SCHEMA_VERSION,
  type ActorAttributes,
  type ActorKind,
  type ActorNetworkFile,
  type SerializedActor,
  type SerializedRelation,
} from "../../schema";
import type { ArticleExtraction } from "../extract-article";
import { placeActors } from "./layout";
import { mergeLoneSurnames } from "./lone-surnames";
import { ACTOR_KIND_COLORS, sizeForDegree } from "./style";

interface MergedActor {
  label: string;
  kind: ActorKind;
  role: string | null;
  aliases: Set<string>;
  mentions: number;
  actingMentions: number;
  articles: Set<string>;
}

/**
 * Whether an actor belongs in the network without a relation: a person or an outlet always (a quoted
 * expert, a news agency named as a source); an organisation when named as an actor, not only as a
 * place or a qualifier ("Likud", but not "from the Oval Office"); a country when it acts more than
 * once ("Kenya raised ... Kenya closed ..."), since a place named alone, or a subject in passing, is
 * no actor of the story.
 */
const standsAlone = (actor: MergedActor | undefined) =>
  actor !== undefined &&
  (actor.kind === "person" ||
    actor.kind === "media" ||
    (actor.kind === "organization" && actor.actingMentions > 0) ||
    (actor.kind === "country" && actor.actingMentions > 1));
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const round2 = (value: number) => Math.round(value * 100) / 100;

function mergeActors(extractions: readonly ArticleExtraction[]): Map<string, MergedActor> {
  const merged = new Map<string, MergedActor>();
  for (const { article, actors } of extractions) {
    for (const actor of actors) {
      const entry = merged.get(actor.key) ?? {
        label: actor.label,
        kind: actor.kind,
        role: null,
        aliases: new Set<string>(),
        mentions: 0,
        actingMentions: 0,
        articles: new Set<string>(),
      };
      entry.role ??= actor.role;
      for (const alias of actor.aliases) entry.aliases.add(alias);
      entry.mentions += actor.mentions;
      entry.actingMentions += actor.actingMentions;
      entry.articles.add(article.id);
      merged.set(actor.key, entry);
    }
  }
  return merged;
}

function relationsOf(extractions: readonly ArticleExtraction[]): SerializedRelation[] {
  const edges = extractions.flatMap(({ article, relations }) =>
    relations.map((relation) => ({
      key: "",
      source: relation.source,
      target: relation.target,
      // Direction and status come from the kind's descriptor, which the explorer reads too.
      undirected: !RELATION_KIND_OF[relation.type].directed,
      attributes: {
        type: relation.type,
        ...(relation.subtype ? { subtype: relation.subtype } : {}),
        ...(relation.status && RELATION_KIND_OF[relation.type].hasStatus ? { status: relation.status } : {}),
        date: relation.date,
        datePrecision: relation.datePrecision,
        dateSource: relation.dateSource,
        article: article.id,
        sentence: relation.evidence.text,
        start: relation.evidence.start,
        end: relation.evidence.end,
        ...(relation.quote ? { quote: relation.quote } : {}),
        confidence: round2(relation.confidence),
      },
    })),
  );
  edges.sort(
    (a, b) =>
      byText(a.attributes.article, b.attributes.article) ||
      a.attributes.start - b.attributes.start ||
      byText(a.attributes.type, b.attributes.type) ||
      byText(a.source, b.source) ||
      byText(a.target, b.target),
  );
  return edges.map((edge, index) => ({ ...edge, key: `e${index}` }));
}

/**
 * Merges the articles' actors and relations into one network with metrics, layout and style.
 * Actors without relations are kept as `standsAlone` says.
 */
export function assembleNetwork(articles: readonly ArticleExtraction[], seed: number): ActorNetworkFile {
  const extractions = mergeLoneSurnames(articles);
  const actors = mergeActors(extractions);
  const edges = relationsOf(extractions);
  const degree = new Map<string, number>();
  for (const edge of edges)
    for (const end of [edge.source, edge.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const keys = [...actors.keys()]
    .filter((key) => degree.has(key) || standsAlone(actors.get(key)))
    .sort(byText);
  const placements = placeActors(
    keys,
    edges.map((edge) => [edge.source, edge.target] as const),
    seed,
  );
  // A loop, not Math.max(...values): spreading 100k arguments overflows the call stack.
  let maxDegree = 0;
  for (const value of degree.values()) maxDegree = Math.max(maxDegree, value);

  const nodes: SerializedActor[] = keys.map((key) => {
    const actor = actors.get(key) as MergedActor;
    const place = placements.get(key) ?? { x: 0, y: 0, community: 0 };
    const attributes: ActorAttributes = {
      label: actor.label,
      kind: actor.kind,
      role: actor.role,
      aliases: [...actor.aliases].filter((alias) => alias !== actor.label).sort(byText),
      mentions: actor.mentions,
      articles: [...actor.articles].sort(byText),
      community: place.community,
      x: place.x,
      y: place.y,
      size: sizeForDegree(degree.get(key) ?? 0, maxDegree),
      color: ACTOR_KIND_COLORS[actor.kind],
    };
    return { key, attributes };
  });
  return {
    options: { type: "mixed", multi: true, allowSelfLoops: false },
    attributes: {
      schemaVersion: SCHEMA_VERSION,
      articles: extractions.map((extraction) => extraction.article).sort((a, b) => byText(a.id, b.id)),
    },
    nodes,
    edges,
  };
}
