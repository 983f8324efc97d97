// Whether a condition can ever hold: the search behind "can never be asked" (an error, check.ts) and "can
// never fire" or "never chosen" (warnings, warnings.ts).
import { eachLeaf, holds, reads, type Condition, type Facts } from '../conditions.js';
import { answersTo } from '../engine.js';
import type { Question } from './schema.js';

const OTHER_TEXT = '\u0000';
const RISKS = ['standard', 'medium', 'high'] as const;

/**
 * Whether some answers (and some risk and indicator count) make the condition hold. Tries every answer to
 * the questions it reads and those their askWhen reads, deciding what is asked as the engine does; a
 * condition with too many combinations to try is taken as satisfiable, so "never" is never said wrongly.
 */
const positionsOf = new WeakMap<Map<string, Question>, Map<string, number>>();
function positions(byId: Map<string, Question>): Map<string, number> {
  let position = positionsOf.get(byId);
  if (!position) {
    position = new Map([...byId.keys()].map((id, i) => [id, i]));
    positionsOf.set(byId, position);
  }
  return position;
}

export function satisfiable(condition: Condition, byId: Map<string, Question>): boolean {
  const ids = new Set(reads(condition).questions);
  const conditions = [condition];
  for (const id of ids) {
    const ask = byId.get(id)?.askWhen;
    if (ask) {
      conditions.push(ask);
      reads(ask).questions.forEach(q => ids.add(q));
    }
  }
  // Free text can be the values it is compared with, or something else.
  const texts = new Map<string, string[]>();
  for (const c of conditions)
    eachLeaf(c, leaf => {
      if ('q' in leaf) texts.set(leaf.q, [...(texts.get(leaf.q) ?? []), ...('in' in leaf ? leaf.in : [leaf.equals])]);
    });
  // Pack order (askWhen reads only earlier questions); sorting just these ids keeps the check linear in the pack.
  const position = positions(byId);
  const order = [...ids].filter(id => position.has(id)).sort((a, b) => position.get(a)! - position.get(b)!);
  const choices = order.map(id => [undefined, ...(answersTo(byId.get(id)!) ?? [OTHER_TEXT, ...(texts.get(id) ?? [])])]);
  const derived = reads(condition).derived ? 6 : 1;
  const total = choices.reduce((n, c) => n * c.length, derived);
  if (total > 20_000) return true;
  const given = new Map<string, string | undefined>();
  const asked = new Set<string>();
  const facts: Facts = { answer: id => (asked.has(id) ? given.get(id) : null), risk: 'standard', indicatorCount: 0 };
  for (let i = 0; i < total; i++) {
    facts.risk = RISKS[i % 3]!;
    facts.indicatorCount = Math.floor(i / 3) % 2 ? Infinity : 0;
    let rest = Math.floor(i / derived);
    asked.clear();
    order.forEach((id, j) => {
      const c = choices[j]!;
      given.set(id, c[rest % c.length]);
      rest = Math.floor(rest / c.length);
      const ask = byId.get(id)!.askWhen;
      if (!ask || holds(ask, facts)) asked.add(id);
    });
    if (holds(condition, facts)) return true;
  }
  return false;
}
