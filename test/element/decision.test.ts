// The officer's decision: recorded whole whichever way it is confirmed (Ctrl+Enter in the reason included), with
// the conditions actually imposed, the victim's views or why they were not recorded, and the reason; the screen,
// the summary, the form value and the event all say the same, and the record verifies.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BailSafeguardingCheck } from '../../components/element.js';
import { defaultPack } from '../../src/default-pack.js';
import { verifyRecord } from '../../src/record.js';
import {
  answerInTurn,
  cleanup,
  focused,
  heading,
  labelText,
  mount,
  nextEvent,
  proceed,
  shadow,
  text,
  type
} from '../helpers.js';
import { wipeStorage } from '../element-storage/support.js';
import { continueTo, mountReview, REVIEW } from './review-case.js';
import { ALL_ANSWERS, testPack } from './test-pack.js';

/** Every question answered, check answers and the recommendation passed: the decision. */
async function toDecision(el: BailSafeguardingCheck) {
  await answerInTurn(el, ALL_ANSWERS);
  await proceed(el);
  await proceed(el);
}

/** The default pack's conditions, in its catalogue's order. */
const ALL_CODES = Object.keys(defaultPack.catalogue.conditions);

const boxes = (el: Element) => [...shadow(el).querySelectorAll<HTMLInputElement>('input[name=_conditions]')];
const ticked = (el: Element) =>
  boxes(el)
    .filter(b => b.checked)
    .map(b => b.value);
const summaryOf = (el: Element) => shadow(el).querySelector<HTMLTextAreaElement>('[part~="summary-text"]')!.value;

async function chooseOutcome(el: BailSafeguardingCheck, outcome: string) {
  shadow(el).querySelector<HTMLInputElement>(`input[name=_outcome][value="${outcome}"]`)!.click();
  await el.updateComplete;
}

async function tick(el: BailSafeguardingCheck, code: string) {
  boxes(el)
    .find(b => b.value === code)!
    .click();
  await el.updateComplete;
}

