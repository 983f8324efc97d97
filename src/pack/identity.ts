import { canonicalJson, sha256Hex } from '../canonical.js';
import type { RulePack } from './schema.js';

export interface PackIdentity {
  id: string;
  version: string;
  /** SHA-256 of the pack's canonical JSON: the exact rules a recommendation was made under. */
  sha256: string;
  /** For a pack with Welsh: whether a Welsh-speaking officer has reviewed it (until then, check the English). */
  welsh?: 'awaiting-review' | 'reviewed';
}

const cache = new WeakMap<RulePack, Promise<PackIdentity>>();

export function packIdentity(pack: RulePack): Promise<PackIdentity> {
  let identity = cache.get(pack);
  if (!identity) {
    identity = sha256Hex(canonicalJson(pack)).then(sha256 => identityOf(pack, sha256));
    cache.set(pack, identity);
  }
  return identity;
}

/** Whether a Welsh-speaking officer has reviewed the pack's Welsh; undefined for a pack with no Welsh. */
export function welshStatus(pack: RulePack): 'awaiting-review' | 'reviewed' | undefined {
  if (!pack.languages.includes('cy')) return undefined;
  return pack.meta?.welsh === 'reviewed' ? 'reviewed' : 'awaiting-review';
}

function identityOf(pack: RulePack, sha256: string): PackIdentity {
  const welsh = welshStatus(pack);
  return { id: pack.id, version: pack.version, sha256, ...(welsh ? { welsh } : {}) };
}

/** Records a hash computed elsewhere (the build's, for the bundled pack), so the pack is not hashed again. */
export function knownIdentity(pack: RulePack, sha256: string): void {
  cache.set(pack, Promise.resolve(identityOf(pack, sha256)));
}
