import { expect } from '@open-wc/testing';
import { defaultPack, evaluate } from '../../src/core.js';
import { stringsFor } from '../../src/strings.js';
import { caseById, finalAnswers, REVIEW_CASE_ID } from '../../demo/cases/index.js';
import { outcomeText } from '../../demo/explain/pack-text.js';
import { heading, shadow } from '../helpers.js';
import {
  $,
  answerUntilHeld,
  button,
  held,
  mountPage,
  startCase,
  unmountPage,
  until,
  wipeDrafts
} from './demo-fixture.js';

const review = caseById(REVIEW_CASE_ID)!;
const key = evaluate(defaultPack, finalAnswers(review), review.stage);
const recommended = outcomeText(defaultPack, key.outcome.recommended, 'en');

/** The class gets three answers wrong: stalking and child contact "no", coercive control before "no". */
const CLASS_ANSWERS = {
  ...finalAnswers(review),
  'abuse.stalking': 'no',
  'children.contact-dispute': 'no',
  'suspect.past-coercive-control': 'no'
};

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Text the element draws (its shadow root), only what is laid out and not visually hidden. */
function shownInElement(el: Element): string {
  const out: string[] = [];
  const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent?.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
    // The element's polite live region is visually hidden (1 px): it is spoken, not shown (see the README).
    const box = parent.getBoundingClientRect();
    if (box.width <= 1 && box.height <= 1) continue;
    out.push(n.textContent ?? '');
  }
  return squash(out.join(' '));
}

/** Everything the page holds (hidden parts and the print handout included), but the class's outcome choices. */
function pageText(root: HTMLElement): string {
  const copy = root.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.class-decision .option').forEach(o => o.remove());
  copy.querySelector('bail-safeguarding-check')?.remove();
  return squash(copy.textContent ?? '');
}

/** Nothing of the outcome: no risk level, no recommended outcome, no indicator of the case. */
function expectNoOutcome(root: HTMLElement, el: Element, when: string) {
  const page = pageText(root);
  const check = shownInElement(el);
  for (const [where, text] of [
    ['the page', page],
    ['the check', check]
  ] as const) {
    expect(text, `${where}, ${when}`).to.not.match(/risk level|provisional|recommended|(standard|medium|high) risk/i);
    expect(text, `${where}, ${when}`).to.not.contain(recommended);
    for (const i of key.indicators) expect(text, `${where}, ${when}: "${i.text}"`).to.not.contain(i.text);
  }
  // The class's choices: every outcome of the stage, none marked.
  const options = [...root.querySelectorAll('.class-decision .option')].map(o => squash(o.textContent ?? ''));
  expect(options).to.include(recommended);
  expect(options.join(' ')).to.not.match(/recommend/i);
}

function chooseDecision(root: HTMLElement, risk: string, outcome: string, reason: string) {
  $<HTMLInputElement>(root, `input[name="class-risk"][value="${risk}"]`).click();
  $<HTMLInputElement>(root, `input[name="class-outcome"][value="${outcome}"]`).click();
  $<HTMLTextAreaElement>(root, '#class-reason').value = reason;
  button(root, "Record the class's decision").click();
}

