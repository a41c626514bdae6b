import { EMPTY_HISTORY, type CorrectionHistory } from "../../corrections";

const DATABASE = "newsnet-corrections";
const STORE = "histories";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  action: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = action(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/**
 * A network's corrections, undone ones included so that redo survives a reload, kept in
 * IndexedDB under the name the network was loaded by. A browser without it (a private window
 * that refuses it) keeps them for the session only.
 */
export async function loadHistory(network: string): Promise<CorrectionHistory> {
  try {
    const stored = await run(
      "readonly",
      (store) => store.get(network) as IDBRequest<CorrectionHistory | undefined>,
    );
    return stored && Array.isArray(stored.entries) ? stored : EMPTY_HISTORY;
  } catch {
    return EMPTY_HISTORY;
  }
}

export async function saveHistory(network: string, history: CorrectionHistory): Promise<void> {
  try {
    await run("readwrite", (store) =>
      store.put({ entries: [...history.entries], cursor: history.cursor }, network),
    );
  } catch {
    // Kept for the session only; nothing a reviewer can do about it.
  }
}
