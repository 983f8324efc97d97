// The one door to the validator (zod/mini, the schemas, check.ts): a dynamic import, so that a page on the
// bundled pack or on a pack already validated never loads it. The build puts it in a chunk of its own.
// It finds every error; the warnings for pack authors are the core's (validate.ts), not the element's.
import { markAccepted } from './accepted.js';
import type { PackCheck, PackProblem } from './check.js';
import type { RulePack } from './schema.js';

export type { PackCheck, PackProblem };

export const loadValidator = () => import('./check.js');

/** checkPackErrors, loaded on demand; a validator that cannot be loaded refuses the pack with that reason. */
export async function validate(input: unknown): Promise<PackCheck> {
  try {
    return (await loadValidator()).checkPackErrors(input);
  } catch (e) {
    const why = `the validator could not be loaded (${(e as Error | null)?.name ?? 'error'})`;
    return { ok: false, errors: [{ path: '(pack)', message: why }] };
  }
}

/** A refusal's message for the host: the first problem, and how many more. */
export function describeRefusal(what: string, errors: PackProblem[]): string {
  const first = errors[0];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return `${what} was refused: ${first ? `${first.path}: ${first.message}` : 'invalid'}${more}`;
}

/**
 * A pack's JSON that this same validator found valid before (a cached copy whose bytes match their hash):
 * parsed and marked accepted, without loading the validator. Here, in the first chunk, so that the rules-src
 * and validation chunks share it without a third file.
 */
export function validatedBefore(json: string): RulePack {
  const pack = JSON.parse(json) as RulePack;
  markAccepted(pack);
  return pack;
}
