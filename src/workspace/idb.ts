import { toWorkspaceError } from './errors.ts';

/** The result of one IndexedDB request as a promise. */
export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(toWorkspaceError(req.error));
  });
}

/** Opens (and, on a new version, upgrades) a database; never leaves a blocked upgrade hanging silently. */
export function openDatabase(
  name: string,
  version: number,
  upgrade: (db: IDBDatabase, oldVersion: number) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let req: IDBOpenDBRequest;
    try {
      req = indexedDB.open(name, version);
    } catch (error) {
      reject(toWorkspaceError(error));
      return;
    }
    req.onupgradeneeded = (event) => upgrade(req.result, event.oldVersion);
    req.onsuccess = () => {
      const db = req.result;
      // Another tab with a newer Refmod wants to upgrade: step aside instead of blocking it.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    req.onerror = () => reject(toWorkspaceError(req.error));
    req.onblocked = () =>
      reject(toWorkspaceError({ name: 'InvalidStateError', message: 'another tab keeps an older Refmod open' }));
  });
}

/**
 * Runs `work` in one transaction and resolves with its result once the transaction has committed;
 * rejects (and writes nothing) when any request fails or the transaction aborts, e.g. on a full disk.
 * Writes are strictly durable: Chromium's default ("relaxed") reports completion before the data is on disk,
 * and "Saved" must survive a killed browser. `work` may await only requests of this transaction.
 */
export function transact<T>(
  db: IDBDatabase,
  stores: string[],
  mode: IDBTransactionMode,
  work: (tx: IDBTransaction) => Promise<T>,
): Promise<T> {
  return new Promise((resolve, reject) => {
    let tx: IDBTransaction;
    try {
      tx = db.transaction(stores, mode, { durability: mode === 'readwrite' ? 'strict' : 'default' });
    } catch (error) {
      reject(toWorkspaceError(error));
      return;
    }
    let result: T;
    let failure: unknown = null;
    work(tx).then(
      (value) => (result = value),
      (error: unknown) => {
        failure = error;
        try {
          tx.abort();
        } catch {
          // Already finished or aborted: the abort handler reports it.
        }
      },
    );
    tx.oncomplete = () => resolve(result);
    tx.onabort = () => reject(toWorkspaceError(failure ?? tx.error));
  });
}
