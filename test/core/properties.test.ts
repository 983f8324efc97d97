// Properties over random input (seeded, so a failure can be replayed): random answers never throw, a
// "yes" or "not known" to a risk factor never lowers risk or removes an action or a condition, and no
// mangled pack makes validatePack throw or touch a prototype. Run over small packs built here and over
// whatever the default pack is at run time.
import { expect } from '@open-wc/testing';
import { assess, defaultPack, evaluate, validatePack, verifyRecord, type RulePack } from './api.js';
import { pick, prng, randomAnswers, RANDOM_SETS } from './random.js';
import { choice, rawPack, row, rule, stageQuestion, testPack, text, tri } from './pack-builder.js';
import vocabulary from '../scenarios/vocabulary.json';

const LEVEL = { standard: 0, medium: 1, high: 2 } as const;
/** The vocabulary's protection order: a higher number protects more. */
const PROTECTION = (code: string) =>
  vocabulary.protection.length - vocabulary.protection.findIndex(codes => codes.includes(code));
/** The stage the vocabulary gives each outcome (`either` for both). */
const outcomeStage = (code: string) =>
  Object.entries(vocabulary.outcomes).find(([, codes]) => codes.includes(code))?.[0];

/** A pack with the shapes that could break monotonicity if the engine or validation were wrong. */
const rich = () =>
  rawPack({
    questions: [
      stageQuestion(),
      tri('f1', { riskFactor: true, gap: { text: { en: 'f1 not known' }, action: 'chase' } }),
      tri('f2', { riskFactor: true }),
      tri('g', { askWhen: { q: 'f1', in: ['yes', 'unknown'] }, riskFactor: true }),
      tri('n'),
      choice('k', ['x', 'y', 'z'], { askWhen: { not: { q: 'n', equals: 'yes' } } }),
      text('t', { askWhen: { q: 'g', equals: 'yes' } })
    ],
    rules: [
      rule('f1', { q: 'f1', equals: 'yes' }, { risk: 'medium', indicators: ['i1'], actions: ['a1'] }),
      rule('f2', { q: 'f2', in: ['yes', 'unknown'] }, { indicators: ['i2'], conditions: ['c1'] }),
      rule('g', { all: [{ q: 'g', equals: 'yes' }, { not: { q: 'n', equals: 'yes' } }] }, { risk: 'high' }),
      rule('count', { count: ['f1', 'f2', 'g'], equals: 'yes', atLeast: 2 }, { indicators: ['i3'] }),
      rule('many', { indicatorsAtLeast: 2 }, { risk: 'high', actions: ['a2'] }),
      rule('high', { riskAtLeast: 'high' }, { conditions: ['c2'] }),
      rule('k', { any: [{ q: 'k', equals: 'x' }, { notKnown: 'f2' }] }, { actions: ['a2'] }),
      rule(
        'k-ground',
        {
          any: [
            { q: 'k', equals: 'x' },
            { q: 'f2', in: ['yes', 'unknown'] }
          ]
        },
        { grounds: ['g1'] }
      ),
      rule('n-no', { q: 'n', equals: 'no' }, { actions: ['a1'] })
    ],
    pre: [
      row(
        'low',
        { not: { any: [{ riskAtLeast: 'medium' }, { indicatorsAtLeast: 1 }] } },
        'release-under-investigation',
        ['pre-charge-bail-with-conditions']
      )
    ],
    post: [row('refuse', { all: [{ riskAtLeast: 'high' }, { q: 'f2', equals: 'yes' }] }, 'refuse-bail')]
  });

/**
 * The first way a more worrying answer to a risk factor (no → not known → yes) lowered risk or the
 * protection of the outcome, or removed a condition, or (from "no") an action, if any. Each random
 * answer set tries a few risk factors at a random stage, so every factor is tried many times in a
 * bounded time.
 */
