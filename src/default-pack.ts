// The bundled default pack. It is data, checked by `npm run rules:check`, by the tests, and by the build,
// which refuses to ship it invalid (scripts/build.mjs).
import json from '../rules/default-pack.json';
import type { RulePack } from './pack/schema.js';

export const defaultPack = json as unknown as RulePack;
