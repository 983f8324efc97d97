// Checking an untrusted condition's shape (the validator's part of the condition language, conditions.ts):
// apart from the engine's part, so it loads with the validator, only when a pack must be checked.
import { RISK_ORDER } from './conditions.js';

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
