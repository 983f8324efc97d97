// A small key-value store over IndexedDB that never fails its caller. When IndexedDB is missing, will not
// open, or an operation fails (quota, a broken database), this page's database switches to memory for the
// rest of the page's life, and each session (one per element) reports that once. Nothing stored in memory
// outlasts the page; packs are then re-fetched and drafts do not survive a reload, but nothing stops.
import { committed, connect, DB_NAME, requested, type StoreName } from './database.js';

export type { StoreName };

export interface StorageOptions {
  /** Called at most once per session: storage is unavailable, or a stored record could not be read. */
  onUnavailable(message: string): void;
  /** The IndexedDB database name (tests use their own). */
  name?: string;
  /**
   * How long an open may take before the session gives up on IndexedDB. Generous: a terminal busy with other work
   * can take seconds to open a database, and giving up keeps the page in memory (no drafts) until it reloads.
   */
  openTimeoutMs?: number;
}

export interface Storage {
  get(store: StoreName, key: string): Promise<unknown>;
  put(store: StoreName, key: string, value: unknown): Promise<void>;
  /** Deletes from IndexedDB, or after a fallback from memory and IndexedDB both, so nothing is left behind. */
  delete(store: StoreName, key: string): Promise<void>;
  /** Every key of `store`. */
  keys(store: StoreName): Promise<string[]>;
  /** Deletes every record of `store` for which `drop` holds, in one transaction. */
  deleteWhere(store: StoreName, drop: (value: unknown) => boolean): Promise<void>;
  /** Reports a problem with stored data through the session's one report. */
  problem(message: string): void;
}

interface Place {
  /** Why IndexedDB was given up on for this page (an error name), or '' while it works. */
  failed: string;
  memory: Map<string, unknown>;
}
const places = new Map<string, Place>();

export function openStorage({ onUnavailable, name = DB_NAME, openTimeoutMs = 10_000 }: StorageOptions): Storage {
  const place = places.get(name) ?? { failed: '', memory: new Map() };
  places.set(name, place);
  const { memory } = place;
  let reported = false;
  const problem = (message: string) => {
    if (!reported) onUnavailable(message);
    reported = true;
  };
  const id = (store: StoreName, key: string) => `${store}\n${key}`;

  async function run<T>(onDisk: (db: IDBDatabase) => Promise<T>, inMemory: () => T | Promise<T>): Promise<T> {
    if (!place.failed)
      try {
        return await onDisk(await connect(name, openTimeoutMs));
      } catch (e) {
        place.failed = (e as Error | null)?.name || 'Error';
      }
    problem(`Storage is unavailable (${place.failed}); working in memory until reload.`);
    return inMemory();
  }

  return {
    problem,
    get: (store, key) =>
      run(
        db => requested(db.transaction(store).objectStore(store).get(key)),
        () => structuredClone(memory.get(id(store, key)))
      ),
    put: (store, key, value) =>
      run(
        db => write(db, store, s => s.put(value, key)),
        () => void memory.set(id(store, key), structuredClone(value))
      ),
    // In call order with the writes before it (a save still waiting for the connection must not outlive
    // the delete). After a fallback IndexedDB is tried too: what was written there must not be left behind.
    delete: (store, key) =>
      run(
        db => write(db, store, s => s.delete(key)),
        async () => {
          memory.delete(id(store, key));
          try {
            await write(await connect(name, openTimeoutMs), store, s => s.delete(key));
          } catch {
            // Memory only, then.
          }
        }
      ),
    keys: store =>
      run(
        async db => (await requested(db.transaction(store).objectStore(store).getAllKeys())).map(String),
        () => [...memory.keys()].filter(k => k.startsWith(`${store}\n`)).map(k => k.slice(store.length + 1))
      ),
    deleteWhere: (store, drop) =>
      run(
        db =>
          write(db, store, s => {
            const walk = s.openCursor();
            walk.onsuccess = () => {
              const cursor = walk.result;
              if (!cursor) return;
              if (drop(cursor.value)) cursor.delete();
              cursor.continue();
            };
          }),
        () => {
          for (const [key, value] of memory) if (key.startsWith(`${store}\n`) && drop(value)) memory.delete(key);
        }
      )
  };
}

/** Requests on one store in a readwrite transaction; settles once it has committed. */
function write(db: IDBDatabase, store: StoreName, requests: (s: IDBObjectStore) => void): Promise<void> {
  const tx = db.transaction(store, 'readwrite');
  requests(tx.objectStore(store));
  return committed(tx);
}
