// Cached rule packs, one per rules-src URL: the exact text as fetched, its SHA-256 (checked on every load)
// and its signature (re-verified on every load when a key is set). A cache, never the only copy: browsers
// may evict it (Safari deletes script-writable storage after 7 days without a visit), and then the bundled
// pack serves until the next fetch.
import type { Storage } from './storage.js';

export interface CachedPack {
  url: string;
  etag: string | null;
  /** The pack file's text, exactly as fetched (its UTF-8 encoding is the signed bytes). */
  body: string;
  /** SHA-256 (hex) of the body's UTF-8 bytes. */
  sha256: string;
  /** The signed manifest's text (manifest.ts), when a key was set. */
  signature: string | null;
  fetchedAt: number;
  /** The validator that found the body valid (VALIDATOR_ID): with the same one, it is not validated again. */
  validatedBy?: string;
}

const isCachedPack = (v: unknown): v is CachedPack =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as CachedPack).body === 'string' &&
  typeof (v as CachedPack).sha256 === 'string';

/** The stored record for `url`: a CachedPack, 'corrupt' (not shaped like one), or undefined. */
export async function readCachedPack(storage: Storage, url: string): Promise<CachedPack | 'corrupt' | undefined> {
  const value = await storage.get('packs', url);
  return value === undefined ? undefined : isCachedPack(value) ? value : 'corrupt';
}

export function writeCachedPack(storage: Storage, record: CachedPack): Promise<void> {
  return storage.put('packs', record.url, record);
}

export function discardCachedPack(storage: Storage, url: string): Promise<void> {
  return storage.delete('packs', url);
}

// The most cached copies kept: 300 cache-busting `?v=` URLs made 300 copies. The least recently used go.
export const CACHED_PACKS = 20;

// The cached packs' URLs, most recently used first; under a key no URL can have, like the versions below.
const USED = 'recently used';
const HIGHEST = 'highest-version ';

/**
 * `url`'s copy was used (read from the cache, or fetched and stored): it becomes the most recently used, and
 * copies beyond the CACHED_PACKS most recent are deleted (the list forgets copies deleted since). The versions remembered per pack id never are (the
 * replay defence stands on them), whatever their number.
 */
export async function usedCachedPack(storage: Storage, url: string): Promise<void> {
  const keys = await storage.keys('packs');
  const before = await storage.get('packs', USED);
  const listed = (Array.isArray(before) ? before : []).filter(u => u !== url && keys.includes(u));
  const used = [url, ...listed].slice(0, CACHED_PACKS);
  await storage.put('packs', USED, used);
  for (const key of keys)
    if (key !== USED && !key.startsWith(HIGHEST) && !used.includes(key)) await discardCachedPack(storage, key);
}

// Per pack id, the highest version accepted under a signed manifest: an older one is a replay and is refused,
// cached copies included. In the same store, under a key no URL can have.
const highestKey = (id: string) => HIGHEST + id;

export async function readHighestVersion(storage: Storage, id: string): Promise<string | undefined> {
  const value = await storage.get('packs', highestKey(id));
  return typeof value === 'string' ? value : undefined;
}

export function writeHighestVersion(storage: Storage, id: string, version: string): Promise<void> {
  return storage.put('packs', highestKey(id), version);
}
