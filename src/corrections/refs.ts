import type { RelationAttributes } from "../schema";
import type { ActorRef, RelationRef } from "./format";

interface ActorLike {
  key: string;
  label: string;
}

export const actorRef = ({ key, label }: ActorLike): ActorRef => ({ key, label });

/** How a correction names a relation: by its evidence and its actors, never by its key. */
export function relationRef(
  attributes: Pick<RelationAttributes, "article" | "start" | "end" | "type">,
  source: ActorLike,
  target: ActorLike,
): RelationRef {
  const { article, start, end, type } = attributes;
  return { article, start, end, type, source: actorRef(source), target: actorRef(target) };
}
