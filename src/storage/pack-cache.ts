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

// Per pack id, the highest version accepted under a signed manifest: an older one is a replay and is refused,
// cached copies included. In the same store, under a key no URL can have.
const highestKey = (id: string) => `highest-version ${id}`;

export async function readHighestVersion(storage: Storage, id: string): Promise<string | undefined> {
  const value = await storage.get('packs', highestKey(id));
  return typeof value === 'string' ? value : undefined;
}

export function writeHighestVersion(storage: Storage, id: string, version: string): Promise<void> {
  return storage.put('packs', highestKey(id), version);
}
