/**
 * The corrections file: a reviewer's fixes to an actor network, kept apart from the network so
 * they can be replayed on a network rebuilt from a grown folder. Entries name what stays stable
 * when articles are added (actor keys and names; a relation's article, offsets and type), never a
 * relation's key, which is a counter. docs/corrections.md describes the file.
 */
import type { ActorKind, IsoDate, RelationStatus, RelationType } from "../schema";

export const CORRECTIONS_FORMAT = "newsnet-corrections";
export const CORRECTIONS_VERSION = 1;

/** An actor by its key, and by its name in case the key changed (a fuller name found later). */
export interface ActorRef {
  key: string;
  label: string;
}

/** A relation by its evidence: the article, the sentence's offsets, the type and the two actors. */
export interface RelationRef {
  article: string;
  start: number;
  end: number;
  type: RelationType;
  source: ActorRef;
  target: ActorRef;
}

export type ActorCorrection =
  | { op: "merge-actors"; into: ActorRef; actors: ActorRef[] }
  | { op: "rename-actor"; actor: ActorRef; label: string }
  | { op: "set-actor-kind"; actor: ActorRef; kind: ActorKind }
  | { op: "set-actor-role"; actor: ActorRef; role: string | null }
  | { op: "remove-actor"; actor: ActorRef };

export type RelationCorrection =
  | { op: "reject-relation"; relation: RelationRef }
  | { op: "confirm-relation"; relation: RelationRef }
  | { op: "set-relation-type"; relation: RelationRef; type: RelationType }
  | { op: "set-relation-status"; relation: RelationRef; status: RelationStatus }
  | { op: "reverse-relation"; relation: RelationRef }
  | { op: "set-relation-date"; relation: RelationRef; date: IsoDate | null };

/** A relation the extractor missed, read from a sentence the reviewer selected. */
export interface AddRelation {
  op: "add-relation";
  source: ActorRef;
  target: ActorRef;
  type: RelationType;
  status?: RelationStatus;
  article: string;
  start: number;
  end: number;
  sentence: string;
  date?: IsoDate | null;
}

export type Correction = ActorCorrection | RelationCorrection | AddRelation;
export type CorrectionOp = Correction["op"];

export interface CorrectionsFile {
  format: typeof CORRECTIONS_FORMAT;
  version: typeof CORRECTIONS_VERSION;
  corrections: Correction[];
}

export function correctionsFile(corrections: readonly Correction[]): CorrectionsFile {
  return { format: CORRECTIONS_FORMAT, version: CORRECTIONS_VERSION, corrections: [...corrections] };
}

/** How a corrected item is marked in the network file and the explorer (attribute `review`). */
export type ReviewMark = "corrected" | "confirmed" | "added";
