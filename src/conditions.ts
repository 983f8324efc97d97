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

/** Each operator and the keys it has (exactly these). Also the source of rules/pack.schema.json's conditions. */
export const OPERATORS: Record<string, string[]> = {
  all: ['all'],
  any: ['any'],
  not: ['not'],
  equals: ['q', 'equals'],
  in: ['q', 'in'],
  answered: ['answered'],
  notKnown: ['notKnown'],
  count: ['count', 'equals', 'atLeast'],
  riskAtLeast: ['riskAtLeast'],
  indicatorsAtLeast: ['indicatorsAtLeast']
};

const isName = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 100;
const isNames = (v: unknown): boolean => Array.isArray(v) && v.length > 0 && v.length <= 500 && v.every(isName);
const isCount = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 1;

/**
 * Checks that an untrusted value is a well-formed condition within the limits, reporting each problem
 * with its path. Never throws, and reads only own properties, so a hostile object cannot reach prototypes.
 */
export function checkCondition(
  value: unknown,
  path: string,
  limits: { depth: number; nodes: number },
  report: (path: string, message: string) => void
): boolean {
  let nodes = 0;
  let ok = true;
  const bad = (p: string, message: string) => {
    ok = false;
    report(p, message);
  };
  const visit = (v: unknown, p: string, depth: number): void => {
    if (++nodes > limits.nodes) {
      if (nodes === limits.nodes + 1) bad(p, `the condition has more than ${limits.nodes} parts`);
      return;
    }
    if (depth > limits.depth) return bad(p, `the condition is nested more than ${limits.depth} deep`);
    if (typeof v !== 'object' || v === null || Array.isArray(v))
      return bad(p, 'must be a condition object such as {"q": "…", "equals": "yes"}');
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o);
    const op = Object.keys(OPERATORS).find(
      k => OPERATORS[k]!.length === keys.length && keys.every(key => OPERATORS[k]!.includes(key))
    );
    if (!op) return bad(p, `unknown condition {${keys.join(', ')}}; operators: ${Object.keys(OPERATORS).join(', ')}`);
    if (op === 'all' || op === 'any') {
      const items = o[op];
      if (!Array.isArray(items) || items.length === 0) return bad(p, `"${op}" needs a non-empty list of conditions`);
      items.forEach((c, i) => visit(c, `${p}.${op}[${i}]`, depth + 1));
    } else if (op === 'not') visit(o.not, `${p}.not`, depth + 1);
    else if (op === 'riskAtLeast') {
      if (!Object.hasOwn(RISK_ORDER, o.riskAtLeast as string)) bad(p, '"riskAtLeast" must be standard, medium or high');
    } else if (op === 'indicatorsAtLeast') {
      if (!isCount(o.indicatorsAtLeast)) bad(p, '"indicatorsAtLeast" must be a whole number, 1 or more');
    } else {
      // Leaves that read answers: the question names and values are checked against the pack in validate.ts.
      const named = op === 'count' ? isNames(o.count) : isName(o[op === 'equals' || op === 'in' ? 'q' : op]);
      if (!named) bad(p, op === 'count' ? '"count" must be a non-empty list of question ids' : 'must name a question');
      if ((op === 'equals' || op === 'count') && !isName(o.equals)) bad(p, '"equals" must be an answer value');
      if (op === 'in' && !isNames(o.in)) bad(p, '"in" must be a non-empty list of answer values');
      if (op === 'count' && !isCount(o.atLeast)) bad(p, '"atLeast" must be a whole number, 1 or more');
    }
  };
  visit(value, path, 1);
  return ok;
}
