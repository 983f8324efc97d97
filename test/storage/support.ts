// Helpers for the storage tests: the test pack server (scripts/test-pack-server.mjs), fresh page loads in an
// iframe, and a look into IndexedDB with a connection of the test's own.
import { openDB } from 'idb';
import { defaultPack } from '../../src/default-pack.js';
import type { PackError } from '../../src/pack/fetch.js';
import type { StoreName } from '../../src/storage/storage.js';
import type { StorageApi } from './fixtures/page.js';

export interface PackConfig {
  body: string;
  /** The body's bytes as base64, instead of `body` (to serve bytes that are not UTF-8). */
  base64?: string;
  etag?: string | null;
  status?: number;
  drop?: boolean;
  /** 'valid': a manifest signed with the server's key; 'other': one of other bytes; 'detached': the old form. */
  signature?: string;
  /** With signature 'valid': members the manifest signs instead of the true ones (a manifest that lies). */
  manifest?: { id?: string; version?: string; expires?: string; sha256?: string };
  /** Answer 302 to this URL. */
  redirect?: string;
  /** Spaces streamed after the body. */
  padding?: number;
  /** Milliseconds before the pack's headers (ended early if the client closes the connection). */
  delay?: number;
  /** Milliseconds between the first half of the pack's body and the rest (likewise). */
  stall?: number;
  /** Spaces after the .sig's text. */
  sigPadding?: number;
}

export interface LogEntry {
  file: 'pack.json' | 'pack.json.sig';
  ifNoneMatch: string | null;
  status: number | 'dropped' | 'closed';
  /** The client closed the connection before the answer was complete (an abort). */
  closed?: boolean;
  /** With `padding`: the bytes sent before the body ended or the client closed the connection. */
  sent?: number;
}

export interface ServedPack {
  /** The pack's URL, relative to the page, as a host would write `rules-src`. */
  url: string;
  /** What the server serves from now on. */
  set(config: PackConfig): Promise<void>;
  /** Every request the server saw for this pack. */
  log(): Promise<LogEntry[]>;
}

export async function servePack(config: PackConfig, origin = ''): Promise<ServedPack> {
  const id = crypto.randomUUID();
  const set = async (c: PackConfig) => {
    const response = await fetch(`/__packs/${id}`, { method: 'POST', body: JSON.stringify(c) });
    if (!response.ok) throw new Error(`the test pack server said ${response.status}`);
  };
  await set(config);
  return {
    url: `${origin}/__packs/${id}/pack.json`,
    set,
    log: async () => (await fetch(`/__packs/${id}/log`)).json()
  };
}

/** The public key the test server signs with (`signature: 'valid'`). */
export async function serverKey(): Promise<JsonWebKey> {
  return (await fetch('/__packs/public-key')).json();
}

/** A valid pack file that differs from the bundled pack in its version and first question (and id, if given). */
export function packText(version: string, id = defaultPack.id): string {
  const pack = structuredClone(defaultPack);
  pack.id = id;
  pack.version = version;
  pack.questions[0]!.text.en = `First question of ${version}`;
  return JSON.stringify(pack, null, 2);
}

export const uniqueDb = () => `bsc-test-${crypto.randomUUID()}`;

/** Collects what a loader or a storage session reports, as the element would turn it into events. */
export function recorder() {
  const errors: PackError[] = [];
  const storageProblems: string[] = [];
  return {
    errors,
    storageProblems,
    report: (e: PackError) => void errors.push(e),
    onUnavailable: (message: string) => void storageProblems.push(message),
    codes: () => errors.map(e => e.code)
  };
}

/** test/storage/fixtures/page.html in an iframe: a fresh page load, with its own IndexedDB connection. */
export async function freshPage(): Promise<{ api: StorageApi; window: Window; close(): void }> {
  const frame = document.createElement('iframe');
  frame.src = new URL('./fixtures/page.html', import.meta.url).href;
  const loaded = new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const api = (frame.contentWindow as unknown as { storageApi?: StorageApi }).storageApi;
  if (!api) throw new Error('the fixture page did not load');
  return { api, window: frame.contentWindow!, close: () => frame.remove() };
}

/**
 * A fresh page that loads `rulesSrc` as the element would, on database `db`: its cached and fresh packs, the
 * reports it made, and the page (closed by the caller: it is pushed on `pages`).
 */
export async function loadInFreshPage(db: string, pages: { close(): void }[], rulesSrc: string) {
  const page = await freshPage();
  pages.push(page);
  const r = recorder();
  const storage = page.api.openStorage({ name: db, onUnavailable: r.onUnavailable });
  const loading = page.api.loadPack({ rulesSrc, storage, report: r.report });
  const [cached, fresh] = await Promise.all([loading.cached, loading.fresh]);
  return { page, cached, fresh, ...r };
}

async function exists(name: string) {
  return (await indexedDB.databases()).some(d => d.name === name);
}

/** Every record in the database, keyed by store, read with the test's own short-lived connection. */
export async function dump(name: string): Promise<Record<StoreName, { key: string; value: unknown }[]>> {
  const out: Record<StoreName, { key: string; value: unknown }[]> = { packs: [], drafts: [] };
  if (!(await exists(name))) return out;
  const db = await openDB(name);
  try {
    for (const store of ['packs', 'drafts'] as const) {
      if (!db.objectStoreNames.contains(store)) continue;
      const keys = await db.getAllKeys(store);
      const values = await db.getAll(store);
      out[store] = keys.map((key, i) => ({ key: String(key), value: values[i] }));
    }
  } finally {
    db.close();
  }
  return out;
}

/**
 * Rewrites every record of `store` in place, as a person or a bug with access to the profile might: in `packs`,
 * the cached packs, keyed by their URLs (the versions remembered per pack id and the usage list are left as they
 * are).
 */
export async function rewrite(name: string, store: StoreName, change: (value: unknown) => unknown) {
  const db = await openDB(name);
  try {
    const tx = db.transaction(store, 'readwrite');
    for (let c = await tx.store.openCursor(); c; c = await c.continue())
      if (store === 'drafts' || String(c.key).includes('://')) await c.update(change(c.value));
    await tx.done;
  } finally {
    db.close();
  }
}

export function deleteDb(name: string): Promise<void> {
  return new Promise(resolve => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = () => resolve();
  });
}

/**
 * Gives each test of the suite it is called in a database of its own (`onName` hears its name before the test)
 * and, after the test, closes the fresh pages it pushed on the returned list and deletes that database.
 */
export function freshDbPerTest(onName: (name: string) => void): { close(): void }[] {
  const pages: { close(): void }[] = [];
  let db = '';
  beforeEach(() => onName((db = uniqueDb())));
  afterEach(async () => {
    pages.splice(0).forEach(p => p.close());
    await deleteDb(db);
  });
  return pages;
}
