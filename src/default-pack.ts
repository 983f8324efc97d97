// The bundled default pack. It is data; the tests and `npm run rules:check` keep it valid, and the
// loader validates it again on first use like any other pack.
import json from '../rules/default-pack.json';
import type { RulePack } from './pack/schema.js';

export const defaultPack = json as unknown as RulePack;
