// Whether a condition can ever hold: the search behind "can never be asked" (an error, check.ts) and "can
// never fire" or "never chosen" (warnings, warnings.ts).
import { holds, reads, type Condition } from '../conditions.js';
import { answerSpace, charge } from './answer-space.js';
import { RISK_LEVELS, type RulePack } from './schema.js';

/**
 * Whether some answers (and some risk and indicator count) make the condition hold. Tries every answer to
 * the questions it reads and those their askWhen reads, deciding what is asked as the engine does; a
 * condition with too many combinations to try (20,000), or over the pack's search budget, is taken as
 * satisfiable, so "never" is never said wrongly.
 */
export function satisfiable(condition: Condition, pack: RulePack): boolean {
  const derived = reads(condition).derived;
  const space = answerSpace(pack, [condition], derived ? RISK_LEVELS : ['standard'], derived ? [0, Infinity] : [0]);
  // Over budget, taken as satisfiable too: check.ts then refuses the pack.
  if (space.total > 20_000 || !charge(pack, space.total * space.width)) return true;
  for (let i = 0; i < space.total; i++) {
    space.set(i);
    if (holds(condition, space.facts)) return true;
  }
  return false;
}