describe('<bail-safeguarding-check>: the decision', () => {
  beforeEach(wipeStorage);
  afterEach(cleanup);

  it('Ctrl+Enter in the reason records the decision, and the screen, summary and form value all say it', async () => {
    const form = document.createElement('form');
    document.body.append(form);
    const el = await mount(el => {
      el.rulePack = testPack();
      el.setAttribute('name', 'check');
    }, form);
    await toDecision(el);
    expect(heading(el)).to.equal('Your decision');
    await sendKeys({ press: '2' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('name')).to.equal('_reason');
    await sendKeys({ type: 'Victim in a refuge' });
    const complete = nextEvent(el, 'bail-check-complete');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Control' });
    const record = (await complete).detail;
    // Whatever the text area reports as it goes (Chromium: a change as focus leaves it), nothing replaces the record.
    await new Promise(r => setTimeout(r, 100));
    await el.updateComplete;
    expect(heading(el)).to.equal('Decision recorded');
    expect(record.decision).to.include({ outcome: 'release-under-investigation', reason: 'Victim in a refuge' });
    expect(el.recommendation).to.deep.equal(record);
    expect(shadow(el).querySelector('[part~="panel"] .outcome')?.textContent).to.equal('Release under investigation');
    expect(summaryOf(el)).to.equal(record.summaryText);
    expect(summaryOf(el)).not.to.contain('PROVISIONAL');
    expect(summaryOf(el)).to.contain('Reason: Victim in a refuge');
    expect(el.validity.valid).to.equal(true);
    expect(JSON.parse(String(new FormData(form).get('check')))).to.deep.equal(record);
    await expect(el).to.be.accessible();
    form.remove();
  });

  it('records the conditions imposed: the recommended ones ticked, one removed, one added from the pack', async () => {
    const el = await mountReview();
    await continueTo(el, 'Your decision');
    // Refuse bail is recommended: no conditions to impose.
    expect(boxes(el)).to.have.length(0);
    await chooseOutcome(el, 'bail-with-conditions');
    const recommended = el.recommendation!.conditions.map(c => c.code);
    expect(recommended.length).to.be.greaterThan(3);
    expect(ticked(el)).to.deep.equal(recommended);
    // Every condition of the pack can be chosen: the recommended ones first, marked so.
    expect(boxes(el).map(b => b.value)).to.have.members(ALL_CODES);
    expect(labelText(boxes(el)[0]!.closest('label')!)).to.match(/\(recommended\)$/);
    expect(labelText(boxes(el).at(-1)!.closest('label')!)).not.to.match(/\(recommended\)$/);
    await expect(el).to.be.accessible();

    await tick(el, 'curfew');
    await tick(el, 'report-to-station');
    await type(el, '_reason', 'She is in a refuge tonight; conditions protect her.');
    const complete = nextEvent(el, 'bail-check-complete');
    await proceed(el);
    const record = (await complete).detail;
    const imposed = ALL_CODES.filter(c => (c === 'report-to-station' || recommended.includes(c)) && c !== 'curfew');
    expect(record.decision?.conditions).to.deep.equal(imposed);
    expect((await verifyRecord(record)).ok).to.equal(true);
    await el.updateComplete;

    // The screen and the summary say them.
    const panel = shadow(el).querySelector('[part~="panel"]')!;
    expect(panel.querySelector('.outcome')?.textContent).to.equal('Bail to court with conditions');
    expect([...panel.querySelectorAll('li')].map(li => li.textContent?.trim())).to.include.members([
      'Report to a police station on set days',
      'No contact with the victim, direct or indirect'
    ]);
    expect(panel.textContent).not.to.contain('Curfew');
    const summary = summaryOf(el).split('\n');
    const listed = summary.slice(
      summary.indexOf('Conditions imposed:') + 1,
      summary.indexOf('Conditions imposed:') + 1 + imposed.length
    );
    expect(listed.map(l => l.replace(/ \(purpose: .*\)$/, ''))).to.deep.equal(
      imposed.map(code => `- ${defaultPack.catalogue.conditions[code]!.text.en}`)
    );
    await expect(el).to.be.accessible();
  });

  it('will not record bail with conditions without one, and says so where the conditions are', async () => {
    const el = await mountReview();
    await continueTo(el, 'Your decision');
    await chooseOutcome(el, 'bail-with-conditions');
    for (const code of ticked(el)) await tick(el, code);
    await type(el, '_reason', 'Refuge place found.');
    await proceed(el);
    const summary = shadow(el).querySelector<HTMLElement>('[part~="error-summary"]')!;
    expect(focused(el)).to.equal(summary);
    expect(summary.textContent).to.contain(
      'Select at least one condition you impose, or choose an outcome without conditions'
    );
    await expect(el).to.be.accessible();
    summary.querySelector('a')!.click();
    expect(focused(el)).to.equal(boxes(el)[0]);
  });

  it('shows the victim’s views beside the decision; when they were not recorded, asks the reason why', async () => {
    const el = await mountReview();
    await continueTo(el, 'Your decision');
    expect(shadow(el).querySelector('.views blockquote')?.textContent?.trim()).to.equal(
      REVIEW.answerKey['victim.views']
    );
    cleanup();

    const unheard = await mountReview({ 'victim.views-sought': 'not-practicable' });
    await continueTo(unheard, 'Your decision');
    expect(shadow(unheard).querySelector('.views')?.textContent).to.contain(
      "The victim's views were not recorded: give the reason in your reason below."
    );
    await chooseOutcome(unheard, 'refuse-bail');
    await proceed(unheard);
    expect(shadow(unheard).querySelector('[part~="error-summary"]')?.textContent).to.contain(
      "Enter the reason the victim's views were not recorded"
    );
    await type(unheard, '_reason', 'She is in hospital and cannot speak to officers tonight.');
    const complete = nextEvent(unheard, 'bail-check-complete');
    await proceed(unheard);
    const record = (await complete).detail;
    expect(record.decision).to.include({ agreesWithRecommendation: true });
    expect(record.decision).not.to.have.property('conditions');
    expect(record.summaryText.split('\n')).to.include.members([
      'Reason: She is in hospital and cannot speak to officers tonight.',
      "Victim's views: not recorded. Views sought: Not practicable (record why)"
    ]);
  });

  it('asks for the decision in Welsh, conditions and views included', async () => {
    const el = await mountReview({}, el => el.setAttribute('lang', 'cy'));
    await continueTo(el, 'Eich penderfyniad');
    await chooseOutcome(el, 'bail-with-conditions');
    expect(text(el)).to.contain("Yr amodau rydych chi'n eu gosod").and.contain('Barn y dioddefwr');
    expect(labelText(boxes(el)[0]!.closest('label')!)).to.match(/\(a argymhellir\)$/);
    await expect(el).to.be.accessible();
  });
});
