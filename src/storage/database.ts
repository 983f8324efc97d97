// The IndexedDB connection: one shared promise per database name per page, created synchronously on first
// use, so concurrent callers never open twice. It closes itself when another tab needs a newer version, and
// an open that never settles (blocked by an older version elsewhere, or a browser bug) times out.
import { openDB, type IDBPDatabase } from 'idb';

export const DB_NAME = 'bail-safeguarding';
export type StoreName = 'packs' | 'drafts';
const VERSION = 1;

const connections = new Map<string, Promise<IDBPDatabase>>();

export function connect(name: string, timeoutMs: number): Promise<IDBPDatabase> {
  let connection = connections.get(name);
  if (connection) return connection;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let late = false;
  const forget = () => connections.get(name) === connection && connections.delete(name);
  const opening = openDB(name, VERSION, {
    // Upgrades run in place, one step per version: `if (oldVersion < 2) …` comes next. Keys are out of line.
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('packs');
        db.createObjectStore('drafts');
      }
    },
    // A newer version wants to open (another tab, a new release): close at once so it is not blocked.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      forget();
    },
    terminated: forget
  });
  // An open that settles after the timeout is closed straight away, so it blocks nobody.
  opening.then(
    db => (late ? db.close() : clearTimeout(timer)),
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
