// validatePack, the core API's check for rule authors and servers: every error (check.ts, what the element
// runs) and the warnings (warnings.ts). Never throws, whatever it is given.
import { readSteps, unreadable, type PackProblem } from './check.js';
import type { RulePack } from './schema.js';
import { packWarnings } from './warnings.js';

export type { PackProblem } from './check.js';

export type PackValidation =
  { ok: true; pack: RulePack; warnings: PackProblem[] } | { ok: false; errors: PackProblem[]; warnings: PackProblem[] };

export function validatePack(input: unknown): PackValidation {
  const steps = readSteps(input);
  let step;
  while (!(step = steps.next()).done);
  const { pack, errors, sound } = step.value;
  let warnings: PackProblem[] = [];
  try {
    if (pack) warnings = packWarnings(pack, sound);
  } catch (e) {
    // As readSteps: never escape as an exception.
    return { ok: false, errors: [unreadable(e)], warnings: [] };
  }
  return pack && !errors.length ? { ok: true, pack, warnings } : { ok: false, errors, warnings };
}
