import {
  ACTOR_KINDS,
  RELATION_TYPES,
  isIsoDate,
  type ActorKind,
  type IsoDate,
  type RelationType,
} from "../schema";

/** A hand-annotated gold standard: the actors and relations a careful reader finds in the articles. */
export interface GoldActor {
  label: string;
  kind: ActorKind;
  /** Other surface forms of the same actor ("Putin", "the Kremlin" for Russia). */
  aliases: string[];
  /** Doubtful: neither required (recall) nor penalised (precision). */
  optional?: boolean;
}

export interface GoldEdge {
  type: RelationType;
  /** Gold actor labels; for calls the order does not matter. */
  source: string;
  target: string;
  date: IsoDate | null;
  /** "published" when the sentence gives no date and the article's date was used. */
  dateSource?: "text" | "published";
  article: string;
  /** The evidence phrase. */
  note?: string;
  optional?: boolean;
}

export interface GoldStandard {
  actors: GoldActor[];
  edges: GoldEdge[];
}

export interface GoldParseResult {
  gold: GoldStandard | null;
  errors: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isOptionalFlag = (value: unknown) => value === undefined || typeof value === "boolean";

function actorFault(actor: unknown): string | null {
  if (!isRecord(actor)) return "is not an object";
  if (typeof actor.label !== "string" || actor.label.trim() === "") return "has no label";
  if (!(ACTOR_KINDS as readonly unknown[]).includes(actor.kind))
    return `has an unknown kind ${JSON.stringify(actor.kind)}`;
  const aliases = actor.aliases ?? [];
  if (!Array.isArray(aliases) || !aliases.every((alias) => typeof alias === "string"))
    return "has aliases that are not a list of names";
  if (!isOptionalFlag(actor.optional)) return "has an optional flag that is not true or false";
  return null;
}

function edgeFault(edge: unknown, labels: Set<string>): string | null {
  if (!isRecord(edge)) return "is not an object";
  if (!(RELATION_TYPES as readonly unknown[]).includes(edge.type))
    return `has an unknown type ${JSON.stringify(edge.type)}`;
  for (const end of ["source", "target"] as const)
    if (typeof edge[end] !== "string" || !labels.has(edge[end] as string))
      return `has a ${end} ${JSON.stringify(edge[end])} that is not a gold actor label`;
  if (edge.source === edge.target) return "is a self-loop";
  if (edge.date !== null && !isIsoDate(edge.date))
    return `has a date that is not yyyy-mm-dd (${JSON.stringify(edge.date)})`;
  if (edge.dateSource !== undefined && edge.dateSource !== "text" && edge.dateSource !== "published")
    return `has an unknown dateSource ${JSON.stringify(edge.dateSource)}`;
  if (typeof edge.article !== "string" || edge.article === "") return "has no article";
  if (edge.note !== undefined && typeof edge.note !== "string") return "has a note that is not text";
  if (!isOptionalFlag(edge.optional)) return "has an optional flag that is not true or false";
  return null;
}

/** Reads a gold standard from parsed JSON; any fault makes it unusable, since a gold must be exact. */
export function parseGold(json: unknown): GoldParseResult {
  if (!isRecord(json)) return { gold: null, errors: ["the file is not a JSON object"] };
  if (!Array.isArray(json.actors) || !Array.isArray(json.edges))
    return { gold: null, errors: ['it needs an "actors" list and an "edges" list'] };
  const errors: string[] = [];
  const labels = new Set<string>();
  json.actors.forEach((actor: unknown, index) => {
    const fault = actorFault(actor);
    if (fault) {
      errors.push(`actor ${index} ${fault}`);
      return;
    }
    const { label } = actor as GoldActor;
    if (labels.has(label)) errors.push(`actor ${index} repeats the label "${label}"`);
    labels.add(label);
  });
  json.edges.forEach((edge: unknown, index) => {
    const fault = edgeFault(edge, labels);
    if (fault) errors.push(`edge ${index} ${fault}`);
  });
  if (errors.length > 0) return { gold: null, errors };
  const actors = (json.actors as GoldActor[]).map((actor) => ({ ...actor, aliases: actor.aliases ?? [] }));
  return { gold: { actors, edges: json.edges as GoldEdge[] }, errors };
}