function monotonicityBreak(pack: RulePack, seed: number, sets: number): string | undefined {
  const random = prng(seed);
  const factors = pack.questions.filter(q => q.riskFactor).map(q => q.id);
  for (let n = 0; n < sets; n++) {
    const answers = randomAnswers(pack, random);
    const stage = pick(random, ['pre-charge', 'post-charge'] as const);
    for (const f of Array.from({ length: Math.min(4, factors.length) }, () => pick(random, factors))) {
      // Each answer evaluated once, then every step up compared.
      const by = Object.fromEntries(
        (['no', 'unknown', 'yes'] as const).map(v => [v, evaluate(pack, { ...answers, [f]: v }, stage)])
      );
      for (const [from, to] of [
        ['no', 'unknown'],
        ['no', 'yes'],
        ['unknown', 'yes']
      ] as const) {
        const base = by[from]!;
        const after = by[to]!;
        const lost = (kind: 'actions' | 'conditions') =>
          base[kind].filter(x => !after[kind].some(y => y.code === x.code)).map(x => x.code);
        const problems = [
          LEVEL[after.riskLevel] < LEVEL[base.riskLevel]
            ? `risk fell from ${base.riskLevel} to ${after.riskLevel}`
            : '',
          PROTECTION(after.outcome.recommended) < PROTECTION(base.outcome.recommended)
            ? `outcome fell from ${base.outcome.recommended} to ${after.outcome.recommended}`
            : '',
          // A "not known" may carry actions that find the answer out; a "no" none that a worse answer loses.
          ...(from === 'no' ? lost('actions').map(c => `action ${c} went`) : []),
          ...lost('conditions').map(c => `condition ${c} went`)
        ].filter(Boolean);
        if (problems.length)
          return `seed ${seed}, set ${n}: ${f} "${from}" → "${to}" (${stage}): ${problems.join('; ')} (answers ${JSON.stringify(answers)})`;
      }
    }
  }
  return undefined;
}

describe('properties over random answers', () => {
  const packs: [string, () => RulePack][] = [
    ['the default pack', () => defaultPack],
    ['a test pack with chains, counts and risk reads', () => testPack(rich() as never)]
  ];

  it('the default pack is valid', () => {
    const result = validatePack(defaultPack);
    expect(result.ok, JSON.stringify(result.ok ? '' : result.errors)).to.equal(true);
  });

  for (const [name, make] of packs) {
    describe(name, () => {
      let pack: RulePack;
      before(() => {
        const result = validatePack(make());
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        pack = result.pack;
      });

      it(`evaluate never throws on ${RANDOM_SETS} random answer sets, and its results hold together`, () => {
        const random = prng(1);
        const problems: string[] = [];
        for (let n = 0; n < RANDOM_SETS; n++) {
          const answers = randomAnswers(pack, random);
          const stage = pick(random, [undefined, 'pre-charge', 'post-charge'] as const);
          const result = evaluate(pack, answers, stage, pick(random, ['en', 'cy'] as const));
          const broken = [
            !(result.riskLevel in LEVEL) && 'risk level',
            result.progress.answered > result.progress.total && 'progress',
            result.progress.total !== result.asked.length && 'total',
            ![result.stage, 'either'].includes(outcomeStage(result.outcome.recommended)!) && 'outcome stage',
            (result.riskLevel !== 'standard' || result.indicators.length) &&
              [result.outcome.recommended, ...result.outcome.alternatives].includes('release-under-investigation') &&
              'RUI with risk',
            result.actions.some(a => !Object.hasOwn(pack.catalogue.actions, a.code)) && 'action code',
            result.informationGaps.some(g => !result.asked.includes(g.question)) && 'gap not asked',
            result.rationale.at(-1)!.rule !== result.outcome.because[0] && 'outcome rationale'
          ].filter(Boolean);
          if (broken.length) problems.push(`set ${n}: ${broken.join(', ')} (${JSON.stringify(answers)})`);
        }
        expect(problems).to.deep.equal([]);
      });

      it('assess never throws on random answers, and verifyRecord accepts every record it makes', async () => {
        const random = prng(2);
        for (let n = 0; n < Math.ceil(RANDOM_SETS / 20); n++) {
          const answers = randomAnswers(pack, random);
          const now = 1_800_000_000_000 + n;
          const record = await assess({ answers, pack, now, lang: pick(random, ['en', 'cy']) });
          expect(await verifyRecord(record, pack, { now }), `set ${n}: ${JSON.stringify(answers)}`).to.deep.equal({
            ok: true,
            problems: []
          });
        }
      });

      it(`a "yes" gives at least what a "not known" gives, and a "not known" what a "no" gives: risk, outcome, conditions (${RANDOM_SETS} sets)`, () => {
        expect(monotonicityBreak(pack, 3, RANDOM_SETS)).to.equal(undefined);
      });
    });
  }

  it('the monotonicity check catches a pack validation would refuse for reading "no" on a risk factor', () => {
    const bad = rich();
    bad.rules.push(rule('f2-no', { q: 'f2', equals: 'no' }, { actions: ['chase'], risk: 'high' }));
    expect(validatePack(bad).ok).to.equal(false);
    expect(monotonicityBreak(bad, 4, 50)).to.match(
      /^seed 4, set \d+: f2 "no" → "(yes|unknown)" \(.*\): (risk fell .*; )?action chase went/
    );
  });
});

