import type { Correction } from "./format";

/**
 * Undo and redo as a list of corrections and a cursor: the first `cursor` entries are applied, the
 * rest can be redone until a new correction replaces them. Values, never changed in place.
 */
export interface CorrectionHistory {
  entries: readonly Correction[];
  cursor: number;
}

export const EMPTY_HISTORY: CorrectionHistory = { entries: [], cursor: 0 };

export const historyOf = (corrections: readonly Correction[]): CorrectionHistory => ({
  entries: [...corrections],
  cursor: corrections.length,
});

export const appliedCorrections = (h: CorrectionHistory): Correction[] => h.entries.slice(0, h.cursor);
export const canUndo = (h: CorrectionHistory) => h.cursor > 0;
export const canRedo = (h: CorrectionHistory) => h.cursor < h.entries.length;

export const record = (h: CorrectionHistory, c: Correction): CorrectionHistory => ({
  entries: [...h.entries.slice(0, h.cursor), c],
  cursor: h.cursor + 1,
});

export const undo = (h: CorrectionHistory): CorrectionHistory =>
  canUndo(h) ? { ...h, cursor: h.cursor - 1 } : h;

export const redo = (h: CorrectionHistory): CorrectionHistory =>
  canRedo(h) ? { ...h, cursor: h.cursor + 1 } : h;
