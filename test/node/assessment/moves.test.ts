// The walk-through's moves (src/assessment.ts) on their own: the screens for some answers, Continue, Back, the
// change of view, the screens' questions, host answers, drafts read back, and one evaluation per change of
// answers. Run in Node by test/node/assessment.test.mjs; the evaluations they read come from the built core.
import { expect } from '@open-wc/testing';
import {
  answer,
  begun,
  confirmHostAnswers,
  evaluationCache,
  goBack,
  goNext,
  goTo,
  isAssessmentState,
  newAssessment,
  questionsOn,
  resumed,
  screenOf,
  screens,
  switchView,
  unanswered,
  withPrefill,
  type AssessmentState,
  type Screen
} from '../../../src/assessment.js';
import { evaluate } from '../../core/api.js';
import { choice, rule, section, stageQuestion, testPack, tri } from '../../core/pack-builder.js';

const AT = '2026-11-26T02:00:00.000Z';

// Two sections; b2 is asked only when b1 is "yes"; c1's section has one more question.
const pack = testPack({
  sections: [section('s1'), section('s2'), section('s3')],
  questions: [
    { ...stageQuestion(), section: 's1' },
    tri('a1', { section: 's1' }),
    tri('b1', { section: 's2' }),
    tri('b2', { section: 's2', askWhen: { q: 'b1', equals: 'yes' } }),
    choice('c1', ['x', 'y'], { section: 's3' }),
    tri('c2', { section: 's3' })
  ],
  rules: [rule('b2.yes', { q: 'b2', equals: 'yes' }, { risk: 'high' })]
});

const ev = (state: AssessmentState) =>
  evaluate(pack, Object.fromEntries(Object.entries(state.answers).map(([id, a]) => [id, a.value])));

/** The officer's answers, given in turn. */
function answered(values: Record<string, string>, state = newAssessment(AT)): AssessmentState {
  return Object.entries(values).reduce((s, [id, value]) => answer(s, id, value, AT), state);
}

const at = (state: AssessmentState, step: Screen) => goTo(state, step);
const q = (id: string): Screen => ({ kind: 'question', id });
const kinds = (list: Screen[]) => list.map(s => ('id' in s ? `${s.kind}:${s.id}` : s.kind));

