// The bundled default pack. It is data, checked by `npm run rules:check`, by the tests, and by the build,
// which refuses to ship it invalid (scripts/build.mjs) and computes its hash (src/build-facts.ts).
import json from '../rules/default-pack.json';
import { BUILT_DEFAULT_PACK_SHA256 } from './build-facts.js';
import { knownIdentity } from './pack/identity.js';
import type { RulePack } from './pack/schema.js';

export const defaultPack = json as unknown as RulePack;
if (BUILT_DEFAULT_PACK_SHA256) knownIdentity(defaultPack, BUILT_DEFAULT_PACK_SHA256);
