// Every operator of the condition language, seen as a host sees it: whether a rule applied (its id in the
// rationale) for given answers. Questions: a, b, c (yes/no/not known), k (choice x/y/z), t (text), and
// h, asked only when a is "yes".
import { expect } from '@open-wc/testing';
import { evaluate, type Condition } from './api.js';
import { applied, choice, rule, testPack, text, tri } from './pack-builder.js';

const questions = () => [
  tri('a'),
  tri('b'),
  tri('c'),
  choice('k', ['x', 'y', 'z']),
  text('t'),
  tri('h', { askWhen: { q: 'a', equals: 'yes' } })
];

function fires(when: Condition, answers: Record<string, unknown>): boolean {
  const pack = testPack({ questions: questions(), rules: [rule('r', when)] });
  return applied(evaluate(pack, answers).rationale).includes('r');
}

type Case = [Condition, Record<string, unknown>, boolean];

function table(cases: Case[]) {
  for (const [when, answers, expected] of cases)
    it(`${JSON.stringify(when)} with ${JSON.stringify(answers)} → ${expected}`, () => {
      expect(fires(when, answers)).to.equal(expected);
    });
}

describe('condition language', () => {
  describe('equals', () =>
    table([
      [{ q: 'a', equals: 'yes' }, { a: 'yes' }, true],
      [{ q: 'a', equals: 'yes' }, { a: 'no' }, false],
      [{ q: 'a', equals: 'yes' }, { a: 'unknown' }, false],
      [{ q: 'a', equals: 'no' }, { a: 'unknown' }, false],
      // An asked question left blank is "not known": never "no".
      [{ q: 'a', equals: 'no' }, {}, false],
      [{ q: 'a', equals: 'unknown' }, {}, true],
      [{ q: 'k', equals: 'y' }, { k: 'y' }, true],
      [{ q: 't', equals: 'exact words' }, { t: 'exact words' }, true],
      // A question not asked matches no value, whatever was sent for it.
      [{ q: 'h', equals: 'yes' }, { a: 'no', h: 'yes' }, false],
      [{ q: 'h', equals: 'unknown' }, { a: 'no' }, false],
      [{ q: 'h', equals: 'yes' }, { a: 'yes', h: 'yes' }, true]
    ]));

  describe('in', () =>
    table([
      [{ q: 'k', in: ['x', 'z'] }, { k: 'z' }, true],
      [{ q: 'k', in: ['x', 'z'] }, { k: 'y' }, false],
      [{ q: 'a', in: ['yes', 'unknown'] }, { a: 'unknown' }, true],
      [{ q: 'a', in: ['yes', 'unknown'] }, {}, true],
      [{ q: 'a', in: ['yes', 'no'] }, {}, false],
      [{ q: 'h', in: ['yes', 'no', 'unknown'] }, { a: 'no', h: 'no' }, false]
    ]));

  describe('answered', () =>
    table([
      [{ answered: 'a' }, { a: 'no' }, true],
      // "Not known" is an answer the officer gave.
      [{ answered: 'a' }, { a: 'unknown' }, true],
      [{ answered: 'a' }, {}, false],
      [{ answered: 't' }, { t: 'words' }, true],
      [{ answered: 'h' }, { a: 'no', h: 'yes' }, false]
    ]));

  describe('notKnown', () =>
    table([
      [{ notKnown: 'a' }, { a: 'unknown' }, true],
      [{ notKnown: 'a' }, {}, true],
      [{ notKnown: 'a' }, { a: 'no' }, false],
      [{ notKnown: 'a' }, { a: 'yes' }, false],
      [{ notKnown: 'k' }, {}, true],
      // A question not asked is never "not known": nobody needed to know it.
      [{ notKnown: 'h' }, { a: 'no' }, false],
      [{ notKnown: 'h' }, { a: 'yes' }, true]
    ]));

  describe('count', () =>
    table([
      [{ count: ['a', 'b', 'c'], equals: 'yes', atLeast: 2 }, { a: 'yes', b: 'no', c: 'yes' }, true],
      [{ count: ['a', 'b', 'c'], equals: 'yes', atLeast: 2 }, { a: 'yes', b: 'no', c: 'unknown' }, false],
      [{ count: ['a', 'b', 'c'], equals: 'unknown', atLeast: 2 }, { a: 'unknown' }, true],
      [{ count: ['a', 'b', 'h'], equals: 'yes', atLeast: 3 }, { a: 'yes', b: 'yes', h: 'yes' }, true],
      [{ count: ['b', 'c', 'h'], equals: 'yes', atLeast: 3 }, { a: 'no', b: 'yes', c: 'yes', h: 'yes' }, false]
    ]));

  describe('all, any, not', () =>
    table([
      [
        {
          all: [
            { q: 'a', equals: 'yes' },
            { q: 'b', equals: 'yes' }
          ]
        },
        { a: 'yes', b: 'yes' },
        true
      ],
      [
        {
          all: [
            { q: 'a', equals: 'yes' },
            { q: 'b', equals: 'yes' }
          ]
        },
        { a: 'yes', b: 'no' },
        false
      ],
      [
        {
          any: [
            { q: 'a', equals: 'yes' },
            { q: 'b', equals: 'yes' }
          ]
        },
        { a: 'no', b: 'yes' },
        true
      ],
      [
        {
          any: [
            { q: 'a', equals: 'yes' },
            { q: 'b', equals: 'yes' }
          ]
        },
        { a: 'no', b: 'no' },
        false
      ],
      [{ not: { q: 'b', equals: 'yes' } }, { b: 'no' }, true],
      [{ not: { q: 'b', equals: 'yes' } }, { b: 'yes' }, false],
      [{ not: { q: 'h', equals: 'yes' } }, { a: 'no', h: 'yes' }, true],
      [{ not: { not: { answered: 'b' } } }, { b: 'no' }, true],
      [
        { all: [{ any: [{ q: 'k', equals: 'x' }, { notKnown: 'c' }] }, { not: { q: 'b', equals: 'no' } }] },
        { k: 'y', b: 'unknown' },
        true
      ]
    ]));

  describe('riskAtLeast and indicatorsAtLeast read what other rules found', () => {
    const derived = (answers: Record<string, unknown>) =>
      applied(
        evaluate(
          testPack({
            questions: questions(),
            rules: [
              rule('medium', { riskAtLeast: 'medium' }, { conditions: ['c1'] }),
              rule('high', { riskAtLeast: 'high' }, { conditions: ['c2'] }),
              rule('two', { indicatorsAtLeast: 2 }, { actions: ['a2'] }),
              rule('from-two', { all: [{ indicatorsAtLeast: 2 }, { q: 'c', equals: 'yes' }] }, { risk: 'high' }),
              rule('a', { q: 'a', equals: 'yes' }, { risk: 'medium', indicators: ['i1'] }),
              rule('b', { q: 'b', equals: 'yes' }, { indicators: ['i2'] }),
              rule('standard', { riskAtLeast: 'standard' }, { actions: ['a1'] })
            ]
          }),
          answers
        ).rationale
      );

    it('at standard, only the rule for "at least standard" applies', () => {
      expect(derived({ a: 'no', b: 'no', c: 'no' })).to.deep.equal(['standard', 'pre.default']);
    });

    it('a rule raising risk lets rules reading risk apply, whatever their order in the pack', () => {
      expect(derived({ a: 'yes', b: 'no', c: 'no' })).to.deep.equal(['medium', 'a', 'standard', 'pre.default']);
    });

    it('counts indicators, and settles chains: two indicators raise risk to high, which applies "high"', () => {
      expect(derived({ a: 'yes', b: 'yes', c: 'yes' })).to.deep.equal([
        'medium',
        'high',
        'two',
        'from-two',
        'a',
        'b',
        'standard',
        'pre.default'
      ]);
    });
  });
});
