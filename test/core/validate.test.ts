// validatePack refuses each class of bad pack with a path and a sentence, warns about what can never
// happen, and never throws or touches a prototype, whatever it is given.
import { expect } from '@open-wc/testing';
import { validatePack, type Condition, type PackProblem, type RulePack } from './api.js';
import { choice, rawPack, row, rule, stageQuestion, tri, type PackParts } from './pack-builder.js';

/** The errors for a pack the test expects refused. */
function errorsOf(input: unknown): PackProblem[] {
  const result = validatePack(input);
  if (result.ok) throw new Error('the pack was accepted');
  for (const e of result.errors) {
    expect(e.path, JSON.stringify(e)).to.be.a('string').and.not.equal('');
    expect(e.message, JSON.stringify(e)).to.match(/^\S.{5,}/);
  }
  return result.errors;
}

/** A pack changed by `change`, for one flaw at a time. */
function packWith(parts: PackParts, change: (pack: RulePack) => void = () => {}): unknown {
  const pack = rawPack(parts);
  change(pack);
  return pack;
}

const refusedWith = (input: unknown, path: string, message: RegExp) => {
  const errors = errorsOf(input);
  expect(
    errors.some(e => e.path === path && message.test(e.message)),
    `expected ${path} ${message} in ${JSON.stringify(errors)}`
  ).to.equal(true);
};

const ruleOn = (when: Condition, effects?: Parameters<typeof rule>[2]) =>
  packWith({
    questions: [tri('a'), tri('f', { riskFactor: true }), choice('k', ['x', 'y'])],
    rules: [rule('r', when, effects)]
  });

