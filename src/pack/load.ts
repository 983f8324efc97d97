// Where the element's pack comes from. The element asks here; it never validates, fetches or stores
// packs itself. Every pack is validated before use, the bundled one included.
import { defaultPack } from '../default-pack.js';
import type { RulePack } from './schema.js';
import { validatePack, type PackProblem } from './validate.js';

export type PackSource = 'property' | 'cache' | 'network' | 'bundled';

export interface LoadedPack {
  pack: RulePack;
  source: PackSource;
}

export interface PackRefusal {
  code: 'rules-invalid';
  message: string;
  errors: PackProblem[];
}

let bundled: RulePack | undefined;

/** The bundled default pack, validated once per page. A broken build fails loudly here, not silently. */
export function bundledPack(): RulePack {
  if (!bundled) {
    const result = validatePack(defaultPack);
    if (!result.ok)
      throw new Error(
        `bail-safeguarding: the bundled pack is invalid: ${result.errors[0]?.path} ${result.errors[0]?.message}`
      );
    bundled = result.pack;
  }
  return bundled;
}

export function describeRefusal(what: string, errors: PackProblem[]): string {
  const first = errors[0];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return `${what} was refused: ${first ? `${first.path}: ${first.message}` : 'invalid'}${more}`;
}

/** The pack to start with, synchronously: the `rulePack` property when valid, else the bundled pack. */
export function initialPack(rulePack: unknown): { loaded: LoadedPack; refusal?: PackRefusal } {
  if (rulePack !== undefined && rulePack !== null) {
    const result = validatePack(rulePack);
    if (result.ok) return { loaded: { pack: result.pack, source: 'property' } };
    return {
      loaded: { pack: bundledPack(), source: 'bundled' },
      refusal: {
        code: 'rules-invalid',
        message: describeRefusal('The rulePack property', result.errors),
        errors: result.errors
      }
    };
  }
  return { loaded: { pack: bundledPack(), source: 'bundled' } };
}