describe('demo page: classroom mode', function () {
  // A whole assessment: some forty answers, each re-evaluated, recorded and checked for what shows, and an axe run
  // over the whole page, on a machine that may be busy with other browsers.
  this.timeout(180_000);
  beforeEach(wipeDrafts);
  afterEach(unmountPage);

  it('shows nothing of the outcome until the class records its decision: not on load, not while answering, not once every question is answered', async () => {
    const { root, app } = await mountPage(REVIEW_CASE_ID, { classroom: true });
    const el = app.element;
    await until(() => !!el.recommendation, 'the provisional record from the prefill');
    expect($<HTMLInputElement>(root, '#classroom-toggle').checked).to.equal(true);
    expectNoOutcome(root, el, 'on load');
    // Trainer's notes and the answer key wait too.
    expect(root.querySelector('.case-notes')?.outerHTML).to.equal(undefined);
    expect($(root, '.notes-held').textContent).to.contain('once the class has recorded its decision');

    let screens = 0;
    await answerUntilHeld(root, el, CLASS_ANSWERS, () => {
      if (screens++ % 4 === 0) expectNoOutcome(root, el, `on "${heading(el)}"`);
    });
    expect(screens).to.be.at.least(10);
    // Every question answered: the check's next screens are its recommendation, so the page holds it back.
    expect(held(root)).to.equal(true);
    expect($(root, '.held-note').textContent).to.contain('Every question is answered');
    await until(() => document.activeElement?.id === 'side-title', 'focus on the class decision');
    expectNoOutcome(root, el, 'when every question is answered');

    // Recording nothing says what is missing.
    button(root, "Record the class's decision").click();
    await until(() => !!root.querySelector('.class-decision .error-summary'), 'the error summary');
    // The page moves focus once the element has updated: wait for it, as a screen reader user would land there.
    await until(
      () => document.activeElement === root.querySelector('.class-decision .error-summary'),
      'focus on the error summary'
    );
    expect($(root, '.class-decision .error-summary').textContent)
      .to.contain('Choose the risk the class sees')
      .and.contain('Choose the outcome');
    expectNoOutcome(root, el, 'after an empty try');
    await expect(document.body).to.be.accessible();
  });

  it('then sets the class beside the answer key: the decision, and what each differing answer changed in the recommendation', async () => {
    const { root, app } = await mountPage(REVIEW_CASE_ID, { classroom: true });
    const el = app.element;
    await answerUntilHeld(root, el, CLASS_ANSWERS);
    chooseDecision(root, 'medium', 'bail-with-conditions', 'Conditions can protect her at home.');
    await until(() => !!root.querySelector('.comparison'), 'the comparison');
    await until(() => document.activeElement?.id === 'comparison-title', 'focus on the comparison');

    // The decision, side by side.
    const rows = [...root.querySelectorAll('.decision-compare tbody tr')].map(r =>
      [...r.children].map(c => squash(c.textContent ?? ''))
    );
    expect(rows[0]).to.deep.equal(['Risk level', 'Medium differs', 'High']);
    expect(rows[1]![1]).to.contain('Bail to court with conditions').and.contain('differs');
    expect(rows[1]![2]).to.equal(recommended);
    expect(rows[2]![1]).to.equal('Conditions can protect her at home.');

    // Each answer that differs, with the class's answer, the key's, and what it changes on its own.
    const answerRows = new Map(
      [...root.querySelectorAll('.answer-compare tbody tr')].map(r => {
        const cells = [...r.children].map(c => squash(c.textContent ?? ''));
        return [cells[0], cells.slice(1)] as const;
      })
    );
    expect(answerRows.size).to.equal(3);
    const stalking = answerRows.get('Does the suspect stalk or harass the victim?')!;
    expect(stalking.slice(0, 2)).to.deep.equal(['No', 'Yes']);
    expect(stalking[2]).to.contain('Lost Indicator: Stalking or harassment');
    const contact = answerRows.get('Is there conflict over child contact or residence?')!;
    expect(contact.slice(0, 2)).to.deep.equal(['No', 'Yes']);
    expect(contact[2]).to.contain('Lost');
    const control = answerRows.get('Is coercive or controlling behaviour towards a previous partner recorded?')!;
    expect(control.slice(0, 2)).to.deep.equal(['No', 'Not known']);
    expect($(root, '.comparison').textContent).to.contain('Not known is never no');
    // What the class's answers changed overall, from the core's evaluate of both answer sets.
    const given = evaluate(defaultPack, CLASS_ANSWERS, review.stage);
    const lostIndicators = key.indicators.filter(i => !given.indicators.some(g => g.code === i.code));
    expect(lostIndicators.length).to.be.at.least(1);
    const overall = squash($(root, '.comparison').textContent ?? '');
    for (const i of lostIndicators) expect(overall).to.contain(`Lost Indicator: ${i.text}`);

    // The outcome now shows: the check again (its risk part too), the teaching points, the timeline, the explain view.
    expect(held(root)).to.equal(false);
    expect(shownInElement(el)).to.match(/risk/i);
    expect($(root, '.trainer-notes').textContent).to.contain(review.teachingPoints[0]!.slice(0, 40));
    expect(root.querySelector('.timeline-view .timeline')).to.not.equal(null);
    expect($(root, '.explain').textContent).to.contain(recommended);
    expect(button(root, 'Reveal the outcome').disabled).to.equal(true);
    await expect(document.body).to.be.accessible();
  });

  it('lets the trainer reveal the outcome before the class decides, and turn classroom mode off', async () => {
    const { root, app } = await mountPage(REVIEW_CASE_ID, { classroom: true });
    await until(() => !!app.element.recommendation, 'the provisional record');
    button(root, 'Reveal the outcome').click();
    await until(() => !!root.querySelector('.comparison'), 'the comparison');
    expect(squash($(root, '.decision-compare').textContent ?? ''))
      .to.contain('Not recorded')
      .and.contain(recommended);
    expect(root.querySelector('.class-decision')).to.equal(null);
    expect($(root, '.side .headline').textContent).to.contain('Recommended');

    // Another case is held again; classroom mode off shows everything at once.
    await startCase(root, 'wood-breach');
    expect(root.querySelector('.comparison')).to.equal(null);
    expect(root.querySelector('.class-decision')).to.not.equal(null);
    $<HTMLInputElement>(root, '#classroom-toggle').click();
    await until(() => !!root.querySelector('.side .headline'), 'the headline');
    expect(root.querySelector('.class-decision')).to.equal(null);
    expect(root.querySelector('.explain')).to.not.equal(null);
  });

  it('hides the check’s provisional risk through its documented risk part only while the outcome is held', async () => {
    const { root, app } = await mountPage(REVIEW_CASE_ID, { classroom: true });
    const el = app.element;
    $<HTMLButtonElement>(shadow(el), 'form button.primary').click(); // Start
    await el.updateComplete;
    // The provisional risk shows once the officer has answered or confirmed a question: answer screens until it does.
    for (let i = 0; i < 5 && !shadow(el).querySelector('[part~="risk"]'); i++) {
      const radios = [...shadow(el).querySelectorAll<HTMLInputElement>('.q input[type=radio]')];
      if (radios.length && !radios.some(r => r.checked)) radios[0]!.click();
      await el.updateComplete;
      $<HTMLButtonElement>(shadow(el), 'form button.primary').click();
      await el.updateComplete;
    }
    await until(() => !!shadow(el).querySelector('[part~="risk"]'), 'a screen with the provisional risk');
    const risk = $(shadow(el), '[part~="risk"]');
    expect(getComputedStyle(risk).display).to.equal('none');
    button(root, 'Reveal the outcome').click();
    await until(() => getComputedStyle(risk).display !== 'none', 'the risk part shown');
  });
});

