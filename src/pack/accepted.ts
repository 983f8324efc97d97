// The packs validatePack returned as valid, kept apart from the validator so that the code on the way to
// the first question can recognise them without loading zod and the schemas.

import type { RulePack } from './schema.js';

// Fresh objects nobody else holds a reference to before validatePack returns, so the core can use them
// again (assess after every answer) without validating them again.
const accepted = new WeakSet<object>();

export function markAccepted(pack: object): void {
  accepted.add(pack);
}

/** Whether `pack` is a pack object validatePack returned as valid. */
export function isAcceptedPack(pack: unknown): pack is RulePack {
  return typeof pack === 'object' && pack !== null && accepted.has(pack);
}
