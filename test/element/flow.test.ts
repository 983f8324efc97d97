import { expect } from '@open-wc/testing';
import type { BailSafeguardingCheck } from '../../components/element.js';
import {
  answerInTurn,
  choose,
  cleanup,
  clickLink,
  focused,
  heading,
  mount,
  nextEvent,
  proceed,
  shadow,
  text,
  type
} from '../helpers.js';
import { wipeStorage } from '../element-storage/support.js';
import { TEST_QUESTIONS as Q, testPack } from './test-pack.js';

// A case id of its own for each test: a draft an earlier test's element was still saving when it was
// removed can never be offered to the next one, however slow the machine.
async function started(setup: (el: BailSafeguardingCheck) => void = () => {}) {
  const el = await mount(el => {
    el.rulePack = testPack();
    el.setAttribute('case-id', `CR-42-${crypto.randomUUID().slice(0, 8)}`);
    el.setAttribute('officer-id', 'PS 7');
    setup(el);
  });
  await nextEvent(el, 'bail-check-ready').catch(() => undefined);
  return el;
}

/** Start (pre-charge) → on bail: yes → same victim: no → strangulation: yes → level: high → views. */
async function answerAll(el: BailSafeguardingCheck) {
  await answerInTurn(el, [
    [Q.stage, 'pre-charge'],
    [Q.onBail, 'yes'],
    [Q.sameVictim, 'no'],
    [Q.strangulation, 'yes'],
    [Q.level, 'not-done'],
    [Q.views, 'Wants conditions']
  ]);
}

