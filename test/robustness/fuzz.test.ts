// Fuzzing: random mutations of the default pack (fields deleted, duplicated, retyped or renamed, ids swapped,
// deep nesting, huge numbers, NaN-ish strings, unicode) through validatePack and through the element's
// rulePack property. Never an uncaught exception; validatePack always answers; the element either renders the
// pack or refuses it with bail-check-error and renders the bundled one. Seeded: a failure names its seed and
// the mutations that made it. Small in the suite; `npm run test:fuzz` runs thousands (support.ts FUZZ).
import { expect } from '@open-wc/testing';
import { defaultPack } from '../../src/default-pack.js';
import { evaluate } from '../../src/engine.js';
import { validatePack } from '../../src/pack/validate.js';
import { pick, prng, randomAnswers } from '../core/random.js';
import { TEST_QUESTIONS as Q, testPack } from '../element/test-pack.js';
import {
  choose,
  cleanup,
  completeAssessment,
  heading,
  mount,
  nextEvent,
  proceed,
  shadow,
  setUntyped
} from '../helpers.js';
import { FUZZ, watchUncaught } from './support.js';

type Holder = Record<string, unknown> | unknown[];

const STRINGS = [
  '',
  ' ',
  'NaN',
  'Infinity',
  '-0',
  '1e999',
  '0x10',
  'null',
  'undefined',
  'true',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'x'.repeat(2001),
  '\u0000',
  '\ud800',
  '\u202eevil',
  '😀'.repeat(3),
  'İ',
  'e\u0301',
  '\ufeffid',
  'Ａ',
  '<script>alert(1)</script>',
  'yes',
  'unknown',
  'pre-charge',
  'high',
  'decision.stage'
];
const NUMBERS = [0, -0, -1, 0.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, NaN, Infinity];

/** A random place in the pack: a holder (object or array) and one of its keys. */
function somewhere(root: Holder, random: () => number): [Holder, string] {
  let holder = root;
  for (;;) {
    const keys = Object.keys(holder);
    if (!keys.length) return [holder, '0'];
    const key = pick(random, keys);
    const value = (holder as Record<string, unknown>)[key];
    if (value !== null && typeof value === 'object' && random() < 0.75) holder = value as Holder;
    else return [holder, key];
  }
}

/** Every object in the pack with an `id` (iteratively: a mutant may be deeply nested or cyclic). */
function withIds(root: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const seen = new Set<unknown>();
  const todo = [root];
  while (todo.length) {
    const value = todo.pop();
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (typeof (value as { id?: unknown }).id === 'string') out.push(value as Record<string, unknown>);
    todo.push(...Object.values(value));
  }
  return out;
}

/** `make()`, or null when it throws (String() of an array nested too deep, say). */
function attempt(make: () => unknown): unknown {
  try {
    return make();
  } catch {
    return null;
  }
}

/** A copy, or the value itself when it is nested too deep to copy (the mutant then shares it, or has a cycle). */
function copy<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

const nested = (depth: number, leaf: unknown, random: () => number) => {
  let value = leaf;
  const kind = pick(random, ['all', 'not', 'array']);
  for (let i = 0; i < depth; i++)
    value = kind === 'array' ? [value] : kind === 'not' ? { not: value } : { all: [value] };
  return value;
};

