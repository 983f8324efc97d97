// The condition language: a small closed set of operators, interpreted (never compiled to JavaScript).
// Every operator reads answers through `Facts`, so the engine decides what "not asked" and "missing" mean.
import type { RiskLevel } from './pack/schema.js';

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { q: string; equals: string }
  | { q: string; in: string[] }
  | { answered: string }
  | { notKnown: string }
  | { count: string[]; equals: string; atLeast: number }
  | { riskAtLeast: RiskLevel }
  | { indicatorsAtLeast: number };

/** What a condition can see. `undefined` = asked but not answered; `null` = not asked. */
export interface Facts {
  answer(questionId: string): string | null | undefined;
  risk: RiskLevel;
  indicatorCount: number;
}

export const RISK_ORDER: Record<RiskLevel, number> = { standard: 0, medium: 1, high: 2 };
export const UNKNOWN = 'unknown';

/**
 * True when the condition holds. A question asked but not answered reads as "unknown" (not known is never
 * "no"); a question not asked reads as nothing, so it matches no value and is never "not known".
 */
export const holds = (condition: Condition, facts: Facts): boolean => reads(condition).test(facts);

type Test = (facts: Facts) => boolean;
const value = (facts: Facts, q: string) => {
  const v = facts.answer(q);
  return v === undefined ? UNKNOWN : v;
};
function testFor(c: Condition): Test {
  if ('all' in c) {
    const parts = c.all.map(testFor);
    return f => parts.every(t => t(f));
  }
  if ('any' in c) {
    const parts = c.any.map(testFor);
    return f => parts.some(t => t(f));
  }
  if ('not' in c) {
    const inner = testFor(c.not);
    return f => !inner(f);
  }
  if ('count' in c)
    return f => {
      let n = 0;
      for (const q of c.count) if (value(f, q) === c.equals) n++;
      return n >= c.atLeast;
    };
  if ('equals' in c) return f => value(f, c.q) === c.equals;
  if ('in' in c) return f => c.in.includes(value(f, c.q)!);
  if ('answered' in c) return f => typeof f.answer(c.answered) === 'string';
  if ('notKnown' in c) return f => value(f, c.notKnown) === UNKNOWN;
  if ('riskAtLeast' in c) return f => RISK_ORDER[f.risk] >= RISK_ORDER[c.riskAtLeast];
  return f => f.indicatorCount >= c.indicatorsAtLeast;
}

/** Calls `visit` on each leaf of a condition, saying whether it sits under an odd number of `not`s. */
export function eachLeaf(
  condition: Condition,
  visit: (leaf: Condition, negated: boolean) => void,
  negated = false
): void {
  if ('all' in condition) condition.all.forEach(c => eachLeaf(c, visit, negated));
  else if ('any' in condition) condition.any.forEach(c => eachLeaf(c, visit, negated));
  else if ('not' in condition) eachLeaf(condition.not, visit, !negated);
  else visit(condition, negated);
}

/** The question ids a leaf reads. */
export function leafQuestions(leaf: Condition): string[] {
  if ('q' in leaf) return [leaf.q];
  if ('answered' in leaf) return [leaf.answered];
  if ('notKnown' in leaf) return [leaf.notKnown];
  if ('count' in leaf) return leaf.count;
  return [];
}

/** What a condition reads, and its test (made once: the operator is looked up once per pack, not per evaluation). */
export interface Reading {
  /** The question ids it reads, in first-seen order. */
  readonly questions: readonly string[];
  /** Whether it reads risk or indicators. */
  readonly derived: boolean;
  readonly test: Test;
}
const readsOf = new WeakMap<Condition, Reading>();

/**
 * What a condition reads and its test, kept per condition object: packs are not changed once in use, and the
 * engine decides every rule on every answer and reads every fired rule's answers.
 */
export function reads(condition: Condition): Reading {
  let found = readsOf.get(condition);
  if (!found) {
    const questions = new Set<string>();
    let derived = false;
    eachLeaf(condition, leaf => {
      leafQuestions(leaf).forEach(q => questions.add(q));
      derived ||= 'riskAtLeast' in leaf || 'indicatorsAtLeast' in leaf;
    });
    found = { questions: [...questions], derived, test: testFor(condition) };
    readsOf.set(condition, found);
  }
  return found;
}
