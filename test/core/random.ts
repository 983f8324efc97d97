// Seeded randomness for the property tests: a failure names its seed and can be replayed exactly.
import type { RulePack } from './api.js';

const inNode =
  typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node === 'string';

/** How many random answer sets a property test tries: a few hundred in a browser, more in Node. */
export const RANDOM_SETS = inNode ? 2000 : 300;

/** mulberry32: small, fast and good enough to spread answers around. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/**
 * A random answer set for the pack: each question left out, or given one of its answers (sometimes
 * "unknown" or junk), whether or not it would be asked.
 */
export function randomAnswers(pack: RulePack, random: () => number): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const q of pack.questions) {
    const r = random();
    if (r < 0.15) continue;
    if (r < 0.18) answers[q.id] = pick(random, [true, 0, null, '', 'maybe', ['yes'], { value: 'yes' }]);
    else if (q.type === 'tri') answers[q.id] = pick(random, ['yes', 'no', 'unknown']);
    else if (q.type === 'choice')
      answers[q.id] = pick(
        random,
        q.options!.map(o => o.value)
      );
    else answers[q.id] = pick(random, ['Some words', 'unknown', 'x'.repeat(300)]);
  }
  return answers;
}
