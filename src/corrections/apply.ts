import type { ActorNetworkFile } from "../schema";
import { applyActorCorrection, type Outcome } from "./actor-ops";
import { describeCorrection } from "./describe";
import type { ActorCorrection, Correction, CorrectionsFile, RelationCorrection } from "./format";
import { addRelation, applyRelationCorrection } from "./relation-ops";
import { WorkingNetwork } from "./working-network";

/** An entry that was not applied (or only in part), numbered from 1 as the file lists it. */
export interface SkippedCorrection {
  entry: number;
  correction: Correction;
  reason: string;
}

export interface CorrectedNetwork {
  network: ActorNetworkFile;
  skipped: SkippedCorrection[];
}

const ACTOR_OPS = new Set<string>([
  "merge-actors",
  "rename-actor",
  "set-actor-kind",
  "set-actor-role",
  "remove-actor",
] satisfies ActorCorrection["op"][]);
const isActorCorrection = (c: Correction): c is ActorCorrection => ACTOR_OPS.has(c.op);

function applyOne(net: WorkingNetwork, c: Correction): Outcome {
  if (c.op === "add-relation") return addRelation(net, c);
  if (isActorCorrection(c)) return applyActorCorrection(net, c);
  return applyRelationCorrection(net, c as RelationCorrection);
}

/**
 * Replays corrections, in order, on a network; the input is not changed. An entry whose actor or
 * relation is not in the network is skipped with the reason, never fatal: a network rebuilt from
 * a grown folder keeps every fix that still has a target.
 */
export function applyCorrections(
  network: ActorNetworkFile,
  corrections: CorrectionsFile | readonly Correction[],
): CorrectedNetwork {
  const list = "corrections" in corrections ? corrections.corrections : corrections;
  const net = new WorkingNetwork(network);
  const skipped: SkippedCorrection[] = [];
  list.forEach((correction, i) => {
    const reason = applyOne(net, correction);
    if (reason !== null) skipped.push({ entry: i + 1, correction, reason });
  });
  return { network: net.toFile(), skipped };
}

/** A skipped entry as one line: `entry 3 (reject-relation: reject …): no relation …`. */
export function describeSkipped({ entry, correction, reason }: SkippedCorrection): string {
  return `entry ${entry} (${describeCorrection(correction)}): ${reason}`;
}