describe('<bail-safeguarding-check>: the walk-through, step by step', () => {
  // Fixed case ids: no draft of an earlier test may be offered.
  beforeEach(wipeStorage);
  afterEach(cleanup);

  it('starts with the pack title, the case reference and the stage question, and is accessible', async () => {
    const el = await started();
    expect(heading(el)).to.equal('Test safeguarding pack');
    expect(text(el)).to.contain('Custody record').and.contain('CR-42');
    expect(shadow(el).querySelector('legend h3')?.textContent?.trim()).to.equal('What decision are you making?');
    expect(text(el)).to.match(/Y yes, N no, K not known/);
    // No move of focus on first render: the host page keeps its focus.
    expect(focused(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('refuses to continue without an answer: an error summary takes focus and links to the field', async () => {
    const el = await started();
    await proceed(el);
    const summary = shadow(el).querySelector<HTMLElement>('[part~="error-summary"]')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(summary.querySelector('h2')?.textContent).to.equal('There is a problem');
    expect(focused(el)).to.equal(summary);
    expect(shadow(el).querySelector('.error')?.textContent).to.contain('Error:').and.contain('Select an answer');
    await expect(el).to.be.accessible();
    summary.querySelector('a')!.click();
    expect(focused(el)?.getAttribute('name')).to.equal(Q.stage);
    expect(heading(el)).to.equal('Test safeguarding pack');
  });

  it('asks one question per screen with its progress and the provisional risk, and keeps answers going back', async () => {
    const el = await started();
    await choose(el, Q.stage, 'pre-charge');
    await proceed(el);
    expect(heading(el)).to.equal('Is the suspect on bail now?');
    expect(focused(el)).to.equal(shadow(el).querySelector('[data-heading]'));
    expect(text(el))
      .to.contain('Context')
      .and.contain('Question 1 of 4')
      .and.contain('Provisional risk level: Standard');
    // The hint is the question's help, tied to the fieldset.
    const fieldset = shadow(el).querySelector('fieldset.q')!;
    expect(fieldset.getAttribute('aria-describedby')).to.contain(`h-${Q.onBail}`);
    await expect(el).to.be.accessible();

    await choose(el, Q.onBail, 'yes');
    await proceed(el);
    expect(heading(el)).to.equal('Does that bail concern the same victim?');
    expect(text(el)).to.contain('Question 2 of 5');
    // The next question starts blank: no option carried over from the one before.
    expect(shadow(el).querySelector('input:checked')).to.equal(null);
    await clickLink(el, 'Back');
    expect(heading(el)).to.equal('Is the suspect on bail now?');
    expect(shadow(el).querySelector<HTMLInputElement>('input[value=yes]')!.checked).to.equal(true);
  });

  it('announces progress and changes of the provisional risk in a polite live region', async () => {
    const el = await started();
    const live = shadow(el).querySelector('[role=status]')!;
    await choose(el, Q.stage, 'pre-charge');
    await proceed(el);
    expect(live.textContent).to.equal('Question 1 of 4');
    await choose(el, Q.onBail, 'no');
    await proceed(el);
    await proceed(el); // strangulation not answered yet: refused
    await choose(el, Q.strangulation, 'yes');
    expect(live.textContent).to.contain('Provisional risk level: High');
  });

  it('checks answers with change links that return to check answers, asking a new follow-up first', async () => {
    const el = await started();
    await choose(el, Q.stage, 'pre-charge');
    await proceed(el);
    await choose(el, Q.onBail, 'no');
    await proceed(el);
    await choose(el, Q.strangulation, 'no');
    await proceed(el);
    await choose(el, Q.level, 'standard');
    await proceed(el);
    await type(el, Q.views, 'No concerns');
    await proceed(el);
    expect(heading(el)).to.equal('Check your answers');
    expect(text(el)).to.contain('History of abuse').and.contain('No concerns').and.contain('Release before charge');
    await expect(el).to.be.accessible();

    // "Change" carries hidden context naming the question.
    await clickLink(el, 'Change Is the suspect on bail now?');
    expect(heading(el)).to.equal('Is the suspect on bail now?');
    await choose(el, Q.onBail, 'yes');
    await proceed(el);
    expect(heading(el)).to.equal('Does that bail concern the same victim?');
    await choose(el, Q.sameVictim, 'no');
    await proceed(el);
    expect(heading(el)).to.equal('Check your answers');

    await clickLink(el, 'Change What level');
    await proceed(el);
    expect(heading(el)).to.equal('Check your answers');
  });

  it('shows the recommendation: risk, indicators, outcome, grounds with law, actions by when and agency, conditions, gaps, rationale', async () => {
    const el = await started();
    await answerAll(el);
    await proceed(el);
    expect(heading(el)).to.equal('Recommendation');
    const t = text(el);
    expect(shadow(el).querySelector('[part~="risk"]')?.textContent).to.match(/Risk level:\s*High/);
    expect(t).to.contain('Already on bail').and.contain('Strangulation');
    expect(shadow(el).querySelector('[part~="outcome"]')?.textContent?.trim()).to.equal(
      'Pre-charge bail with conditions'
    );
    expect(t).to.contain('Already on bail for an offence (PACE s.38(1)(a)(ii))');
    const groups = [...shadow(el).querySelectorAll('h4')].map(h => h.textContent?.trim());
    expect(groups).to.deep.equal(['Before the decision', 'Before release', 'Within 24 hours']);
    const agencies = [...shadow(el).querySelectorAll('.agencies dt')].map(d => d.textContent?.trim());
    expect(agencies).to.deep.equal(['police', 'police', 'marac']);
    expect(t).to.contain('Tell the victim before release').and.contain('Refer to MARAC');
    expect(t).to.contain('No contact with the victim').and.contain('Purpose: to prevent interference with a witness');
    expect(t).to.contain('Proportionality: Weigh the effect on shared children.');
    expect(t).to.contain('No risk assessment yet.').and.contain('To close it: Complete the risk assessment');
    const details = shadow(el).querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(details.textContent)
      .to.contain('Strangulation is a marker of homicide risk.')
      .and.contain('Review A, para 4');
    expect(details.textContent).to.contain('Has there been strangulation, ever?: Yes');
    // The outcome row read the risk level: in the interface's words, as the screen names it.
    expect(details.textContent).to.contain('Risk level: High');
    await expect(el).to.be.accessible();
    details.open = true;
    await expect(el).to.be.accessible();
  });

  it('explains in Welsh what the rules read, answers and risk level alike', async () => {
    const el = await started(el => el.setAttribute('lang', 'cy'));
    await answerAll(el);
    await proceed(el);
    const details = shadow(el).querySelector('details')!.textContent ?? '';
    // The test pack's Welsh opens with no verb the answer words follow: the neutral Ie.
    expect(details).to.contain('CY Has there been strangulation, ever?: Ie').and.contain('Lefel risg: Uchel');
    expect(details).not.to.match(/\brisk: |: Yes\b/);
  });

  it('records a differing decision only with a reason, then completes with the final record and shows the summary', async () => {
    const el = await started();
    await answerAll(el);
    await proceed(el);
    await proceed(el);
    expect(heading(el)).to.equal('Your decision');
    const labels = [...shadow(el).querySelectorAll('fieldset.q label')].map(l =>
      l.textContent?.replace(/\s+/g, ' ').trim()
    );
    expect(labels).to.deep.equal(['Pre-charge bail with conditions (recommended)', 'Release under investigation']);
    await expect(el).to.be.accessible();

    await proceed(el);
    expect(text(el)).to.contain('Select your decision');
    await choose(el, '_outcome', 'release-under-investigation');
    await proceed(el);
    const summary = shadow(el).querySelector<HTMLElement>('[part~="error-summary"]')!;
    expect(summary.textContent).to.contain('Enter the reason your decision differs from the recommendation');
    expect(focused(el)).to.equal(summary);
    await expect(el).to.be.accessible();
    summary.querySelector('a')!.click();
    expect(focused(el)?.getAttribute('name')).to.equal('_reason');

    const complete = nextEvent(el, 'bail-check-complete');
    await type(el, '_reason', 'Victim has moved to a refuge');
    await proceed(el);
    const record = (await complete).detail;
    expect(record.decision).to.include({
      outcome: 'release-under-investigation',
      agreesWithRecommendation: false,
      reason: 'Victim has moved to a refuge'
    });
    expect(record.caseId).to.match(/^CR-42-/);
    expect(record.caseId).to.equal(el.getAttribute('case-id'));
    expect(record.officerId).to.equal('PS 7');
    expect(record.completedAt).to.be.a('string');
    expect(record.answers.find(a => a.question === Q.views)).to.include({
      value: 'Wants conditions',
      source: 'officer'
    });
    await el.updateComplete;
    expect(heading(el)).to.equal('Decision recorded');
    expect(el.recommendation).to.deep.equal(record);
    expect(shadow(el).querySelector<HTMLTextAreaElement>('[part~="summary-text"]')!.value).to.equal(record.summaryText);
    expect(shadow(el).querySelector('[part~="back"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('copies the summary with the button, or selects it for Ctrl+C when the clipboard is refused', async () => {
    const el = await started();
    await answerAll(el);
    await proceed(el);
    await proceed(el);
    await choose(el, '_outcome', 'pre-charge-bail-with-conditions');
    const complete = nextEvent(el, 'bail-check-complete');
    await proceed(el);
    await complete;
    await el.updateComplete;
    const area = shadow(el).querySelector<HTMLTextAreaElement>('[part~="summary-text"]')!;
    const live = shadow(el).querySelector('[role=status]')!;
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (s: string) => void (copied = s) }
    });
    try {
      shadow(el).querySelector<HTMLButtonElement>('[part~="panel"] ~ button')!.click();
      await new Promise(r => setTimeout(r));
      await el.updateComplete;
      expect(copied).to.equal(area.value);
      expect(live.textContent).to.equal('Summary copied');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }
      });
      shadow(el).querySelector<HTMLButtonElement>('[part~="panel"] ~ button')!.click();
      await new Promise(r => setTimeout(r));
      await el.updateComplete;
      expect(focused(el)).to.equal(area);
      expect(area.selectionStart).to.equal(0);
      expect(area.selectionEnd).to.equal(area.value.length);
      expect(live.textContent).to.contain('press Ctrl+C');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('shows a whole section on one screen when the officer switches, and remembers the choice', async () => {
    const el = await started();
    await choose(el, Q.stage, 'post-charge');
    await proceed(el);
    await clickLink(el, 'Show the whole section');
    expect(heading(el)).to.equal('Context');
    expect([...shadow(el).querySelectorAll('legend h3')].map(h => h.textContent?.trim())).to.deep.equal([
      'Is the suspect on bail now?'
    ]);
    await choose(el, Q.onBail, 'yes');
    // The follow-up appears on the same screen as soon as it is asked.
    expect(shadow(el).querySelectorAll('legend h3').length).to.equal(2);
    await proceed(el);
    expect(shadow(el).querySelectorAll('[part~="error-summary"] li').length).to.equal(1);
    expect(shadow(el).querySelector('[part~="error-summary"] a')?.textContent).to.equal('Select yes, no or not known');
    await expect(el).to.be.accessible();
    await choose(el, Q.sameVictim, 'yes');
    await proceed(el);
    expect(heading(el)).to.equal('History of abuse');
    expect(text(el)).to.contain('Questions 3 to 5 of 5');
    await proceed(el);
    expect(shadow(el).querySelectorAll('[part~="error-summary"] li').length).to.equal(3);
    expect(shadow(el).querySelector('[part~="error-summary"] a')?.textContent).to.equal(
      'Has there been strangulation, ever?: Select yes, no or not known'
    );
    await expect(el).to.be.accessible();
    await clickLink(el, 'Back');
    expect(heading(el)).to.equal('Context');
    await clickLink(el, 'One question at a time');
    expect(heading(el)).to.equal('Is the suspect on bail now?');
    await clickLink(el, 'Show the whole section');
    expect(heading(el)).to.equal('Context');
  });
});