const MUTATIONS: Record<string, (pack: Holder, random: () => number) => void> = {
  delete(pack, random) {
    const [holder, key] = somewhere(pack, random);
    if (Array.isArray(holder)) holder.splice(Number(key), 1);
    else delete holder[key];
  },
  duplicate(pack, random) {
    const [holder, key] = somewhere(pack, random);
    const value = (holder as Record<string, unknown>)[key];
    if (Array.isArray(holder)) holder.splice(Number(key), 0, copy(value));
    else holder[`${key}${pick(random, ['x', '2', 'X', ' '])}`] = copy(value);
  },
  rename(pack, random) {
    const [holder, key] = somewhere(pack, random);
    if (Array.isArray(holder)) return;
    const value = holder[key];
    delete holder[key];
    holder[pick(random, [key.toLowerCase(), key.toUpperCase(), `${key}s`, key.slice(1), '__proto__'])] = value;
  },
  retype(pack, random) {
    const [holder, key] = somewhere(pack, random);
    const value = (holder as Record<string, unknown>)[key];
    (holder as Record<string, unknown>)[key] = pick(random, [
      null,
      true,
      false,
      0,
      [],
      {},
      [value],
      { value },
      attempt(() => String(value)),
      attempt(() => Number(value)),
      JSON.parse('{"__proto__": {"polluted": true}}'),
      pick(random, STRINGS),
      pick(random, NUMBERS)
    ]);
  },
  strings(pack, random) {
    const [holder, key] = somewhere(pack, random);
    const value = (holder as Record<string, unknown>)[key];
    if (typeof value === 'string')
      (holder as Record<string, unknown>)[key] = pick(random, [
        `${value}${pick(random, STRINGS)}`,
        `${pick(random, ['\u200b', '\u202e', '\u0000', '\ud83d', ' '])}${value}`,
        value.toUpperCase(),
        value.normalize('NFD'),
        value.repeat(300)
      ]);
    else (holder as Record<string, unknown>)[key] = pick(random, STRINGS);
  },
  numbers(pack, random) {
    const [holder, key] = somewhere(pack, random);
    (holder as Record<string, unknown>)[key] = pick(random, NUMBERS);
  },
  swapIds(pack, random) {
    const all = withIds(pack);
    if (all.length < 2) return;
    const [a, b] = [pick(random, all), pick(random, all)];
    [a.id, b.id] = [b.id, a.id];
  },
  move(pack, random) {
    const [from, fromKey] = somewhere(pack, random);
    const [to, toKey] = somewhere(pack, random);
    (to as Record<string, unknown>)[toKey] = copy((from as Record<string, unknown>)[fromKey]);
  },
  nest(pack, random) {
    const [holder, key] = somewhere(pack, random);
    const depth = pick(random, [13, 50, 500, 5000]);
    (holder as Record<string, unknown>)[key] = nested(depth, (holder as Record<string, unknown>)[key], random);
  },
  askWhen(pack, random) {
    // Conditions on real question ids: more packs get past the schema into the reference checks.
    const questions = (pack as { questions?: { id?: unknown; askWhen?: unknown }[] }).questions;
    if (!Array.isArray(questions) || !questions.length) return;
    const q = pick(random, questions);
    const other = pick(random, questions);
    if (q && typeof q === 'object')
      q.askWhen = pick(random, [
        { q: other?.id, equals: pick(random, ['yes', 'no', 'unknown', 'maybe']) },
        { not: { answered: other?.id } },
        { count: questions.slice(0, 5).map(x => x?.id), equals: 'yes', atLeast: pick(random, NUMBERS) },
        { riskAtLeast: 'high' },
        { indicatorsAtLeast: pick(random, NUMBERS) }
      ]);
  }
};

const TEXT_KEYS = new Set(['en', 'cy', 'title', 'ref', 'law', 'agency', 'purpose']);
const OPTIONAL = new Set(['help', 'cy', 'maps', 'ref', 'url', 'meta', 'proportionality', 'riskFactor', 'gap']);

/** Every [holder, key] in the pack whose key passes `keep` (iteratively, as above). */
function places(root: unknown, keep: (key: string, value: unknown) => boolean): [Record<string, unknown>, string][] {
  const out: [Record<string, unknown>, string][] = [];
  const todo = [root];
  while (todo.length) {
    const value = todo.pop();
    if (typeof value !== 'object' || value === null) continue;
    for (const [k, v] of Object.entries(value)) {
      if (keep(k, v)) out.push([value as Record<string, unknown>, k]);
      todo.push(v);
    }
  }
  return out;
}

/** Changes a valid pack may survive: odd text, optional fields gone, rules and rows reordered, conditions wrapped. */
const GENTLE: Record<string, (pack: Holder, random: () => number) => void> = {
  text(pack, random) {
    const [holder, key] = pick(
      random,
      places(pack, (k, v) => TEXT_KEYS.has(k) && typeof v === 'string')
    );
    holder[key] = pick(random, [
      '\u202eevil\u202c',
      '😀 e\u0301 İ ǅ Ａ',
      '\ud800',
      '<b>bold</b> &amp; ${x}',
      'x'.repeat(2000),
      ' ',
      '\u0000'
    ]);
  },
  dropOptional(pack, random) {
    const found = places(pack, k => OPTIONAL.has(k));
    if (found.length) {
      const [holder, key] = pick(random, found);
      delete holder[key];
    }
  },
  reorder(pack, random) {
    const p = pack as { rules: unknown[]; outcomes: Record<string, { rows: unknown[] }> };
    const list = pick(random, [p.rules, p.outcomes['pre-charge']!.rows, p.outcomes['post-charge']!.rows]);
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1)); // Fisher–Yates: the same order in every browser
      [list[i], list[j]] = [list[j], list[i]];
    }
  },
  wrap(pack, random) {
    const [holder, key] = pick(
      random,
      places(pack, k => k === 'when' || k === 'askWhen')
    );
    const c = holder[key];
    holder[key] = pick(random, [
      { all: [c] },
      { any: [c, c] },
      { not: { not: c } },
      { all: [c, { answered: 'decision.stage' }] }
    ]);
  }
};

/**
 * The default pack with 1 to 4 random mutations, and their names (to replay a failure by its seed). Half
 * the mutants get only gentle changes, so that many stay valid and reach the engine and the screens.
 */
function mutant(random: () => number): { pack: unknown; ops: string[] } {
  const pack = structuredClone(defaultPack) as unknown as Holder;
  const kinds = random() < 0.5 ? GENTLE : MUTATIONS;
  const ops: string[] = [];
  for (let n = 1 + Math.floor(random() * 4); n > 0; n--) {
    const op = pick(random, Object.keys(kinds));
    ops.push(op);
    kinds[op]!(pack, random);
  }
  return { pack, ops };
}

