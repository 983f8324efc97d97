// The condition language: a small closed set of operators, interpreted (never compiled to JavaScript).
// Every operator reads answers through `Facts`, so the engine decides what "not asked" and "missing" mean.

export type RiskName = 'standard' | 'medium' | 'high';

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { q: string; equals: string }
  | { q: string; in: string[] }
  | { answered: string }
  | { notKnown: string }
  | { count: string[]; equals: string; atLeast: number }
  | { riskAtLeast: RiskName }
  | { indicatorsAtLeast: number };

/** What a condition can see. `undefined` = asked but not answered; `null` = not asked. */
export interface Facts {
  answer(questionId: string): string | null | undefined;
  risk: RiskName;
  indicatorCount: number;
}

export const RISK_ORDER: Record<RiskName, number> = { standard: 0, medium: 1, high: 2 };
export const UNKNOWN = 'unknown';

/** True for an answer the officer could not give: "not known", or a question asked but left blank. */
export function isNotKnown(value: string | null | undefined): boolean {
  return value === undefined || value === UNKNOWN;
}

export function holds(condition: Condition, facts: Facts): boolean {
  if ('all' in condition) return condition.all.every(c => holds(c, facts));
  if ('any' in condition) return condition.any.some(c => holds(c, facts));
  if ('not' in condition) return !holds(condition.not, facts);
  if ('equals' in condition && 'q' in condition) return facts.answer(condition.q) === condition.equals;
  if ('in' in condition) {
    const value = facts.answer(condition.q);
    return typeof value === 'string' && condition.in.includes(value);
  }
  if ('answered' in condition) return typeof facts.answer(condition.answered) === 'string';
  if ('notKnown' in condition) {
    const value = facts.answer(condition.notKnown);
    return value !== null && isNotKnown(value);
  }
  if ('count' in condition) {
    let n = 0;
    for (const q of condition.count) if (facts.answer(q) === condition.equals) n++;
    return n >= condition.atLeast;
  }
  if ('riskAtLeast' in condition) return RISK_ORDER[facts.risk] >= RISK_ORDER[condition.riskAtLeast];
  return facts.indicatorCount >= condition.indicatorsAtLeast;
}

/** The question ids a condition reads, in first-seen order. */
export function questionsIn(condition: Condition, into: string[] = []): string[] {
  const add = (q: string) => {
    if (!into.includes(q)) into.push(q);
  };
  if ('all' in condition) condition.all.forEach(c => questionsIn(c, into));
  else if ('any' in condition) condition.any.forEach(c => questionsIn(c, into));
  else if ('not' in condition) questionsIn(condition.not, into);
  else if ('q' in condition) add(condition.q);
  else if ('answered' in condition) add(condition.answered);
  else if ('notKnown' in condition) add(condition.notKnown);
  else if ('count' in condition) condition.count.forEach(add);
  return into;
}

/** Whether the condition reads the computed risk level or indicator count (not only answers). */
export function readsDerived(condition: Condition): boolean {
  if ('all' in condition) return condition.all.some(readsDerived);
  if ('any' in condition) return condition.any.some(readsDerived);
  if ('not' in condition) return readsDerived(condition.not);
  return 'riskAtLeast' in condition || 'indicatorsAtLeast' in condition;
}

/** Whether a derived fact (risk, indicator count) is read under a `not`, which would make rules non-monotone. */
export function readsDerivedNegatively(condition: Condition, negated = false): boolean {
  if ('all' in condition) return condition.all.some(c => readsDerivedNegatively(c, negated));
  if ('any' in condition) return condition.any.some(c => readsDerivedNegatively(c, negated));
  if ('not' in condition) return readsDerivedNegatively(condition.not, !negated);
  return negated && ('riskAtLeast' in condition || 'indicatorsAtLeast' in condition);
}

export interface ConditionProblem {
  path: (string | number)[];
  message: string;
}

const OPERATOR_KEYS: Record<string, readonly string[]> = {
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

function operatorOf(keys: string[]): string | undefined {
  return Object.keys(OPERATOR_KEYS).find(op => {
    const expected = OPERATOR_KEYS[op]!;
    return expected.length === keys.length && expected.every(k => keys.includes(k));
  });
}

const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;

/**
 * Checks that an untrusted value is a well-formed condition within the size limits. Never throws, and
 * reads only own properties, so a hostile object cannot reach prototypes.
 */
export function checkCondition(
  value: unknown,
  limits: { depth: number; nodes: number },
  path: (string | number)[] = []
): ConditionProblem[] {
  const problems: ConditionProblem[] = [];
  let nodes = 0;
  const visit = (v: unknown, p: (string | number)[], depth: number): void => {
    if (problems.length > 20) return;
    nodes++;
    if (nodes > limits.nodes) {
      if (nodes === limits.nodes + 1)
        problems.push({ path: p, message: `condition has more than ${limits.nodes} parts` });
      return;
    }
    if (depth > limits.depth) {
      problems.push({ path: p, message: `condition is nested more than ${limits.depth} deep` });
      return;
    }
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      problems.push({ path: p, message: 'a condition must be an object such as {"q": "…", "equals": "yes"}' });
      return;
    }
    const keys = Object.keys(v);
    const op = operatorOf(keys);
    const o = v as Record<string, unknown>;
    if (!op) {
      problems.push({
        path: p,
        message: `unknown condition {${keys.join(', ')}}; use one of: ${Object.keys(OPERATOR_KEYS).join(', ')}`
      });
      return;
    }
    const bad = (message: string): void => {
      problems.push({ path: p, message });
    };
    switch (op) {
      case 'all':
      case 'any': {
        const items = o[op];
        if (!Array.isArray(items) || items.length === 0) return bad(`"${op}" needs a non-empty list of conditions`);
        items.forEach((c, i) => visit(c, [...p, op, i], depth + 1));
        return;
      }
      case 'not':
        return visit(o.not, [...p, 'not'], depth + 1);
      case 'equals':
        if (!isString(o.q)) bad('"q" must name a question');
        if (!isString(o.equals)) bad('"equals" must be an answer value');
        return;
      case 'in':
        if (!isString(o.q)) bad('"q" must name a question');
        if (!Array.isArray(o.in) || o.in.length === 0 || !o.in.every(isString))
          bad('"in" must be a non-empty list of answer values');
        return;
      case 'answered':
      case 'notKnown':
        if (!isString(o[op])) bad(`"${op}" must name a question`);
        return;
      case 'count':
        if (!Array.isArray(o.count) || o.count.length === 0 || !o.count.every(isString))
          bad('"count" must be a non-empty list of question ids');
        if (!isString(o.equals)) bad('"equals" must be an answer value');
        if (!Number.isInteger(o.atLeast) || (o.atLeast as number) < 1)
          bad('"atLeast" must be a whole number, 1 or more');
        return;
      case 'riskAtLeast':
        if (!['standard', 'medium', 'high'].includes(o.riskAtLeast as string))
          bad('"riskAtLeast" must be standard, medium or high');
        return;
      case 'indicatorsAtLeast':
        if (!Number.isInteger(o.indicatorsAtLeast) || (o.indicatorsAtLeast as number) < 1)
          bad('"indicatorsAtLeast" must be a whole number, 1 or more');
        return;
    }
  };
  visit(value, path, 1);
  return problems;
}