describe('assessment moves', () => {
  describe('screens', () => {
    it('asks one question per screen in pack order, the stage at the start, then check, result, decision, done', () => {
      const state = newAssessment(AT);
      expect(kinds(screens(pack, state, ev(state)))).to.deep.equal([
        'start',
        'question:a1',
        'question:b1',
        'question:c1',
        'question:c2',
        'check',
        'result',
        'decision',
        'done'
      ]);
    });

    it('adds a follow-up once an answer asks it, and drops it again', () => {
      const yes = answered({ b1: 'yes' });
      expect(kinds(screens(pack, yes, ev(yes))).slice(2, 4)).to.deep.equal(['question:b1', 'question:b2']);
      const no = answer(yes, 'b1', 'no', AT);
      expect(kinds(screens(pack, no, ev(no)))).not.to.include('question:b2');
    });

    it('puts a section’s prefilled answers on one screen before its other questions', () => {
      const state = withPrefill(newAssessment(AT), { c2: 'no' }, AT);
      expect(kinds(screens(pack, state, ev(state))).slice(3, 6)).to.deep.equal(['host:s3', 'question:c1', 'check']);
    });

    it('in section view, one screen per section with a question asked (the stage is the start’s)', () => {
      const state = { ...newAssessment(AT, 'section') };
      expect(kinds(screens(pack, state, ev(state)))).to.deep.equal([
        'start',
        'section:s1',
        'section:s2',
        'section:s3',
        'check',
        'result',
        'decision',
        'done'
      ]);
      expect(questionsOn(pack, state, ev(state), { kind: 'section', id: 's1' })).to.deep.equal(['a1']);
    });
  });

  describe('goNext', () => {
    it('goes to the next screen, a follow-up included, and stays on done', () => {
      let state = answered({ 'decision.stage': 'pre-charge' });
      state = goNext(pack, state, ev(state));
      expect(state.step).to.deep.equal(q('a1'));
      state = answered({ a1: 'no', b1: 'yes' }, at(state, q('b1')));
      expect(goNext(pack, state, ev(state)).step).to.deep.equal(q('b2'));
      const done = at(state, { kind: 'done' });
      expect(goNext(pack, done, ev(done)).step).to.deep.equal({ kind: 'done' });
    });

    it('from check answers, sends the officer to the first screen still needing an answer, else on', () => {
      const partial = at(answered({ a1: 'no', b1: 'no' }), { kind: 'check' });
      const next = goNext(pack, partial, ev(partial));
      expect(next.step).to.deep.equal(q('c1'));
      expect(next.returnToCheck, 'Continue then comes back to check answers').to.equal(true);
      const full = at(answered({ a1: 'no', b1: 'no', c1: 'x', c2: 'no' }), { kind: 'check' });
      expect(goNext(pack, full, ev(full)).step).to.deep.equal({ kind: 'result' });
    });

    it('after a change from check answers, asks a newly asked follow-up, then returns to check answers', () => {
      const all = answered({ a1: 'no', b1: 'no', c1: 'x', c2: 'no' });
      let state = answer(goTo(all, q('b1'), true), 'b1', 'yes', AT);
      state = goNext(pack, state, ev(state));
      expect(state.step).to.deep.equal(q('b2'));
      state = answer(state, 'b2', 'no', AT);
      expect(goNext(pack, state, ev(state)).step).to.deep.equal({ kind: 'check' });
      const unchanged = goTo(all, q('a1'), true);
      expect(goNext(pack, unchanged, ev(unchanged)).step).to.deep.equal({ kind: 'check' });
    });

    it('from a screen no longer asked, goes on from where it stood in pack order', () => {
      const state = answer(at(answered({ b1: 'yes', b2: 'yes' }), q('b2')), 'b1', 'no', AT);
      expect(goNext(pack, state, ev(state)).step).to.deep.equal(q('c1'));
      expect(goBack(pack, state, ev(state)).step).to.deep.equal(q('b1'));
    });
  });

  describe('goBack', () => {
    it('goes to the screen before, none before the start and none after completion', () => {
      const state = at(answered({ a1: 'no' }), q('b1'));
      expect(goBack(pack, state, ev(state)).step).to.deep.equal(q('a1'));
      const start = newAssessment(AT);
      expect(goBack(pack, start, ev(start))).to.equal(start);
      const done = at(state, { kind: 'done' });
      expect(goBack(pack, done, ev(done))).to.equal(done);
    });

    it('after a change link, goes back to check answers', () => {
      const state = goTo(answered({ a1: 'no' }), q('c1'), true);
      expect(goBack(pack, state, ev(state)).step).to.deep.equal({ kind: 'check' });
    });
  });

  describe('switchView', () => {
    it('keeps the officer in the same section, on its first question that needs an answer', () => {
      const one = at(answered({ b1: 'yes' }), q('b1'));
      const section = switchView(pack, one, ev(one), 'section');
      expect([section.view, section.step]).to.deep.equal(['section', { kind: 'section', id: 's2' }]);
      const back = switchView(pack, section, ev(section), 'one');
      expect([back.view, back.step]).to.deep.equal(['one', q('b2')]);
    });

    it('changes only the view away from a question screen, and nothing when the view is the same', () => {
      const check = at(newAssessment(AT), { kind: 'check' });
      expect(switchView(pack, check, ev(check), 'section')).to.deep.include({
        view: 'section',
        step: { kind: 'check' }
      });
      expect(switchView(pack, check, ev(check), 'one')).to.equal(check);
    });
  });

  describe('the screens’ questions and answers', () => {
    it('lists what a screen asks and what is still unanswered there', () => {
      const state = withPrefill(answered({ b1: 'yes' }, newAssessment(AT, 'section')), { b2: 'no' }, AT);
      const s2: Screen = { kind: 'section', id: 's2' };
      expect(questionsOn(pack, state, ev(state), s2)).to.deep.equal(['b1', 'b2']);
      expect(unanswered(pack, state, ev(state), s2)).to.deep.equal([]);
      expect(unanswered(pack, state, ev(state), { kind: 'section', id: 's3' })).to.deep.equal(['c1', 'c2']);
      expect(questionsOn(pack, state, ev(state), q('b9'))).to.deep.equal([]);
    });

    it('finds the screen that asks a question, for check answers’ change links', () => {
      const state = withPrefill(newAssessment(AT), { c2: 'no' }, AT);
      expect(screenOf(pack, state, 'b1')).to.deep.equal(q('b1'));
      expect(screenOf(pack, state, 'c2')).to.deep.equal({ kind: 'host', id: 's3' });
      expect(screenOf(pack, state, 'decision.stage')).to.deep.equal({ kind: 'start' });
      expect(screenOf(pack, { ...state, view: 'section' }, 'b1')).to.deep.equal({ kind: 'section', id: 's2' });
    });

    it('never lets a host answer replace the officer’s, and confirms host answers only where shown', () => {
      const state = withPrefill(answered({ a1: 'yes' }), { a1: 'no', c2: 'no' }, AT);
      expect(state.answers['a1']).to.include({ value: 'yes', source: 'officer' });
      expect(begun(withPrefill(newAssessment(AT), { c2: 'no' }, AT)), 'host answers are no beginning').to.equal(false);
      expect(begun(state)).to.equal(true);
      expect(confirmHostAnswers(state, ['a1'])).to.equal(state);
      expect(confirmHostAnswers(state, ['c2']).answers['c2']).to.include({ source: 'host', confirmed: true });
      expect(answer(state, 'a1', 'yes', AT), 'the same answer again changes nothing').to.equal(state);
    });
  });

  describe('drafts read back', () => {
    it('takes a saved walk-through, and refuses one whose answers or times are not what it wrote', () => {
      const state = answered({ a1: 'yes' });
      expect(isAssessmentState(JSON.parse(JSON.stringify(state)))).to.equal(true);
      const broken = (change: (s: Record<string, unknown>) => void) => {
        const copy = JSON.parse(JSON.stringify(state)) as Record<string, unknown>;
        change(copy);
        return isAssessmentState(copy);
      };
      expect(broken(s => (s['startedAt'] = 'yesterday'))).to.equal(false);
      expect(broken(s => ((s['answers'] as Record<string, unknown>)['a1'] = 'yes'))).to.equal(false);
      expect(broken(s => ((s['answers'] as Record<string, { source: string }>)['a1']!.source = 'ai'))).to.equal(false);
      expect(broken(s => ((s['answers'] as Record<string, { at: string }>)['a1']!.at = 'soon'))).to.equal(false);
      expect(broken(s => (s['completedAt'] = 42))).to.equal(false);
      expect(broken(s => (s['version'] = 2))).to.equal(false);
      // A draft is deleted on completion: one that claims a decision recorded or a completion is not one.
      expect(broken(s => (s['completedAt'] = AT))).to.equal(false);
      expect(broken(s => ((s['decision'] as Record<string, unknown>)['at'] = AT))).to.equal(false);
    });

    it('resumes where the officer was among the questions, and on check answers for any screen after them', () => {
      const state = answered({ a1: 'yes' });
      const on = (step: Screen) => resumed({ ...state, step }).step;
      expect(on({ kind: 'question', id: 'b1' })).to.deep.equal({ kind: 'question', id: 'b1' });
      expect(on({ kind: 'start' })).to.deep.equal({ kind: 'start' });
      for (const kind of ['check', 'result', 'decision', 'done', 'no-such-screen'] as const)
        expect(on({ kind } as Screen), kind).to.deep.equal({ kind: 'check' });
      const host = withPrefill(state, { c2: 'no' }, AT);
      expect(resumed({ ...host, step: { kind: 'decision' } }).answers, 'who gave each answer is kept').to.deep.equal(
        host.answers
      );
    });
  });

  describe('evaluationCache', () => {
    it('evaluates once per change of answer values, for a move or a confirmation too', () => {
      const evaluationOf = evaluationCache();
      const state = withPrefill(answered({ a1: 'yes' }), { c2: 'no' }, AT);
      const first = evaluationOf(pack, state, undefined, 'en');
      expect(evaluationOf(pack, goNext(pack, state, first), undefined, 'en')).to.equal(first);
      expect(evaluationOf(pack, confirmHostAnswers(state, ['c2']), undefined, 'en')).to.equal(first);
      const changed = evaluationOf(pack, answer(state, 'b1', 'yes', AT), undefined, 'en');
      expect(changed).not.to.equal(first);
      expect(changed.asked).to.include('b2');
      expect(evaluationOf(pack, answer(state, 'b1', 'yes', AT), undefined, 'cy')).not.to.equal(changed);
      expect(evaluationOf(pack, answer(state, 'b1', 'yes', AT), 'post-charge', 'cy').stage).to.equal('post-charge');
    });
  });
});