describe('validatePack over mangled packs', () => {
  const JUNK: unknown[] = [
    null,
    true,
    0,
    -1,
    1e308,
    '',
    'x'.repeat(2001),
    '__proto__',
    'constructor',
    [],
    {},
    [null],
    { all: [] },
    { not: { not: { not: {} } } },
    { q: 'a', equals: 'yes' },
    { riskAtLeast: 'toString' },
    JSON.parse('{"__proto__": {"polluted": true}}'),
    { constructor: { prototype: { polluted: true } } }
  ];

  /** Replaces, deletes or duplicates one random value somewhere in the pack. */
  function mangle(pack: unknown, random: () => number): unknown {
    const copy = structuredClone(pack) as Record<string, unknown>;
    let holder: Record<string, unknown> = copy;
    for (;;) {
      const keys = Object.keys(holder);
      if (!keys.length) break;
      const key = pick(random, keys);
      const value = holder[key];
      if (value !== null && typeof value === 'object' && random() < 0.7) {
        holder = value as Record<string, unknown>;
        continue;
      }
      const r = random();
      if (r < 0.2) delete holder[key];
      else if (r < 0.3 && Array.isArray(holder)) holder.push(structuredClone(holder[0]));
      else if (r < 0.4) holder[`${key}x`] = value;
      else holder[key] = pick(random, JUNK);
      break;
    }
    return copy;
  }

  const PACKS = Math.ceil(RANDOM_SETS / 2);

  it(`never throws, always answers ok or errors with paths, and never pollutes a prototype (${PACKS} packs)`, () => {
    const random = prng(5);
    const bases = [rich(), defaultPack];
    let refused = 0;
    for (let n = 0; n < PACKS; n++) {
      let pack = pick(random, bases) as unknown;
      for (let m = 1 + Math.floor(random() * 3); m > 0; m--) pack = mangle(pack, random);
      const result = validatePack(random() < 0.5 ? pack : JSON.stringify(pack));
      if (!result.ok) {
        refused++;
        for (const e of result.errors) expect(e.path && e.message, JSON.stringify(e)).to.be.a('string');
      }
      expect(({} as Record<string, unknown>).polluted, `pack ${n}`).to.equal(undefined);
    }
    // Most mangled packs are refused; some changes (a duplicated optional text, say) leave a valid pack.
    expect(refused).to.be.greaterThan(PACKS / 2);
  });
});
