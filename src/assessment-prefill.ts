// The host's prefill, checked against the pack. Only answers the pack could have been given are kept;
// the rest are named (ids only, never values: they may be personal) so the host can fix its mapping.
import { LIMITS, type Question, type RulePack } from './pack/schema.js';

export interface CheckedPrefill {
  answers: Record<string, string>;
  /** Ids that are unknown to the pack or whose value that question never takes. */
  rejected: string[];
  /** Not an object of answers (a string, an array, a Map) or unreadable (a getter or Proxy that throws). */
  invalid?: true;
}

export function allowedAnswer(q: Question, value: unknown): value is string {
  if (typeof value !== 'string' || !value) return false;
  if (q.type === 'tri') return value === 'yes' || value === 'no' || value === 'unknown';
  if (q.type === 'choice') return !!q.options?.some(o => o.value === value);
  return value.length <= LIMITS.textChars;
}

export function checkPrefill(pack: RulePack, prefill: unknown): CheckedPrefill {
  const answers: Record<string, string> = {};
  const rejected: string[] = [];
  let entries: [string, unknown][];
  try {
    if (typeof prefill !== 'object' || !prefill || Array.isArray(prefill) || prefill instanceof Map) throw prefill;
    entries = Object.entries(prefill);
  } catch {
    return { answers, rejected, invalid: true };
  }
  for (const [id, value] of entries) {
    const q = pack.questions.find(q => q.id === id);
    if (q && allowedAnswer(q, value)) answers[id] = value;
    else rejected.push(id.slice(0, LIMITS.idChars));
  }
  return { answers, rejected };
}
