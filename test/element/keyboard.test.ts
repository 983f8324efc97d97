import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { BailSafeguardingCheck } from '../../components/element.js';
import { cleanup, clickLink, focused, heading, mount, nextEvent, proceed, shadow, text } from '../helpers.js';
import { wipeStorage } from '../element-storage/support.js';
import { mountReview, REVIEW, REVIEW_PREFILL } from './review-case.js';
import { TEST_QUESTIONS as Q, testPack } from './test-pack.js';

async function key(el: BailSafeguardingCheck, press: string) {
  if (press.startsWith('Alt+')) {
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: press.slice(4) });
    await sendKeys({ up: 'Alt' });
  } else await sendKeys({ press });
  await el.updateComplete;
}

const checked = (el: Element, name: string) =>
  shadow(el).querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;

describe('<bail-safeguarding-check>: keyboard first', () => {
  // A case id of its own per test, and no storage left: no draft of an earlier test may be offered.
  beforeEach(wipeStorage);
  afterEach(cleanup);

  it('completes a whole assessment with the keyboard alone (Tab, Space, Enter, Y, N, K, digits, Alt+Backspace, C)', async () => {
    const el = await mount(el => {
      el.rulePack = testPack();
      el.setAttribute('case-id', `CR-KEYS-${crypto.randomUUID().slice(0, 8)}`);
    });
    await key(el, 'Tab');
    expect(focused(el)?.getAttribute('name')).to.equal(Q.stage);
    // Space selects the focused option, Enter continues from it.
    await key(el, ' ');
    expect(checked(el, Q.stage)).to.equal('pre-charge');
    await key(el, 'Enter');
    expect(heading(el)).to.equal('Is the suspect on bail now?');
    expect(focused(el)).to.equal(shadow(el).querySelector('[data-heading]'));

    // Enter without an answer: the error summary takes focus; the link takes focus to the field.
    await key(el, 'Enter');
    const summary = shadow(el).querySelector('[part~="error-summary"]');
    expect(focused(el)).to.equal(summary);
    await key(el, 'Tab');
    await key(el, 'Enter');
    expect(focused(el)?.getAttribute('name')).to.equal(Q.onBail);

    // Y answers yes and continues (one-question view); the follow-up is asked next.
    await key(el, 'y');
    expect(heading(el)).to.equal('Does that bail concern the same victim?');
    // Alt+Backspace goes back, with the answer kept.
    await key(el, 'Alt+Backspace');
    expect(heading(el)).to.equal('Is the suspect on bail now?');
    expect(checked(el, Q.onBail)).to.equal('yes');
    await key(el, 'Enter');
    await key(el, 'n');
    expect(heading(el)).to.equal('Has there been strangulation, ever?');
    await key(el, 'k');
    expect(heading(el)).to.equal('What level did the risk assessment give?');
    // Digits pick a choice's option (3: Not done) and continue.
    await key(el, '3');
    expect(heading(el)).to.equal('What did the victim say?');
    // A text question's box takes focus, and letters are typed into it, never taken as shortcuts.
    expect(focused(el)?.getAttribute('name')).to.equal(Q.views);
    await sendKeys({ type: 'Yes, keep him away' });
    expect(heading(el)).to.equal('What did the victim say?');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    expect(heading(el)).to.equal('Check your answers');
    expect(text(el)).to.contain('Yes, keep him away');

    await key(el, 'Enter');
    expect(heading(el)).to.equal('Recommendation');
    await key(el, 'Enter');
    expect(heading(el)).to.equal('Your decision');
    const complete = nextEvent(el, 'bail-check-complete');
    await key(el, '1');
    // Bail with conditions, none recommended here: focus has moved to the conditions; Space ticks the first.
    expect(focused(el)?.getAttribute('name')).to.equal('_conditions');
    await key(el, ' ');
    await key(el, 'Enter');
    const record = (await complete).detail;
    await el.updateComplete;
    expect(heading(el)).to.equal('Decision recorded');
    expect(record.decision?.agreesWithRecommendation).to.equal(true);
    expect(record.decision?.conditions).to.deep.equal(['no-contact-victim']);
    expect(record.answers.map(a => [a.question, a.value])).to.deep.equal([
      [Q.stage, 'pre-charge'],
      [Q.onBail, 'yes'],
      [Q.sameVictim, 'no'],
      [Q.strangulation, 'unknown'],
      [Q.level, 'not-done'],
      [Q.views, 'Yes, keep him away']
    ]);

    // C copies the summary (or, where the clipboard is refused, selects it for Ctrl+C).
    await key(el, 'c');
    // The clipboard answers when it answers: wait for the announcement, not for a time.
    await waitUntil(
      () => /Summary copied|press Ctrl\+C/.test(shadow(el).querySelector('[role=status]')?.textContent ?? ''),
      'nothing announced after C',
      { timeout: 30_000 }
    );
  });

  it('in section view, Y / N / K answer the focused question and move to the next', async () => {
    const el = await mount(el => (el.rulePack = testPack()));
    await key(el, 'Tab');
    await key(el, '2');
    await key(el, 'Enter');
    shadow(el).querySelector<HTMLButtonElement>('button.link:not(.back)')!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Context');
    await key(el, 'y');
    expect(checked(el, Q.onBail)).to.equal('yes');
    await el.updateComplete;
    expect(focused(el)?.getAttribute('name')).to.equal(Q.sameVictim);
    await key(el, 'n');
    expect(checked(el, Q.sameVictim)).to.equal('no');
    await key(el, 'Enter');
    expect(heading(el)).to.equal('History of abuse');
  });

  it('in section view, Y / N / K in sequence answer the officer’s questions and pass by the host’s answers', async () => {
    // The review's case with the host's prefill only: its history section mixes host answers and the officer's.
    const el = await mountReview({}, el => (el.prefill = REVIEW_PREFILL));
    await proceed(el);
    await clickLink(el, 'Show the whole section');
    await proceed(el); // this arrest: all from the host, confirmed
    expect(heading(el)).to.equal("The suspect's status and history");
    const before = el.recommendation!.answers.filter(a => a.source === 'host');
    // The prefill, and the stage from the host's attribute.
    expect(before.length).to.equal(Object.keys(REVIEW.prefill).length + 1);
    for (const press of ['y', 'n', 'y', 'y', 'k', 'y', 'k']) await key(el, press);
    // The record is made asynchronously after each answer: on a loaded machine it may lag the screen.
    await waitUntil(
      () => el.recommendation!.answers.filter(a => a.source === 'officer').length === 7,
      'no record of the seven answers',
      { timeout: 10_000 }
    );
    const answers = el.recommendation!.answers;
    // Every host answer as the host gave it, still the host's.
    expect(answers.filter(a => a.source === 'host')).to.deep.equal(before);
    expect(answers.filter(a => a.source === 'officer').map(a => [a.question, a.value])).to.deep.equal([
      ['suspect.previous-breach', 'yes'],
      ['suspect.subject-to-order', 'no'],
      ['suspect.sentence-for-this-victim', 'yes'],
      ['suspect.programme-non-compliance', 'yes'],
      ['suspect.past-coercive-control', 'unknown'],
      ['suspect.substance-misuse', 'yes'],
      ['suspect.new-partner-at-risk', 'unknown']
    ]);
    // With every question of the officer's answered, a further key changes nothing.
    await key(el, 'n');
    expect(el.recommendation!.answers).to.deep.equal(answers);
    await key(el, 'Enter');
    expect(heading(el)).to.equal('The abuse');
  });

  it('never takes keys from the host page outside the element', async () => {
    const input = document.createElement('input');
    document.body.append(input);
    const el = await mount(el => (el.rulePack = testPack()));
    let changes = 0;
    el.addEventListener('bail-check-change', () => changes++);
    input.focus();
    await sendKeys({ type: 'yn1k' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(input.value).to.equal('yn1k');
    expect(changes).to.equal(0);
    expect(heading(el)).to.equal('Test safeguarding pack');
    expect(shadow(el).querySelector('[part~="error-summary"]')).to.equal(null);
    input.remove();
  });

  it('shows a visible focus indicator on controls', async () => {
    const el = await mount(el => (el.rulePack = testPack()));
    await key(el, 'Tab');
    const style = getComputedStyle(focused(el)!);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(3);
  });
});