describe('validatePack', () => {
  it('accepts a good pack and returns a copy that shares nothing with the input', () => {
    const input = rawPack({ questions: [tri('a')], rules: [rule('r', { q: 'a', equals: 'yes' })] });
    const result = validatePack(input);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.pack).to.deep.equal(input);
    input.questions[0]!.text.en = 'changed later';
    (input.rules[0]!.when as { q: string }).q = 'zz';
    expect(result.pack.questions[0]!.text.en).to.equal('Is a so?');
    expect(result.pack.rules[0]!.when).to.deep.equal({ q: 'a', equals: 'yes' });
  });

  it('accepts the same pack as JSON text, and a "$schema" line for editors', () => {
    const pack = { $schema: './pack.schema.json', ...rawPack() };
    expect(validatePack(JSON.stringify(pack)).ok).to.equal(true);
  });

  describe('refuses what is not a pack object', () => {
    for (const [label, input, message] of [
      ['undefined', undefined, /must be a JSON object/],
      ['null', null, /must be a JSON object/],
      ['a number', 42, /must be a JSON object/],
      ['a list', [rawPack()], /must be a JSON object/],
      ['a function', () => rawPack(), /must be a JSON object/],
      ['text that is not JSON', '{"schemaVersion": 1,', /is not valid JSON/],
      ['JSON that is not an object', '"a pack"', /must be a JSON object/],
      ['an object whose toJSON gives nothing', { toJSON: () => undefined }, /must be a JSON object/],
      ['a Date', new Date(0), /must be a JSON object/]
    ] as const)
      it(label, () => refusedWith(input, '(pack)', message));

    it('a pack with a cycle', () => {
      const pack = rawPack() as unknown as Record<string, unknown>;
      pack.meta = { self: pack };
      refusedWith(pack, '(pack)', /cycles/);
    });

    it('a pack holding a value JSON cannot (a BigInt)', () => {
      refusedWith(
        packWith({}, p => ((p as unknown as Record<string, unknown>).id = 10n)),
        '(pack)',
        /not plain JSON/
      );
    });

    it('a pack whose getter throws, or a proxy that throws, without throwing itself', () => {
      const getter = rawPack();
      Object.defineProperty(getter, 'id', {
        enumerable: true,
        get() {
          throw new Error('boom');
        }
      });
      refusedWith(getter, '(pack)', /could not be read|not plain JSON/);
      const proxy = new Proxy(rawPack(), {
        ownKeys() {
          throw new Error('boom');
        }
      });
      refusedWith(proxy, '(pack)', /could not be read|not plain JSON/);
    });

    it('JSON nested far deeper than any pack, as text or as an object', () => {
      // Engines differ in how deep they parse; either way the pack is refused, never thrown over.
      const deep = '['.repeat(200_000) + ']'.repeat(200_000);
      expect(errorsOf(`{"meta": ${deep}}`)[0]).to.have.property('path');
      let nested: unknown = [];
      for (let i = 0; i < 200_000; i++) nested = [nested];
      expect(errorsOf({ meta: nested })[0]).to.have.property('path');
    });
  });

  describe('refuses hostile keys without polluting any prototype', () => {
    const clean = () => {
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(Object.prototype).not.to.have.property('polluted');
    };
    afterEach(clean);

    const text = JSON.stringify(rawPack({ rules: [rule('r', { answered: 'a' })] }));
    for (const [where, from, to] of [
      ['at the top', /^\{/, '{"__proto__": {"polluted": true},'],
      ['in a catalogue', '"indicators":{', '"indicators":{"__proto__":{"text":{"en":"x"}},'],
      ['in a condition', '"when":{', '"when":{"__proto__":{"polluted":true},']
    ] as const)
      it(`a "__proto__" key ${where}, as text or as an object`, () => {
        const hostile = text.replace(from, to);
        expect(hostile).not.to.equal(text);
        refusedWith(hostile, '(pack)', /has a "__proto__" key/);
        refusedWith(JSON.parse(hostile), '(pack)', /has a "__proto__" key/);
      });

    it('a "constructor" or "prototype" key is only an unknown field', () => {
      refusedWith(
        packWith({}, p => Object.assign(p, JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'))),
        '(pack)',
        /unknown fields: constructor/
      );
      refusedWith(
        packWith({}, p => Object.assign(p.catalogue.outcomes, { constructor: { prototype: { polluted: true } } })),
        'catalogue.outcomes.constructor.stage',
        /is required/
      );
    });
  });

  describe('refuses what the schema does not allow, saying where and why', () => {
    const cases: [string, (p: RulePack) => void, string, RegExp][] = [
      ['a missing field', p => delete (p as Partial<RulePack>).combine, 'combine', /^is required$/],
      [
        'a field of the wrong type',
        p => ((p.questions[0] as { type: unknown }).type = 3),
        'questions[0].type',
        /one of: "tri"/
      ],
      [
        'a wrong schema version',
        p => ((p as { schemaVersion: unknown }).schemaVersion = 2),
        'schemaVersion',
        /one of: 1/
      ],
      ['an id that is not an id', p => (p.id = 'Not An Id'), 'id', /not a valid id/],
      ['a version that is not semver', p => (p.version = 'v2'), 'version', /semantic version/],
      [
        'a misspelt field',
        p => Object.assign(p.questions[0]!, { askwhen: {} }),
        'questions[0]',
        /unknown fields: askwhen/
      ],
      ['text that is a number', p => ((p.title as { en: unknown }).en = 5), 'title.en', /must be of type string/],
      ['empty text', p => (p.title.en = ''), 'title.en', /needs at least 1 characters/],
      [
        'a rule without a citation',
        p => p.rules.push({ ...rule('r', { answered: 'a' }), cites: [] }),
        'rules[0].cites',
        /cites at least one source/
      ],
      [
        'a catalogue code that is not an id',
        p => Object.assign(p.catalogue.indicators, { 'Bad Code': { text: { en: 'x' } } }),
        'catalogue.indicators["Bad Code"]',
        /"Bad Code" is not a valid id/
      ],
      [
        'a combination rule that is not the declared one',
        p => ((p.combine as { risk: string }).risk = 'lowest'),
        'combine.risk',
        /one of: "highest"/
      ]
    ];
    for (const [label, change, path, message] of cases)
      it(label, () => refusedWith(packWith({}, change), path, message));
  });

  describe('refuses broken references', () => {
    it('a condition naming an unknown question', () => {
      refusedWith(ruleOn({ q: 'zz', equals: 'yes' }), 'rules[0].when', /unknown question "zz"/);
      refusedWith(
        packWith({ questions: [tri('a', { askWhen: { answered: 'zz' } })] }),
        'questions[0].askWhen',
        /unknown question "zz"/
      );
      refusedWith(
        packWith({ pre: [row('p', { notKnown: 'zz' }, 'pre-charge-bail-with-conditions')] }),
        'outcomes["pre-charge"].rows[0].when',
        /unknown question "zz"/
      );
    });

    it('a value that is never an answer to the question', () => {
      refusedWith(
        ruleOn({ q: 'a', equals: 'maybe' }),
        'rules[0].when',
        /"maybe" is never an answer to "a" \(yes, no, unknown\)/
      );
      refusedWith(ruleOn({ q: 'k', in: ['x', 'z'] }), 'rules[0].when', /"z" is never an answer to "k"/);
      refusedWith(
        ruleOn({ count: ['a', 'k'], equals: 'yes', atLeast: 1 }),
        'rules[0].when',
        /"yes" is never an answer to "k"/
      );
    });

    it('duplicate ids', () => {
      refusedWith(packWith({ questions: [tri('a'), tri('a')] }), 'questions[1].id', /duplicate id "a"/);
      refusedWith(
        packWith({ rules: [rule('r', { answered: 'a' }), rule('r', { answered: 'a' })] }),
        'rules[1].id',
        /duplicate id "r"/
      );
      refusedWith(
        packWith({ rules: [rule('pre.default', { answered: 'a' })] }),
        'outcomes["pre-charge"].default.id',
        /duplicate id "pre.default"/
      );
      refusedWith(
        packWith({ questions: [choice('k', ['x', 'x'])] }),
        'questions[0].options[1].value',
        /duplicate id "x"/
      );
      refusedWith(
        packWith({}, p => p.sources.push(p.sources[0]!)),
        'sources[1].id',
        /duplicate id "src"/
      );
      refusedWith(
        packWith({}, p => p.sections.push(p.sections[0]!)),
        'sections[1].id',
        /duplicate id "main"/
      );
    });

    it('citations that point nowhere', () => {
      refusedWith(
        packWith({ rules: [{ ...rule('r', { answered: 'a' }), cites: ['nowhere'] }] }),
        'rules[0].cites[0]',
        /unknown source "nowhere"/
      );
      refusedWith(
        packWith({
          pre: [{ ...row('p', { answered: 'a' }, 'pre-charge-bail-with-conditions'), cites: ['src', 'nowhere'] }]
        }),
        'outcomes["pre-charge"].rows[0].cites[1]',
        /unknown source/
      );
      refusedWith(
        packWith({}, p => (p.outcomes['post-charge'].default.cites = ['nowhere'])),
        'outcomes["post-charge"].default.cites[0]',
        /unknown source/
      );
    });

    it('unknown catalogue codes', () => {
      for (const kind of ['indicators', 'grounds', 'actions', 'conditions'] as const)
        refusedWith(
          ruleOn({ answered: 'a' }, { [kind]: ['nope'] }),
          `rules[0].effects.${kind}[0]`,
          new RegExp(`unknown ${kind.slice(0, -1)} "nope"`)
        );
      refusedWith(
        packWith({ questions: [tri('a', { gap: { text: { en: 'gap' }, action: 'nope' } })] }),
        'questions[0].gap.action',
        /unknown action "nope"/
      );
      refusedWith(
        packWith({ pre: [row('p', { answered: 'a' }, 'nope')] }),
        'outcomes["pre-charge"].rows[0].recommended',
        /unknown outcome "nope"/
      );
      refusedWith(
        packWith({ pre: [row('p', { answered: 'a' }, 'pre-charge-bail-with-conditions', ['bail-with-conditions'])] }),
        'outcomes["pre-charge"].rows[0].alternatives[0]',
        /belongs to the post-charge stage/
      );
      refusedWith(
        packWith({}, p => (p.outcomes['post-charge'].default.recommended = 'release-under-investigation')),
        'outcomes["post-charge"].default.recommended',
        /belongs to the pre-charge stage/
      );
    });

    it('questions that do not fit their type or section', () => {
      refusedWith(
        packWith({ questions: [tri('a', { section: 'nope' })] }),
        'questions[0].section',
        /unknown section "nope"/
      );
      refusedWith(packWith({ questions: [choice('k', ['x'])] }), 'questions[0].options', /at least two options/);
      refusedWith(
        packWith({ questions: [tri('a', { options: [{ value: 'x', text: { en: 'x' } }] })] }),
        'questions[0].options',
        /a tri question has no options/
      );
      refusedWith(
        packWith({ questions: [choice('k', ['x', 'y'], { gap: { text: { en: 'gap' }, action: 'chase' } })] }),
        'questions[0].gap.values',
        /must list which answers/
      );
      refusedWith(
        packWith({ questions: [choice('k', ['x', 'y'], { riskFactor: true })] }),
        'questions[0].riskFactor',
        /only a yes\/no\/not known question/
      );
      refusedWith(
        packWith({ questions: [choice('k', ['x', 'y'], { answers: 'oes' })] }),
        'questions[0].answers',
        /only a yes\/no\/not known question has answer words/
      );
      refusedWith(
        packWith({ questions: [tri('a')] }, p => ((p.questions[0] as Record<string, unknown>).answers = 'yes')),
        'questions[0].answers',
        /./
      );
      refusedWith(
        packWith({ questions: [choice('decision.stage', ['post-charge', 'pre-charge'])] }),
        'questions[0].options',
        /must be a choice of pre-charge and post-charge/
      );
      refusedWith(
        packWith({}, p => (p.languages = ['cy'])),
        'languages',
        /must include "en"/
      );
    });
  });

  describe('when-to-ask', () => {
    it('refuses a cycle, and any read of a question that is not earlier', () => {
      const cycle = packWith({
        questions: [tri('a', { askWhen: { q: 'b', equals: 'yes' } }), tri('b', { askWhen: { q: 'a', equals: 'yes' } })]
      });
      refusedWith(cycle, 'questions[0].askWhen', /only earlier questions \(so no cycles\), and "b" is not earlier/);
      refusedWith(
        packWith({ questions: [tri('a', { askWhen: { notKnown: 'a' } })] }),
        'questions[0].askWhen',
        /"a" is not earlier/
      );
    });

    it('refuses reading risk or indicators', () => {
      refusedWith(
        packWith({ questions: [tri('a', { askWhen: { riskAtLeast: 'high' } })] }),
        'questions[0].askWhen',
        /answers only, not risk/
      );
    });

    it('refuses a question that can never be asked, and those that hang on it', () => {
      const never = packWith({
        questions: [
          tri('a'),
          tri('b', {
            askWhen: {
              all: [
                { q: 'a', equals: 'yes' },
                { q: 'a', equals: 'no' }
              ]
            }
          }),
          tri('c', { askWhen: { q: 'b', in: ['yes', 'no', 'unknown'] } }),
          tri('d', { askWhen: { count: ['a'], equals: 'yes', atLeast: 2 } }),
          tri('e', { askWhen: { not: { answered: 'b' } } })
        ]
      });
      const errors = errorsOf(never);
      expect(errors).to.deep.equal([
        { path: 'questions[1].askWhen', message: 'question "b" can never be asked' },
        { path: 'questions[2].askWhen', message: 'question "c" can never be asked' },
        { path: 'questions[3].askWhen', message: 'question "d" can never be asked' }
      ]);
    });
  });

  describe('refuses what would let a "yes", a "not known" or more risk remove an effect', () => {
    for (const [label, when] of [
      ['equals "no" on a risk factor', { q: 'f', equals: 'no' }],
      ['a risk factor read under "not"', { not: { q: 'f', equals: 'yes' } }],
      [
        'a risk factor read under "not", even "answered"',
        { any: [{ q: 'a', equals: 'yes' }, { not: { answered: 'f' } }] }
      ],
      ['an "in" with "no" but not "yes"', { q: 'f', in: ['no', 'unknown'] }],
      ['an "in" with "no" but not "unknown"', { q: 'f', in: ['no', 'yes'] }],
      ['a count of "no" answers over a risk factor', { count: ['a', 'f'], equals: 'no', atLeast: 1 }]
    ] as [string, Condition][])
      it(label, () =>
        refusedWith(ruleOn(when), 'rules[0].when', /risk factor "f" so that a "yes" or "not known" could switch it off/)
      );

    it('risk or indicators read under "not" by a rule with effects', () => {
      refusedWith(
        ruleOn({ not: { riskAtLeast: 'high' } }),
        'rules[0].when',
        /under "not", so more risk could switch it off/
      );
      refusedWith(
        ruleOn({ all: [{ answered: 'a' }, { not: { indicatorsAtLeast: 3 } }] }, { risk: 'high' }),
        'rules[0].when',
        /under "not"/
      );
    });

    it('a risk factor read negatively by when-to-ask', () => {
      const pack = packWith({
        questions: [tri('f', { riskFactor: true }), tri('b', { askWhen: { q: 'f', equals: 'no' } })]
      });
      refusedWith(
        pack,
        'questions[1].askWhen',
        /reads risk factors so that a "yes" could give less .*"f" "no" makes it hold/
      );
    });

    it('a "no" to a risk factor called an information gap', () => {
      const pack = packWith({
        questions: [tri('f', { riskFactor: true, gap: { values: ['no'], text: { en: 'gap' }, action: 'chase' } })]
      });
      refusedWith(pack, 'questions[0].gap.values', /not a gap/);
    });

    it('but accepts positive reads, outcome rows reading anything, and rules without effects', () => {
      const pack = packWith({
        questions: [tri('f', { riskFactor: true })],
        rules: [
          rule('yes', { q: 'f', equals: 'yes' }),
          rule('unknown', { q: 'f', in: ['yes', 'unknown'] }),
          rule('all', { q: 'f', in: ['yes', 'no', 'unknown'] }),
          rule('count', { count: ['f'], equals: 'unknown', atLeast: 1 }),
          rule('known', { all: [{ answered: 'f' }, { notKnown: 'f' }, { riskAtLeast: 'medium' }] }),
          rule('inert', { not: { q: 'f', equals: 'no' } }, {})
        ],
        pre: [
          row(
            'f.no',
            { all: [{ q: 'f', equals: 'no' }, { not: { riskAtLeast: 'medium' } }, { not: { indicatorsAtLeast: 1 } }] },
            'release-under-investigation'
          )
        ]
      });
      const result = validatePack(pack);
      expect(result.ok, JSON.stringify(result)).to.equal(true);
      expect(result.warnings).to.deep.include({ path: 'rules[5].effects', message: 'the rule has no effect' });
    });
  });

  describe('proves the protection order, and refuses a pack that breaks it with the rows and answers', () => {
    const f = () => tri('f', { riskFactor: true });
    const calm = { all: [{ not: { riskAtLeast: 'medium' } }, { not: { indicatorsAtLeast: 1 } }] } as Condition;

    it('a "yes" that gives less protection than a "not known" (a shared home bailed without conditions)', () => {
      const pack = packWith({
        questions: [stageQuestion(), f()],
        pre: [
          row('clean', { all: [calm, { not: { q: 'f', equals: 'unknown' } }] }, 'pre-charge-bail-without-conditions')
        ]
      });
      refusedWith(
        pack,
        'outcomes["pre-charge"].rows[0]',
        /^"yes" to f instead of "unknown" gives less protection: row "clean" \(pre-charge-bail-without-conditions\) with risk standard, 0 indicator\(s\), f: yes, but row "pre.default" \(pre-charge-bail-with-conditions\)/
      );
    });

    it('a "not known" that gives less protection than a "no"', () => {
      const pack = packWith({
        questions: [stageQuestion(), f()],
        post: [row('no', { q: 'f', equals: 'no' }, 'refuse-bail')]
      });
      refusedWith(
        pack,
        'outcomes["post-charge"].default',
        /^"(unknown|not answered)" to f instead of "no" gives less protection/
      );
    });

    it('more risk or more indicators choosing a less protective outcome', () => {
      refusedWith(
        packWith({ pre: [row('odd', { riskAtLeast: 'high' }, 'pre-charge-bail-without-conditions')] }),
        'outcomes["pre-charge"].rows[0]',
        /^more risk \(high\) gives less protection/
      );
      refusedWith(
        packWith({ post: [row('odd', { indicatorsAtLeast: 2 }, 'bail-without-conditions')] }),
        'outcomes["post-charge"].rows[0]',
        /^more indicators \(2\) gives less protection/
      );
    });

    it('release under investigation offered at high risk, or recommended with an indicator', () => {
      refusedWith(
        packWith({
          pre: [row('high', { riskAtLeast: 'high' }, 'detain-for-charging-decision', ['release-under-investigation'])]
        }),
        'outcomes["pre-charge"].rows[0]',
        /^release under investigation is offered with risk high/
      );
      refusedWith(
        packWith({ pre: [row('calm', { not: { riskAtLeast: 'medium' } }, 'release-under-investigation')] }),
        'outcomes["pre-charge"].rows[0]',
        /^release under investigation is recommended with risk standard and 1 indicator/
      );
    });

    it('a rule that raises risk on "not known" alone, or reads a risk factor\'s "no"', () => {
      for (const [when, example] of [
        [{ notKnown: 'f' }, '"f" "unknown" makes it hold where "yes" does not'],
        [{ count: ['f'], equals: 'unknown', atLeast: 1 }, '"f" "unknown" makes it hold where "yes" does not'],
        [{ q: 'f', in: ['no', 'unknown', 'yes'] }, ''],
        [{ answered: 'f' }, '"f" "no" makes it hold where no answer (not known) does not']
      ] as [Condition, string][]) {
        const pack = packWith({ questions: [f()], rules: [rule('r', when, { risk: 'medium' })] });
        if (!example) expect(validatePack(pack).ok, JSON.stringify(when)).to.equal(true);
        else
          refusedWith(
            pack,
            'rules[0].when',
            new RegExp(`^reads risk factors .*\\(${example.replace(/[()]/g, '\\$&')}\\)`)
          );
      }
    });

    it('a question read under "not" whose asking hangs on a risk factor', () => {
      const pack = packWith({
        questions: [f(), tri('b', { askWhen: { q: 'f', in: ['yes', 'unknown'] } })],
        rules: [rule('r', { not: { q: 'b', equals: 'no' } }, { indicators: ['i1'] })]
      });
      refusedWith(pack, 'rules[0].when', /reads "b" under "not", but a risk factor decides whether it is asked/);
    });

    it('an outcome outside the vocabulary, or at a stage the vocabulary does not give it', () => {
      refusedWith(
        packWith({}, p => (p.catalogue.outcomes['x-local'] = { stage: 'pre-charge', text: { en: 'Local' } })),
        'catalogue.outcomes["x-local"]',
        /is not an outcome of the vocabulary/
      );
      refusedWith(
        packWith({}, p => (p.catalogue.outcomes['refuse-bail']!.stage = 'pre-charge')),
        'catalogue.outcomes["refuse-bail"].stage',
        /the vocabulary puts "refuse-bail" at the post-charge stage/
      );
    });

    it('rows that read too many answers for the search to finish: refused, never sampled', () => {
      const ids = Array.from({ length: 12 }, (_, i) => `q${i}`);
      const pack = packWith({
        questions: ids.map(id => tri(id)),
        pre: [row('many', { count: ids, equals: 'yes', atLeast: 6 }, 'detain-for-charging-decision')]
      });
      refusedWith(pack, 'outcomes["pre-charge"]', /too many answers to prove the protection order \(\d+ combinations/);
    });

    it('accepts hold-for-court at both stages, and a table that protects more as answers worsen', () => {
      const pack = packWith(
        {
          questions: [stageQuestion(), choice('arrest', ['none', 'court']), f()],
          pre: [
            row('court', { q: 'arrest', equals: 'court' }, 'hold-for-court'),
            row('f', { q: 'f', in: ['yes', 'unknown'] }, 'pre-charge-bail-with-conditions'),
            row('calm', calm, 'release-under-investigation', ['pre-charge-bail-without-conditions'])
          ],
          post: [row('court.post', { q: 'arrest', equals: 'court' }, 'hold-for-court')]
        },
        p => (p.catalogue.outcomes['hold-for-court'] = { stage: 'either', text: { en: 'Hold for court' } })
      );
      const result = validatePack(pack);
      expect(result.ok, JSON.stringify(result)).to.equal(true);
    });
  });

  describe('refuses malformed conditions, pointing into them', () => {
    for (const [label, when, path, message] of [
      [
        'an unknown operator',
        { q: 'a', is: 'yes' },
        'rules[0].when',
        /unknown condition \{q, is\}; operators: all, any, not/
      ],
      ['an extra key', { q: 'a', equals: 'yes', also: 1 }, 'rules[0].when', /unknown condition/],
      [
        'a nested mistake',
        { all: [{ answered: 'a' }, { not: { q: 'a' } }] },
        'rules[0].when.all[1].not',
        /unknown condition \{q\}/
      ],
      ['an empty list', { any: [] }, 'rules[0].when', /non-empty list of conditions/],
      ['a list that is not one', { all: { answered: 'a' } }, 'rules[0].when', /non-empty list/],
      ['a value that is not text', { q: 'a', equals: true }, 'rules[0].when', /"equals" must be an answer value/],
      ['a question that is not named', { answered: 7 }, 'rules[0].when', /must name a question/],
      ['a count below one', { count: ['a'], equals: 'yes', atLeast: 0 }, 'rules[0].when', /whole number, 1 or more/],
      ['a risk that is not a level', { riskAtLeast: 'extreme' }, 'rules[0].when', /standard, medium or high/],
      ['a condition that is a string', 'a is yes', 'rules[0].when', /must be a condition object/],
      ['a condition that is null', null, 'rules[0].when', /must be a condition object/]
    ] as const)
      it(label, () => refusedWith(ruleOn(when as unknown as Condition), path, message));
  });

  describe('refuses what is over the limits', () => {
    const nest = (depth: number): Condition => (depth <= 1 ? { answered: 'a' } : { not: { not: nest(depth - 2) } });

    it('a condition nested more than 12 deep (12 is fine)', () => {
      expect(validatePack(ruleOn(nest(11))).ok).to.equal(true);
      refusedWith(
        ruleOn(nest(13)),
        'rules[0].when.not.not.not.not.not.not.not.not.not.not.not.not',
        /nested more than 12 deep/
      );
    });

    it('a condition of more than 400 parts', () => {
      const wide = { any: Array.from({ length: 400 }, () => ({ answered: 'a' })) };
      refusedWith(ruleOn(wide), 'rules[0].when.any[399]', /more than 400 parts/);
    });

    it('text longer than 2000 characters', () => {
      refusedWith(
        packWith({}, p => (p.title.en = 'x'.repeat(2001))),
        'title.en',
        /more than 2000 characters/
      );
    });

    it('a list of more than 500 items', () => {
      const rule500 = { ...rule('r', { answered: 'a' }), cites: Array.from({ length: 501 }, () => 'src') };
      refusedWith(packWith({ rules: [rule500] }), 'rules[0].cites', /more than 500 items/);
    });

    it('a pack larger than 1,000,000 characters, as text or as an object', () => {
      const big = packWith({}, p => (p.meta = { notes: Array.from({ length: 450 }, () => 'x'.repeat(1990)) }));
      expect(JSON.stringify(big).length).to.be.within(800_000, 1_000_000);
      const huge = packWith({}, p => ((p as { padding?: string }).padding = 'x'.repeat(1_000_001)));
      refusedWith(huge, '(pack)', /larger than 1000000 characters/);
      refusedWith(JSON.stringify(huge), '(pack)', /larger than 1000000 characters/);
    });
  });

  describe('warns about what can never happen and what nothing uses', () => {
    const warnings = (parts: PackParts) => {
      const result = validatePack(rawPack(parts));
      expect(result.ok, JSON.stringify(result)).to.equal(true);
      return result.warnings.map(w => `${w.path}: ${w.message}`);
    };

    it('a rule that can never fire, an outcome row never chosen', () => {
      const w = warnings({
        questions: [tri('a'), tri('h', { askWhen: { q: 'a', equals: 'yes' } })],
        rules: [
          rule('never', {
            all: [
              { q: 'a', equals: 'no' },
              { q: 'h', equals: 'yes' }
            ]
          }),
          rule('contradiction', { all: [{ notKnown: 'a' }, { q: 'a', equals: 'yes' }] }),
          rule('fine', { any: [{ q: 'h', equals: 'yes' }, { riskAtLeast: 'high' }] })
        ],
        pre: [row('p', { count: ['a', 'h'], equals: 'no', atLeast: 3 }, 'release-under-investigation')]
      });
      expect(w).to.include.members([
        'rules[0].when: rule "never" can never fire',
        'rules[1].when: rule "contradiction" can never fire',
        'outcomes["pre-charge"].rows[0].when: outcome row "p" can never be chosen'
      ]);
      expect(w.some(x => x.includes('"fine"'))).to.equal(false);
    });

    it('catalogue entries nothing produces, sources never cited, texts without Welsh', () => {
      const w = warnings({
        questions: [tri('a'), stageQuestion()],
        rules: [rule('r', { answered: 'a' }, { actions: ['a1'] })]
      });
      expect(w).to.include.members([
        'catalogue.indicators["i1"]: nothing in the pack produces this',
        'catalogue.actions["a2"]: nothing in the pack produces this',
        'questions[1].text: has no Welsh text (English will be shown)'
      ]);
      expect(w).not.to.include('catalogue.actions["a1"]: nothing in the pack produces this');
      expect(w).not.to.include(
        'catalogue.outcomes["pre-charge-bail-with-conditions"]: nothing in the pack produces this'
      );
      expect(w).to.include('catalogue.outcomes["release-under-investigation"]: nothing in the pack produces this');
      const uncited = packWith({}, p =>
        p.sources.push({ id: 'other', kind: 'statute', title: { en: 'Bail Act 1976' }, confidence: 'sourced' })
      );
      const result = validatePack(uncited);
      expect(result.warnings).to.deep.include({ path: 'sources[1]', message: 'source "other" is never cited' });
    });
  });
});
