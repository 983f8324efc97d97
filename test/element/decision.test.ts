// The officer's decision, recorded whole whichever way it is confirmed: Ctrl+Enter in the reason included (in
// Chromium the text area reports a change as focus leaves it, after completion; nothing may replace the record).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BailSafeguardingCheck } from '../../components/element.js';
import { answerInTurn, cleanup, focused, heading, mount, nextEvent, proceed, shadow } from '../helpers.js';
import { wipeStorage } from '../element-storage/support.js';
import { ALL_ANSWERS, testPack } from './test-pack.js';

/** Every question answered, check answers and the recommendation passed: the decision. */
async function toDecision(el: BailSafeguardingCheck) {
  await answerInTurn(el, ALL_ANSWERS);
  await proceed(el);
  await proceed(el);
}

const summaryOf = (el: Element) => shadow(el).querySelector<HTMLTextAreaElement>('[part~="summary-text"]')!.value;

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
    // Whatever the text area reports as it goes, nothing replaces the record.
    await new Promise(r => setTimeout(r, 100));
    await el.updateComplete;
    expect(heading(el)).to.equal('Decision recorded');
    expect(record.decision).to.include({ outcome: 'release-under-investigation', reason: 'Victim in a refuge' });
    expect(el.recommendation).to.deep.equal(record);
    expect(summaryOf(el)).to.equal(record.summaryText);
    expect(summaryOf(el)).not.to.contain('PROVISIONAL');
    expect(summaryOf(el)).to.contain('Reason: Victim in a refuge');
    expect(el.validity.valid).to.equal(true);
    expect(JSON.parse(String(new FormData(form).get('check')))).to.deep.equal(record);
    await expect(el).to.be.accessible();
    form.remove();
  });
});
