// The IndexedDB connection: one shared promise per database name per page, created synchronously on first
// use, so concurrent callers never open twice. It closes itself when another tab needs a newer version, and
// an open that never settles (blocked by an older version elsewhere, or a browser bug) times out. Requests
// and transactions become promises here (the platform's own API, two small functions: no library).

export const DB_NAME = 'bail-safeguarding';
export type StoreName = 'packs' | 'drafts';
const VERSION = 1;

/** A request's result once it succeeds; its error if it fails. */
export function requested<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Settles once the transaction has committed; rejects with the cause when it fails. */
export function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    // A failed request or commit aborts the transaction, whose error is then the cause (a quota, a constraint).
    tx.onabort = () => reject(tx.error);
  });
}

const connections = new Map<string, Promise<IDBDatabase>>();

export function connect(name: string, timeoutMs: number): Promise<IDBDatabase> {
  let connection = connections.get(name);
  if (connection) return connection;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let late = false;
  const forget = () => connections.get(name) === connection && connections.delete(name);
  const request = indexedDB.open(name, VERSION);
  // Upgrades run in place, one step per version: `if (oldVersion < 2) …` comes next. Keys are out of line.
  request.onupgradeneeded = ({ oldVersion }) => {
    if (oldVersion < 1) {
      request.result.createObjectStore('packs');
      request.result.createObjectStore('drafts');
    }
  };
  const opening = requested(request);
  // An open that settles after the timeout is closed straight away, so it blocks nobody.
  opening.then(
    db => {
      if (late) return db.close();
      clearTimeout(timer);
      // A newer version wants to open (another tab, a new release): close at once so it is not blocked.
      db.onversionchange = () => {
        db.close();
        forget();
      };
      db.onclose = forget;
    },
    () => clearTimeout(timer)
  );
  connection = Promise.race([
    opening,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        late = true;
        reject(new DOMException('IndexedDB did not open in time', 'TimeoutError'));
      }, timeoutMs);
    })
  ]);
  connection.catch(forget);
  connections.set(name, connection);
  return connection;
}
