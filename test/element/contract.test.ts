import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { BailSafeguardingCheck } from '../../components/element.js';
import type { AssessmentState } from '../../src/assessment.js';
import type { RulePack } from '../../src/pack/schema.js';
import {
  choose,
  cleanup,
  completeAssessment,
  focused,
  heading,
  mount,
  nextEvent,
  proceed,
  shadow,
  text
} from '../helpers.js';
import { TEST_QUESTIONS as Q, testPack } from './test-pack.js';

describe('<bail-safeguarding-check>: the public contract', () => {
  afterEach(cleanup);

  it('fires bail-check-change after each answer with progress and the provisional record', async () => {
    const el = await mount(el => (el.rulePack = testPack()));
    await choose(el, Q.stage, 'pre-charge');
    const change = nextEvent(document, 'bail-check-change');
    await proceed(el);
    await choose(el, Q.onBail, 'yes');
    const e = await change;
    expect(e.bubbles && e.composed).to.equal(true);
    // The first answer was the stage; the host hears it too.
    expect(e.detail.progress).to.deep.equal({ answered: 1, total: 5 });
    const next = await nextEvent(el, 'bail-check-change');
    expect(next.detail.progress).to.deep.equal({ answered: 2, total: 6 });
    expect(next.detail.recommendation.riskLevel).to.equal('medium');
    expect(next.detail.recommendation.decision).to.equal(undefined);
    expect(next.detail.recommendation.completedAt).to.equal(undefined);
    await waitUntil(() => el.recommendation?.riskLevel === 'medium');
  });

  it('takes the stage from the stage attribute without asking, and marks it as the host’s', async () => {
    const el = await mount(el => {
      el.rulePack = testPack();
      el.setAttribute('stage', 'post-charge');
    });
    expect(shadow(el).querySelector(`input[name="${Q.stage}"]`)).to.equal(null);
    expect(text(el)).to.contain('Bail after charge');
    const { detail: record } = await completeAssessment(el);
    expect(record.stage).to.equal('post-charge');
    expect(record.answers.find(a => a.question === Q.stage)?.source).to.equal('host');
  });

  it('falls back to defaults for unknown stage and lang values, with one attribute-invalid error each', async () => {
    const errors: string[] = [];
    const el = await mount(el => {
      el.rulePack = testPack();
      el.addEventListener('bail-check-error', e => errors.push(e.detail.code));
      el.setAttribute('stage', 'sometime');
      el.setAttribute('lang', 'fr');
    });
    expect(errors).to.deep.equal(['attribute-invalid', 'attribute-invalid']);
    expect(shadow(el).querySelector(`input[name="${Q.stage}"]`)).not.to.equal(null);
    expect(shadow(el).querySelector('form button.primary')?.textContent?.trim()).to.equal('Start');
    await completeAssessment(el);
    expect(errors.length).to.equal(2);
  });

  it('switches the interface and the pack to Welsh with lang="cy", falling back to English per string', async () => {
    const el = await mount(el => {
      el.rulePack = testPack();
      el.setAttribute('lang', 'cy-GB');
    });
    expect(heading(el)).to.equal('Pecyn diogelu prawf');
    expect(shadow(el).querySelector('form button.primary')?.textContent?.trim()).to.equal('Dechrau');
    await choose(el, Q.stage, 'pre-charge');
    await proceed(el);
    expect(heading(el)).to.equal('CY Is the suspect on bail now?');
    expect(text(el)).to.contain('Adran 1 o 2');
    // The test pack's Welsh opens with no verb the interface knows: the neutral pair, Ie / Na.
    expect(text(el)).to.contain('Ie').and.contain('Ddim yn hysbys').and.not.contain('Ydy');
    await expect(el).to.be.accessible();
    await choose(el, Q.onBail, 'no');
    await proceed(el);
    // No Welsh section title in the pack: English shows.
    expect(text(el)).to.contain('History of abuse');
    const { detail: record } = await completeAssessment(el);
    expect(record.lang).to.equal('cy');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(heading(el)).to.equal('Decision recorded');
    // The record the host was given is final: a later language switch does not rewrite it.
    expect(el.recommendation).to.deep.equal(record);
  });

  it('gives the provisional recommendation in the new language as soon as lang changes', async () => {
    const el = await mount(el => (el.rulePack = testPack()));
    await choose(el, Q.stage, 'pre-charge');
    await proceed(el);
    await waitUntil(() => el.recommendation?.lang === 'en', 'no provisional record');
    el.setAttribute('lang', 'cy');
    await waitUntil(() => el.recommendation?.lang === 'cy', 'the provisional record stayed in English');
    expect(el.recommendation!.summaryText).to.contain('Gwiriad diogelu mechnïaeth');
  });

  it('shows pack text as text, never as HTML', async () => {
    const pack = testPack() as RulePack;
    pack.title = { en: '<img src=x onerror="window.__bscPwned=1">Title' };
    pack.questions[1]!.help = { en: '<b>bold</b>' };
    const el = await mount(el => (el.rulePack = pack));
    expect(heading(el)).to.equal('<img src=x onerror="window.__bscPwned=1">Title');
    await choose(el, Q.stage, 'pre-charge');
    await proceed(el);
    expect(shadow(el).querySelector('img, b')).to.equal(null);
    expect(text(el)).to.contain('<b>bold</b>');
    expect((window as { __bscPwned?: number }).__bscPwned).to.equal(undefined);
  });

  it('keeps two elements on one page independent', async () => {
    const a = await mount(el => (el.rulePack = testPack()));
    const b = await mount(el => (el.rulePack = testPack()));
    let bChanges = 0;
    b.addEventListener('bail-check-change', () => bChanges++);
    await choose(a, Q.stage, 'post-charge');
    await proceed(a);
    await choose(a, Q.onBail, 'yes');
    expect(heading(a)).to.equal('Is the suspect on bail now?');
    expect(heading(b)).to.equal('Test safeguarding pack');
    expect(shadow(b).querySelector('input:checked')).to.equal(null);
    // Same ids and radio names in each shadow root, yet separate groups.
    await choose(b, Q.stage, 'pre-charge');
    expect(shadow(a).querySelector<HTMLInputElement>(`input[value=post-charge]`)).to.equal(null);
    await waitUntil(() => a.recommendation?.riskLevel === 'medium');
    // Records are made asynchronously: wait for b's of its one answer.
    await waitUntil(() => b.recommendation?.answers.length === 1, 'no record of b’s answer');
    expect(b.recommendation?.riskLevel).to.equal('standard');
    expect(bChanges).to.equal(1);
  });

  it('reset() goes back to the start with answers cleared and focus on the start heading', async () => {
    const el = await mount(el => (el.rulePack = testPack()));
    await choose(el, Q.stage, 'pre-charge');
    await proceed(el);
    await choose(el, Q.onBail, 'yes');
    el.reset();
    await el.updateComplete;
    expect(heading(el)).to.equal('Test safeguarding pack');
    expect(focused(el)).to.equal(shadow(el).querySelector('[data-heading]'));
    expect(shadow(el).querySelector('input:checked')).to.equal(null);
    await waitUntil(() => el.recommendation && el.recommendation.answers.length === 0);
    await proceed(el);
    expect(shadow(el).querySelector('[part~="error-summary"]')).not.to.equal(null);
  });

  it('can be reset before it is in the page, and starts afresh once added', async () => {
    const el = document.createElement('bail-safeguarding-check');
    el.rulePack = testPack();
    el.reset();
    document.body.append(el);
    await el.updateComplete;
    expect(heading(el)).to.equal('Test safeguarding pack');
    await waitUntil(() => el.recommendation, 'no provisional record');
  });

  it('offers a seam for drafts: every change hands over a plain state that restores the walk-through', async () => {
    const states: AssessmentState[] = [];
    class Drafting extends BailSafeguardingCheck {
      protected override onStateChange(state: AssessmentState) {
        states.push(JSON.parse(JSON.stringify(state)));
      }
      restore(state: unknown) {
        return this.resumeAssessment(state);
      }
    }
    customElements.define('x-bsc-drafting', Drafting);
    const el = document.createElement('x-bsc-drafting') as Drafting;
    el.rulePack = testPack();
    document.body.append(el);
    await el.updateComplete;
    await choose(el, Q.stage, 'pre-charge');
    await proceed(el);
    await choose(el, Q.onBail, 'yes');
    const saved = states.at(-1)!;
    expect(saved.step).to.deep.equal({ kind: 'question', id: Q.onBail });
    expect(saved.answers[Q.onBail]).to.include({ value: 'yes', source: 'officer' });

    const again = document.createElement('x-bsc-drafting') as Drafting;
    again.rulePack = testPack();
    document.body.append(again);
    await again.updateComplete;
    expect(again.restore({ nonsense: true })).to.equal(false);
    expect(again.restore(saved)).to.equal(true);
    await again.updateComplete;
    expect(heading(again)).to.equal('Is the suspect on bail now?');
    expect(shadow(again).querySelector<HTMLInputElement>('input[value=yes]')!.checked).to.equal(true);
    el.remove();
    again.remove();
  });
});
