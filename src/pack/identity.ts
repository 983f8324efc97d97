import { canonicalJson, sha256Hex } from '../canonical.js';
import type { RulePack } from './schema.js';

export interface PackIdentity {
  id: string;
  version: string;
  /** SHA-256 of the pack's canonical JSON: the exact rules a recommendation was made under. */
  sha256: string;
}

const cache = new WeakMap<RulePack, Promise<PackIdentity>>();

export function packIdentity(pack: RulePack): Promise<PackIdentity> {
  let identity = cache.get(pack);
  if (!identity) {
    identity = sha256Hex(canonicalJson(pack)).then(sha256 => ({ id: pack.id, version: pack.version, sha256 }));
    cache.set(pack, identity);
  }
  return identity;
}

/** Records a hash computed elsewhere (the build's, for the bundled pack), so the pack is not hashed again. */
export function knownIdentity(pack: RulePack, sha256: string): void {
  cache.set(pack, Promise.resolve({ id: pack.id, version: pack.version, sha256 }));
}
