import { EMPTY_HISTORY, type CorrectionHistory } from "../../corrections";
import { keyedStore } from "../indexed-store";

const histories = keyedStore<CorrectionHistory>("newsnet-corrections", "histories");

/**
 * A network's corrections, undone ones included so that redo survives a reload, kept in
 * IndexedDB under the name the network was loaded by. A browser without it (a private window
 * that refuses it) keeps them for the session only.
 */
export async function loadHistory(network: string): Promise<CorrectionHistory> {
  try {
    const stored = await histories.get(network);
    return stored && Array.isArray(stored.entries) ? stored : EMPTY_HISTORY;
  } catch {
    return EMPTY_HISTORY;
  }
}

export async function saveHistory(network: string, history: CorrectionHistory): Promise<void> {
  try {
    await histories.put(network, { entries: [...history.entries], cursor: history.cursor });
  } catch {
    // Kept for the session only; nothing a reviewer can do about it.
  }
}
