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
export function holds(condition: Condition, facts: Facts): boolean {
  const value = (q: string) => {
    const v = facts.answer(q);
    return v === undefined ? UNKNOWN : v;
  };
  if ('all' in condition) return condition.all.every(c => holds(c, facts));
  if ('any' in condition) return condition.any.some(c => holds(c, facts));
  if ('not' in condition) return !holds(condition.not, facts);
  if ('count' in condition)
    return condition.count.filter(q => value(q) === condition.equals).length >= condition.atLeast;
  if ('equals' in condition) return value(condition.q) === condition.equals;
  if ('in' in condition) return condition.in.includes(value(condition.q) as string);
  if ('answered' in condition) return typeof facts.answer(condition.answered) === 'string';
  if ('notKnown' in condition) return value(condition.notKnown) === UNKNOWN;
  if ('riskAtLeast' in condition) return RISK_ORDER[facts.risk] >= RISK_ORDER[condition.riskAtLeast];
  return facts.indicatorCount >= condition.indicatorsAtLeast;
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

const readsOf = new WeakMap<Condition, { questions: string[]; derived: boolean }>();

/**
 * The question ids a condition reads, in first-seen order, and whether it reads risk or indicators.
 * Kept per condition object (packs are not changed once in use): the engine asks for every fired rule.
 */
export function reads(condition: Condition): { readonly questions: readonly string[]; readonly derived: boolean } {
  let found = readsOf.get(condition);
  if (!found) {
    const questions = new Set<string>();
    let derived = false;
    eachLeaf(condition, leaf => {
      leafQuestions(leaf).forEach(q => questions.add(q));
      derived ||= 'riskAtLeast' in leaf || 'indicatorsAtLeast' in leaf;
    });
    found = { questions: [...questions], derived };
    readsOf.set(condition, found);
  }
  return found;
}
