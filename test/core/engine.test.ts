// The engine as a host sees it: what is asked, risk, outcome, effects, gaps and the rationale.
import { expect } from '@open-wc/testing';
import { evaluate } from './api.js';
import { applied, choice, row, rule, stageQuestion, testPack, text, tri } from './pack-builder.js';

describe('evaluate', () => {
  describe('precedence', () => {
    const pack = testPack({
      questions: [stageQuestion(), tri('a'), tri('b'), tri('c')],
      rules: [
        rule('a.medium', { q: 'a', equals: 'yes' }, { risk: 'medium', actions: ['a1'], conditions: ['c1'] }),
        rule('b.high', { q: 'b', equals: 'yes' }, { risk: 'high', actions: ['a1', 'a2'], grounds: ['g1'] }),
        rule('c.medium', { q: 'c', equals: 'yes' }, { risk: 'medium', conditions: ['c1', 'c2'] })
      ],
      pre: [
        row('pre.high', { riskAtLeast: 'high' }, 'detain-for-charging-decision'),
        row('pre.a', { q: 'a', equals: 'yes' }, 'pre-charge-bail-with-conditions', ['detain-for-charging-decision'])
      ],
      post: [row('post.a', { q: 'a', equals: 'yes' }, 'refuse-bail')]
    });

    it('risk is the highest any rule raises, wherever the rule sits in the pack', () => {
      expect(evaluate(pack, { a: 'yes', b: 'yes', c: 'yes' }).riskLevel).to.equal('high');
      const reversed = { ...pack, rules: [...pack.rules].reverse() };
      expect(evaluate(reversed, { a: 'yes', b: 'yes', c: 'yes' }).riskLevel).to.equal('high');
      expect(evaluate(pack, { a: 'yes', c: 'yes' }).riskLevel).to.equal('medium');
      expect(evaluate(pack, { a: 'no', b: 'no', c: 'no' }).riskLevel).to.equal('standard');
    });

    it('a rule raising "medium" never lowers a "high" another rule raised', () => {
      expect(evaluate(pack, { a: 'yes', b: 'yes' }).riskLevel).to.equal('high');
      expect(evaluate(pack, { b: 'yes', c: 'yes' }).riskLevel).to.equal('high');
    });

    it('actions, conditions and grounds collect once each, naming every rule that asked for them', () => {
      const result = evaluate(pack, { a: 'yes', b: 'yes', c: 'yes' });
      expect(result.actions.map(a => [a.code, a.because])).to.deep.equal([
        ['a1', ['a.medium', 'b.high']],
        ['a2', ['b.high']]
      ]);
      expect(result.conditions.map(c => [c.code, c.because])).to.deep.equal([
        ['c1', ['a.medium', 'c.medium']],
        ['c2', ['c.medium']]
      ]);
      expect(result.grounds).to.deep.equal([
        { code: 'g1', text: 'Ground one', law: 'Bail Act 1976, Sch 1 Pt 1 para 2(1)(b)', because: ['b.high'] }
      ]);
      expect(result.conditions[0]).to.include({ text: 'Condition one', purpose: 'to protect the victim' });
      expect(result.actions[1]).to.include({ text: 'Action two', agency: 'IDVA', when: 'before-decision' });
    });

    it('the first outcome row that holds wins, reading risk after every rule', () => {
      const both = evaluate(pack, { a: 'yes', b: 'yes' }).outcome;
      expect(both).to.deep.equal({
        recommended: 'detain-for-charging-decision',
        alternatives: [],
        because: ['pre.high']
      });
      expect(evaluate(pack, { a: 'yes' }).outcome).to.deep.equal({
        recommended: 'pre-charge-bail-with-conditions',
        alternatives: ['detain-for-charging-decision'],
        because: ['pre.a']
      });
    });

    it('with no row holding, the default row is chosen, and named in the rationale', () => {
      const result = evaluate(pack, { a: 'no', b: 'no' });
      expect(result.outcome).to.deep.equal({
        recommended: 'pre-charge-bail-with-conditions',
        alternatives: [],
        because: ['pre.default']
      });
      expect(result.rationale.at(-1)).to.deep.equal({
        rule: 'pre.default',
        text: 'Nothing else applied.',
        saw: { risk: 'standard' },
        cites: ['src']
      });
    });

    it('each stage has its own outcome table', () => {
      expect(evaluate(pack, { 'decision.stage': 'post-charge', a: 'yes' }).outcome.because).to.deep.equal(['post.a']);
      expect(evaluate(pack, { 'decision.stage': 'post-charge', a: 'no' }).outcome.recommended).to.equal(
        'bail-with-conditions'
      );
    });
  });

  describe('"not known" is never "no"', () => {
    const pack = testPack({
      questions: [tri('a', { gap: { text: { en: 'Whether a is so is not known.' }, action: 'chase' } }), tri('b')],
      rules: [
        rule('a.no', { q: 'a', equals: 'no' }, { actions: ['a2'] }),
        rule('a.not-no', { not: { q: 'a', equals: 'no' } }, { conditions: ['c1'] })
      ]
    });

    for (const [label, answers] of [
      ['"not known"', { a: 'unknown' }],
      ['left blank', {}],
      ['an answer that is not one of its answers', { a: 'maybe' }],
      ['a value that is not text', { a: true }]
    ] as const) {
      it(`a question ${label} does not satisfy "equals no", and is an information gap with its action`, () => {
        const result = evaluate(pack, answers);
        expect(applied(result.rationale)).to.deep.equal(['a.not-no', 'pre.default']);
        expect(result.informationGaps).to.deep.equal([
          { question: 'a', text: 'Whether a is so is not known.', action: 'chase' }
        ]);
        expect(result.actions.map(a => [a.code, a.because])).to.deep.equal([['chase', ['gap:a']]]);
      });
    }

    it('a "no" is no gap, and satisfies "equals no"', () => {
      const result = evaluate(pack, { a: 'no' });
      expect(applied(result.rationale)).to.deep.equal(['a.no', 'pre.default']);
      expect(result.informationGaps).to.deep.equal([]);
    });

    it('the rationale shows what each rule saw, "not answered" included', () => {
      expect(evaluate(pack, {}).rationale[0]).to.deep.equal({
        rule: 'a.not-no',
        text: 'Rule a.not-no applies.',
        saw: { a: 'not answered' },
        cites: ['src']
      });
      expect(evaluate(pack, { a: 'unknown' }).rationale[0]!.saw).to.deep.equal({ a: 'unknown' });
    });
  });

  describe('what is asked', () => {
    const pack = testPack({
      questions: [
        stageQuestion(),
        tri('a'),
        tri('h', {
          askWhen: { q: 'a', in: ['yes', 'unknown'] },
          gap: { text: { en: 'h is not known.' }, action: 'chase' }
        }),
        choice('k', ['x', 'y'], { askWhen: { q: 'decision.stage', equals: 'post-charge' } }),
        text('t', { askWhen: { q: 'h', equals: 'yes' } })
      ],
      rules: [rule('h.yes', { q: 'h', equals: 'yes' }), rule('h.not', { not: { answered: 'h' } }, { actions: ['a2'] })]
    });

    it('asks a question only when its askWhen holds, and chains through earlier questions', () => {
      expect(evaluate(pack, { a: 'no' }).asked).to.deep.equal(['decision.stage', 'a']);
      expect(evaluate(pack, { a: 'yes' }).asked).to.deep.equal(['decision.stage', 'a', 'h']);
      expect(evaluate(pack, {}).asked).to.deep.equal(['decision.stage', 'a', 'h']);
      expect(evaluate(pack, { a: 'yes', h: 'yes', 'decision.stage': 'post-charge' }).asked).to.deep.equal([
        'decision.stage',
        'a',
        'h',
        'k',
        't'
      ]);
    });

    it('ignores answers to questions not asked: no rule reads them, no gap, no progress', () => {
      const result = evaluate(pack, { a: 'no', h: 'yes', t: 'words' });
      expect(applied(result.rationale)).to.deep.equal(['h.not', 'pre.default']);
      expect(result.rationale[0]!.saw).to.deep.equal({ h: 'not asked' });
      expect(result.informationGaps).to.deep.equal([]);
      expect(result.progress).to.deep.equal({ answered: 1, total: 2 });
    });

    it('counts progress over asked questions, "not known" answers included', () => {
      expect(evaluate(pack, { 'decision.stage': 'pre-charge', a: 'unknown', h: 'unknown' }).progress).to.deep.equal({
        answered: 3,
        total: 3
      });
    });
  });

  describe('stage', () => {
    const pack = testPack({ questions: [stageQuestion(), tri('a')] });

    it('without a stage, assumes pre-charge but leaves the stage question unanswered', () => {
      const result = evaluate(pack, {});
      expect(result.stage).to.equal('pre-charge');
      expect(result.progress).to.deep.equal({ answered: 0, total: 2 });
    });

    it("the host's stage answers the stage question and wins over the answer sent", () => {
      const result = evaluate(pack, { 'decision.stage': 'pre-charge' }, 'post-charge');
      expect(result.stage).to.equal('post-charge');
      expect(result.outcome.recommended).to.equal('bail-with-conditions');
      expect(result.progress).to.deep.equal({ answered: 1, total: 2 });
    });

    it('ignores a stage that is not a stage', () => {
      expect(evaluate(pack, { 'decision.stage': 'post-charge' }, 'later' as never).stage).to.equal('post-charge');
      expect(evaluate(pack, { 'decision.stage': 'charged' }).stage).to.equal('pre-charge');
    });

    it('a pack without the stage question takes the stage given', () => {
      expect(evaluate(testPack(), {}, 'post-charge').stage).to.equal('post-charge');
    });
  });

  describe('language', () => {
    const pack = testPack({ rules: [rule('a.yes', { q: 'a', equals: 'yes' }, { indicators: ['i1', 'i2'] })] });

    it('gives texts in Welsh, falling back to English where a text has no Welsh', () => {
      const result = evaluate(pack, { a: 'yes' }, undefined, 'cy');
      expect(result.indicators.map(i => i.text)).to.deep.equal(['Dangosydd un', 'Indicator two']);
      expect(result.rationale[0]!.text).to.equal('Mae rheol a.yes yn berthnasol.');
    });

    it('falls back to English for a language the pack does not have', () => {
      expect(evaluate(pack, { a: 'yes' }, undefined, 'fr' as never).indicators[0]!.text).to.equal('Indicator one');
    });
  });

  describe('purity', () => {
    it('never changes the pack or the answers, and gives equal results for equal input', () => {
      const pack = testPack({
        questions: [tri('a', { gap: { text: { en: 'gap' }, action: 'chase' } })],
        rules: [rule('a', { notKnown: 'a' }, { actions: ['chase'], risk: 'medium' })]
      });
      const before = JSON.stringify(pack);
      const answers = Object.freeze({ a: 'unknown' });
      const first = evaluate(pack, answers);
      expect(JSON.stringify(pack)).to.equal(before);
      expect(evaluate(pack, answers)).to.deep.equal(first);
      expect(first.actions).to.deep.equal([
        {
          code: 'chase',
          text: 'Chase what is not known',
          agency: 'police',
          when: 'within-24h',
          because: ['a', 'gap:a']
        }
      ]);
    });

    it('reads only own answers: an answer inherited from a prototype is not an answer', () => {
      const pack = testPack({ rules: [rule('a', { q: 'a', equals: 'yes' })] });
      const answers = Object.create({ a: 'yes' }) as Record<string, unknown>;
      expect(evaluate(pack, answers).rationale.map(r => r.rule)).to.deep.equal(['pre.default']);
      expect(evaluate(pack, null as never).progress).to.deep.equal({ answered: 0, total: 1 });
    });
  });
});