const SEED = FUZZ.seed ?? 20_261_126;

describe('robustness: fuzzing the default pack', () => {
  let uncaught: ReturnType<typeof watchUncaught>;
  beforeEach(() => (uncaught = watchUncaught()));
  afterEach(() => {
    uncaught.stop();
    cleanup();
    expect(uncaught.seen, 'uncaught errors').to.deep.equal([]);
    expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').to.equal(undefined);
  });

  it(`validatePack answers every one of ${FUZZ.packs} mutants, and the engine runs on those it accepts (seed ${SEED})`, function () {
    this.timeout(Math.max(180_000, FUZZ.packs * 200));
    const random = prng(SEED);
    const tally = { accepted: 0, refused: 0 };
    for (let i = 0; i < FUZZ.packs; i++) {
      const { pack, ops } = mutant(random);
      const where = `seed ${SEED}, mutant ${i} (${ops.join(', ')})`;
      let text: string | undefined;
      try {
        text = random() < 0.3 ? JSON.stringify(pack) : undefined;
      } catch {
        // Nested deeper than JSON.stringify goes: the object itself is tried.
      }
      // Bounded work is shown by the limits' own tests (bounds.test.ts), not by timing this on a shared machine.
      const result = validatePack(text ?? pack);
      if (result.ok) {
        tally.accepted++;
        for (let n = 0; n < 3; n++)
          evaluate(
            result.pack,
            randomAnswers(result.pack, random),
            pick(random, [undefined, 'pre-charge', 'post-charge'])
          );
      } else {
        tally.refused++;
        expect(result.errors.length, where).to.be.greaterThan(0);
        for (const e of result.errors)
          expect([typeof e.path, typeof e.message], where).to.deep.equal(['string', 'string']);
      }
    }
    expect(tally.accepted + tally.refused).to.equal(FUZZ.packs);
    // The wild half is nearly all refused; many of the gentle half stay valid and reach the engine.
    expect(tally.refused, JSON.stringify(tally)).to.be.greaterThan(FUZZ.packs / 3);
    expect(tally.accepted, JSON.stringify(tally)).to.be.greaterThan(FUZZ.packs / 10);
  });

  it(`the element renders each of ${FUZZ.mounts} mutants or refuses it with bail-check-error and renders the bundled pack (seed ${SEED + 1})`, async function () {
    this.timeout(Math.max(180_000, FUZZ.mounts * 3000));
    const random = prng(SEED + 1);
    let completed = 0;
    for (let i = 0; i < FUZZ.mounts; i++) {
      const { pack, ops } = mutant(random);
      const where = `seed ${SEED + 1}, mount ${i} (${ops.join(', ')})`;
      const valid = validatePack(pack);
      const errors: string[] = [];
      let ready: ReturnType<typeof nextEvent<'bail-check-ready'>> | undefined;
      const el = await mount(el => {
        el.addEventListener('bail-check-error', e => errors.push(e.detail.code));
        ready = nextEvent(el, 'bail-check-ready');
        setUntyped(el, 'rulePack', pack);
      });
      const { detail } = await ready!;
      if (valid.ok) {
        expect([detail.source, errors], where).to.deep.equal(['property', []]);
        expect(heading(el), where).to.equal(valid.pack.title.en);
        // A few accepted mutants are walked to the end: the engine, the screens and the record on odd packs.
        if (completed < Math.ceil(FUZZ.mounts / 10)) {
          await completeAssessment(el);
          completed++;
        }
      } else {
        expect([detail.source, errors], where).to.deep.equal(['bundled', ['rules-invalid']]);
        expect(heading(el), where).to.equal(defaultPack.title.en);
      }
      expect(uncaught.seen, where).to.deep.equal([]);
      el.remove();
    }
  });

  it('treats ids that are names on Object.prototype ("constructor") like any other: asked, required, recorded', async () => {
    const text = JSON.stringify(testPack()).replaceAll(`"${Q.strangulation}"`, '"constructor"');
    const pack = JSON.parse(
      text.replaceAll('"strangulation"', '"constructor"').replaceAll('"history"', '"constructor"')
    );
    expect(validatePack(pack).ok).to.equal(true);
    const el = await mount(el => (el.rulePack = pack));
    await choose(el, Q.stage, 'pre-charge');
    await proceed(el);
    await choose(el, Q.onBail, 'no');
    await proceed(el);
    expect(heading(el)).to.equal('Has there been strangulation, ever?');
    await proceed(el); // no answer given
    expect(heading(el), 'moved on without an answer').to.equal('Has there been strangulation, ever?');
    expect(shadow(el).querySelector('.error-summary')?.textContent).to.contain('Select');
    await choose(el, 'constructor', 'yes');
    const { detail: record } = await completeAssessment(el);
    expect(record.answers.find(a => a.question === 'constructor')?.value).to.equal('yes');
    expect(record.indicators.map(i => i.code)).to.include('constructor');
    expect(record.riskLevel).to.equal('high');
  });
});
