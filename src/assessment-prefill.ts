// The host's prefill, checked against the pack. Only answers the pack could have been given are kept;
// the rest are named (ids only, never values: they may be personal) so the host can fix its mapping.
import { isAnswerTo } from './engine.js';
import { questionOf } from './pack/lookup.js';
import { LIMITS } from './pack/format.js';
import type { Question, RulePack } from './pack/schema.js';

export interface CheckedPrefill {
  answers: Record<string, string>;
  /** Ids that are unknown to the pack or whose value that question never takes. */
  rejected: string[];
  /** Not an object of answers (a string, an array, a Map) or unreadable (a getter or Proxy that throws). */
  invalid?: true;
}

/** A value `q` can have from the host: one of its answers, and text no longer than a pack's own texts. */
export const allowedAnswer = (q: Question, value: unknown): value is string =>
  typeof value === 'string' && !!value && value.length <= LIMITS.textChars && isAnswerTo(q, value);

/** The prefill's own entries; undefined when it is not an object of answers or cannot be read. */
function entriesOf(prefill: unknown): [string, unknown][] | undefined {
  try {
    // Each check may throw on a hostile object (a revoked Proxy, a getter that throws): all are inside.
    const plain =
      typeof prefill === 'object' && prefill !== null && !Array.isArray(prefill) && !(prefill instanceof Map);
    return plain ? Object.entries(prefill) : undefined;
  } catch {
    return undefined;
  }
}

export function checkPrefill(pack: RulePack, prefill: unknown): CheckedPrefill {
  const answers: Record<string, string> = {};
  const rejected: string[] = [];
  const entries = entriesOf(prefill);
  if (!entries) return { answers, rejected, invalid: true };
  for (const [id, value] of entries) {
    const q = questionOf(pack, id);
    if (q && allowedAnswer(q, value)) answers[id] = value;
    else rejected.push(id.slice(0, LIMITS.idChars));
  }
  return { answers, rejected };
}

/** What the host should hear about a prefill (the first ten ids skipped, never a value); undefined when all is kept. */
export function prefillProblem({ rejected, invalid }: CheckedPrefill): string | undefined {
  if (invalid) return 'Prefill must be an object of answers keyed by question id';
  if (!rejected.length) return undefined;
  const more = rejected.length > 10 ? ` and ${rejected.length - 10} more` : '';
  return `Prefill skipped unknown questions or invalid answers for: ${rejected.slice(0, 10).join(', ')}${more}`;
}
