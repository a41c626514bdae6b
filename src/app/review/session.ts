import {
  EMPTY_HISTORY,
  appliedCorrections,
  applyCorrections,
  record,
  redo,
  undo,
  type Correction,
  type CorrectionHistory,
  type SkippedCorrection,
} from "../../corrections";
import type { ActorNetworkFile } from "../../schema";
import { packNetwork, type PackedNetwork } from "../data/packed-network";
import { unpackNetwork } from "./unpack";

/** What the explorer shows: the network as loaded, with the applied corrections replayed on it. */
export interface CorrectedView {
  network: PackedNetwork;
  skipped: SkippedCorrection[];
  applied: number;
}

export interface ReviewSession {
  history(): CorrectionHistory;
  view(): CorrectedView;
  record(correction: Correction): void;
  undo(): void;
  redo(): void;
  /** Replaces the whole history: a reload restoring it, or an imported file. */
  replace(history: CorrectionHistory): void;
  subscribe(listener: () => void): () => void;
}

/**
 * The corrections made to one network. Every change replays the applied list on the network as
 * loaded, never on the last result, so undo is exact and the order of fixes is the file's order.
 */
export function createReviewSession(loaded: PackedNetwork): ReviewSession {
  let history = EMPTY_HISTORY;
  let original: ActorNetworkFile | null = null;
  let view: CorrectedView = { network: loaded, skipped: [], applied: 0 };
  const listeners = new Set<() => void>();
  const change = (next: CorrectionHistory) => {
    if (next === history) return;
    history = next;
    const corrections = appliedCorrections(history);
    if (corrections.length === 0) view = { network: loaded, skipped: [], applied: 0 };
    else {
      const result = applyCorrections((original ??= unpackNetwork(loaded)), corrections);
      view = { network: packNetwork(result.network), skipped: result.skipped, applied: corrections.length };
    }
    for (const listener of listeners) listener();
  };
  return {
    history: () => history,
    view: () => view,
    record: (correction) => change(record(history, correction)),
    undo: () => change(undo(history)),
    redo: () => change(redo(history)),
    replace: change,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
