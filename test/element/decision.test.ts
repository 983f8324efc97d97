import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BailSafeguardingCheck } from '../../components/element.js';
import { answerInTurn, cleanup, heading, mount, nextEvent, proceed, shadow } from '../helpers.js';
import { wipeStorage } from '../element-storage/support.js';
import { ALL_ANSWERS, testPack } from './test-pack.js';

/** Every question answered, check answers and the recommendation passed: the decision. */
async function toDecision(el: BailSafeguardingCheck) {
  await answerInTurn(el, ALL_ANSWERS);
  await proceed(el);
  await proceed(el);
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
    await sendKeys({ type: 'Victim in a refuge' });
    const complete = nextEvent(el, 'bail-check-complete');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Control' });
    const record = (await complete).detail;
    await new Promise(r => setTimeout(r, 100));
    await el.updateComplete;
    expect(heading(el)).to.equal('Decision recorded');
    expect(record.decision?.reason).to.equal('Victim in a refuge');
    expect(el.recommendation).to.deep.equal(record);
    expect(shadow(el).querySelector('[part~="panel"]')?.textContent).to.contain('Release under investigation');
    const summary = shadow(el).querySelector<HTMLTextAreaElement>('[part~="summary-text"]')!.value;
    expect(summary).not.to.contain('PROVISIONAL');
    expect(el.validity.valid).to.equal(true);
  });
});
