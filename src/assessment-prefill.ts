// The host's prefill, checked against the pack. Only answers the pack could have been given are kept; of the
// rest, the pack's own question ids are named and the host's other keys only counted (never values or keys the
// host made up: they may be personal, or carry control characters), so the host can fix its mapping.
import { isAnswerTo } from './engine.js';
import { questionOf } from './pack/lookup.js';
import { LIMITS } from './pack/format.js';
import type { Question, RulePack } from './pack/schema.js';

export interface CheckedPrefill {
  answers: Record<string, string>;
  /** The pack's question ids whose value that question never takes. */
  rejected: string[];
  /** How many keys name no question of the pack. */
  unknown: number;
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
  let unknown = 0;
  const entries = entriesOf(prefill);
  if (!entries) return { answers, rejected, unknown, invalid: true };
  for (const [id, value] of entries) {
    const q = questionOf(pack, id);
    if (!q) unknown++;
    else if (allowedAnswer(q, value)) answers[id] = value;
    else rejected.push(id);
  }
  return { answers, rejected, unknown };
}

/**
 * What the host should hear about a prefill: how many entries were skipped, the pack's ids among them (the first
 * ten), never a value or a key of the host's; undefined when all is kept.
 */
export function prefillProblem({ rejected, unknown, invalid }: CheckedPrefill): string | undefined {
  if (invalid) return 'Prefill must be an object of answers keyed by question id';
  if (rejected.length + unknown)
    return `Prefill skipped ${unknown} unknown key(s) and invalid answers for: ${rejected.slice(0, 10).join(', ') || 'none'}`;
}
