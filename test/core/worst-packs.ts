// The worst packs found when issue 15 was tried as an attacker would, built here rather than committed as big
// files: each is near a limit of the validator (bytes, nesting, counts, search) and is either refused with
// its limit named or accepted after a bounded search. The tests (test/core/bounds.test.ts, the element's
// test/element/pack-bounds.test.ts) and `npm run bench -- bounds` (bench/bounds.mjs) load the same ones.
import type { Condition, Question, Rule, RulePack } from '../../src/core.js';
import { rawPack, row, rule, tri } from './pack-builder.js';

const pad = (i: number) => String(i).padStart(5, '0');
/** Seven risk factors: every answer to all seven is 4^7 = 16,384 combinations. */
const seven = Array.from({ length: 7 }, (_, i) => `b${i}`);
/** Holds only when all seven are answered "not known", the last combination the search tries. */
const lastOfSeven: Condition = {
  all: [{ count: seven, equals: 'unknown', atLeast: 7 }, ...seven.map(id => ({ answered: id }))]
};

/**
 * `n` questions each asked only when seven others are all "not known" (the 2 MB pack, whose search
 * tried ~16k combinations for each condition): `n` = 2,800 is about 920,000 characters.
 */
export function searchPack(n: number): RulePack {
  const questions: Question[] = seven.map(id => tri(id));
  for (let i = 0; i < n; i++) questions.push(tri(`s${pad(i)}`, { askWhen: lastOfSeven }));
  return rawPack({ questions });
}

/** `n` rules whose conditions each need the same search (the warnings' search, validatePack's only). */
export function searchRulesPack(n: number): RulePack {
  const rules: Rule[] = [];
  for (let i = 0; i < n; i++) rules.push(rule(`r${pad(i)}`, lastOfSeven));
  return rawPack({ questions: seven.map(id => tri(id)), rules });
}

/** A chain of `n` questions, each asked only when the one before was answered: each search gathers the chain. */
export function askChainPack(n: number): RulePack {
  const questions = [tri('q00000')];
  for (let i = 1; i < n; i++) questions.push(tri(`q${pad(i)}`, { askWhen: { answered: `q${pad(i - 1)}` } }));
  return rawPack({ questions });
}

/**
 * A chain of `n` rules, each firing on the indicators of those before it (rule i on i indicators, adding the
 * i+1st): the evaluation's fix-point must stay linear in rules.
 */
export function indicatorChainPack(n: number): RulePack {
  const rules = [rule('r00000', { q: 'a', equals: 'yes' }, { indicators: ['i00000'] })];
  for (let i = 1; i < n; i++) rules.push(rule(`r${pad(i)}`, { indicatorsAtLeast: i }, { indicators: [`i${pad(i)}`] }));
  const pack = rawPack({ questions: [tri('a')], rules });
  pack.catalogue.indicators = Object.fromEntries(
    Array.from({ length: n }, (_, i) => [`i${pad(i)}`, { text: { en: `Indicator ${i}` } }])
  );
  return pack;
}

/**
 * Outcome rows that read eight questions (4^8 × 3 risk levels × 2 indicator counts = 393,216 combinations
 * per stage, over the protection search's 200,000) or, with `questions` = 7 (98,304), that fit it while
 * each of `rows` rows of 300 parts is tried at each combination.
 */
export function protectionPack(questions: number, rows: number): RulePack {
  const ids = Array.from({ length: questions }, (_, i) => `p${i}`);
  const wide: Condition = { any: Array.from({ length: 300 }, (_, i) => ({ q: ids[i % questions]!, equals: 'no' })) };
  const never: Condition = { all: [wide, { count: ids, equals: 'yes', atLeast: questions }] };
  return rawPack({
    questions: ids.map(id => tri(id)),
    pre: Array.from({ length: rows }, (_, i) => row(`w${pad(i)}`, never, 'detain-for-charging-decision'))
  });
}

/** A pack as JSON text with `depth` nested arrays in its notes (the deep nesting: 219–309 ms). */
export function deepPackText(depth: number): string {
  const text = JSON.stringify(rawPack());
  return `${text.slice(0, -1)},"meta":{"notes":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
}

/** Plain questions with help text added to `pack` until its JSON is about `chars` long: the linear work. */
export function paddedTo(pack: RulePack, chars: number): RulePack {
  const help = { en: 'Help as long as a real question has: where to look, who holds it, and what a yes means.' };
  const one = JSON.stringify(tri('z00000', { help })).length + 1;
  const n = Math.floor((chars - JSON.stringify(pack).length) / one);
  for (let i = 0; i < n; i++) pack.questions.push(tri(`z${pad(i)}`, { help }));
  return pack;
}

/**
 * The worst pack the element accepts that we know of: a question whose search tries all 16,384 combinations
 * (246,000 steps: two are over the budget of 250,000), the rest plain questions up to 990,000 characters (the
 * limit is 1,000,000).
 */
export const worstAcceptedPack = (): RulePack => paddedTo(searchPack(1), 990_000);
