/**
 * One object store of an IndexedDB database, opened for each call and closed after it, so that
 * nothing stays open between a page's rare reads and writes. A browser that refuses IndexedDB (a
 * private window) makes every call reject; callers decide what that means for them.
 */
export interface KeyedStore<T> {
  get(key: string): Promise<T | undefined>;
  put(key: string, value: T): Promise<void>;
}

export function keyedStore<T>(database: string, store: string): KeyedStore<T> {
  const open = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(database, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(store);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const run = async <R>(mode: IDBTransactionMode, action: (objects: IDBObjectStore) => IDBRequest<R>) => {
    const db = await open();
    try {
      return await new Promise<R>((resolve, reject) => {
        const request = action(db.transaction(store, mode).objectStore(store));
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  };
  return {
    get: (key) => run("readonly", (objects) => objects.get(key) as IDBRequest<T | undefined>),
    put: async (key, value) => {
      await run("readwrite", (objects) => objects.put(value, key));
    },
  };
}