describe('demo page: each case keeps its progress', function () {
  this.timeout(90_000);
  beforeEach(wipeDrafts);
  afterEach(unmountPage);

  const answersOf = (el: HTMLElement & { recommendation?: { answers: { question: string; source: string }[] } }) =>
    (el.recommendation?.answers ?? []).filter(a => a.source === 'officer').map(a => a.question);

  /**
   * Answers `count` screens and resolves once the element's record holds every answer given: records are made
   * after each answer, asynchronously, so on a loaded machine the record can lag the screens.
   */
  async function answerSome(el: HTMLElement & { updateComplete: Promise<boolean> }, count: number) {
    // After a switch of case the check renders its start screen once its draft look-up is done: wait for it.
    await until(() => !!shadow(el).querySelector('form button.primary'), 'the check’s start screen');
    $<HTMLButtonElement>(shadow(el), 'form button.primary').click(); // Start (or Confirm)
    await el.updateComplete;
    const answered = new Set<string>();
    for (let i = 0; i < count; i++) {
      const radios = [...shadow(el).querySelectorAll<HTMLInputElement>('.q input[type=radio]')];
      const unknown = radios.find(r => r.value === 'unknown' && !radios.some(x => x.name === r.name && x.checked));
      const radio = unknown ?? radios.find(r => !r.checked);
      radio?.click();
      if (radio) answered.add(radio.name);
      await el.updateComplete;
      $<HTMLButtonElement>(shadow(el), 'form button.primary').click();
      await el.updateComplete;
    }
    await until(
      () => [...answered].every(id => answersOf(el).includes(id)),
      'a record with every answer given',
      15_000
    );
  }

  const resumeButton = (el: Element) =>
    [...shadow(el).querySelectorAll('button')].find(b => b.textContent?.trim() === stringsFor('en').resume);

  it('keeps the class’s answers when the trainer opens another case, and offers them back on return', async () => {
    const { root, app } = await mountPage(REVIEW_CASE_ID, { classroom: true });
    const el = app.element;
    await answerSome(el, 4);
    const reviewAnswers = answersOf(el);
    expect(reviewAnswers.length).to.be.at.least(3);

    await startCase(root, 'wood-breach');
    expect(el.getAttribute('case-id')).to.equal(caseById('wood-breach')!.custody.reference);
    // A case never begun offers no draft (none of the review case's answers under its id).
    await new Promise(r => setTimeout(r, 300));
    expect(resumeButton(el)).to.equal(undefined);
    expect(answersOf(el)).to.deep.equal([]);
    await answerSome(el, 2);
    const woodAnswers = answersOf(el);
    expect(woodAnswers.length).to.be.at.least(1);

    await startCase(root, REVIEW_CASE_ID);
    expect($(root, '.return-note').textContent).to.contain('offers to resume');
    await until(() => !!resumeButton(el), 'the check offering the review case’s draft');
    resumeButton(el)!.click();
    await until(() => answersOf(el).length === reviewAnswers.length, 'the review case’s answers back', 15_000).catch(
      (e: Error) => {
        // Say what the check shows instead, so a failure under load can be diagnosed from the log.
        const shown = { answers: answersOf(el), heading: heading(el), caseId: el.recommendation?.caseId };
        throw new Error(`${e.message}: wanted ${JSON.stringify(reviewAnswers)}, have ${JSON.stringify(shown)}`);
      }
    );
    expect(answersOf(el)).to.deep.equal(reviewAnswers);
    expect(el.recommendation?.caseId).to.equal(review.custody.reference);

    // …and the other case's answers stay its own.
    await startCase(root, 'wood-breach');
    await until(() => !!resumeButton(el), 'the other case’s draft');
    resumeButton(el)!.click();
    await until(() => answersOf(el).length === woodAnswers.length, 'the other case’s answers back', 15_000);
    expect(answersOf(el)).to.deep.equal(woodAnswers);
  });

  it('keeps each case’s decision and reveal: a decided case shows its comparison on return, the others stay held', async () => {
    const { root } = await mountPage(REVIEW_CASE_ID, { classroom: true });
    chooseDecision(root, 'high', 'refuse-bail', 'Bail has not protected her.');
    await until(() => !!root.querySelector('.comparison'), 'the comparison');
    await startCase(root, 'clough-trial');
    expect(root.querySelector('.comparison')).to.equal(null);
    expect(root.querySelector('.class-decision')).to.not.equal(null);
    await startCase(root, REVIEW_CASE_ID);
    expect(squash($(root, '.decision-compare').textContent ?? '')).to.contain('High same');
    // Starting the case again forgets it.
    button(root, 'Start this case again').click();
    await until(() => !root.querySelector('.comparison'), 'the case started again');
    expect(root.querySelector('.class-decision')).to.not.equal(null);
  });
});
