// GOV.UK's character count on the decision's reason: a visible count the box is described by, a polite live
// region that speaks once typing pauses, nothing cut from a paste, and the error summary refusing a reason over
// 2,000 characters until the officer shortens it.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { cleanup, focused, heading, nextEvent, shadow, type } from '../helpers.js';
import { wipeStorage } from '../element-storage/support.js';
import { continueTo, mountReview } from './review-case.js';

const reasonBox = (el: Element) => shadow(el).querySelector<HTMLTextAreaElement>('textarea[name=_reason]')!;
const shownCount = (el: Element) => shadow(el).getElementById('c-_reason')!;
/** The polite live region that belongs to the box. */
const spokenCount = (el: Element) => shadow(el).querySelector<HTMLElement>('#c-_reason + [aria-live=polite]')!;

/** What a screen reader is given as the box's description: the texts its aria-describedby names, in order. */
const description = (el: Element) =>
  reasonBox(el)
    .getAttribute('aria-describedby')!
    .split(' ')
    .map(id => shadow(el).getElementById(id)?.textContent?.trim())
    .join(' | ');

async function pressCtrlEnter() {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'Enter' });
  await sendKeys({ up: 'Control' });
}

describe('<bail-safeguarding-check>: the character count on the reason', () => {
  beforeEach(wipeStorage);
  afterEach(cleanup);

  it('shows the characters remaining, counts as the officer types, and says it once typing pauses', async () => {
    const el = await mountReview();
    await continueTo(el, 'Your decision');
    const box = reasonBox(el);
    expect(box.hasAttribute('maxlength')).to.equal(false);
    expect(shownCount(el).textContent).to.equal('You have 2,000 characters remaining');
    expect(shownCount(el).className).to.equal('hint');
    expect(description(el)).to.match(/ \| You have 2,000 characters remaining$/);
    await expect(el).to.be.accessible();

    const spoken: string[] = [];
    new MutationObserver(() => spoken.push(spokenCount(el).textContent ?? '')).observe(spokenCount(el), {
      childList: true,
      characterData: true,
      subtree: true
    });
    box.focus();
    const typed = 'Refuge place confirmed';
    await sendKeys({ type: typed });
    // The visible count follows every key.
    expect(shownCount(el).textContent).to.equal(
      `You have ${(2000 - typed.length).toLocaleString('en-GB')} characters remaining`
    );
    const words = `You have ${(2000 - typed.length).toLocaleString('en-GB')} characters remaining`;
    await waitUntil(() => spokenCount(el).textContent === words, 'the live region never said the count', {
      timeout: 30_000
    });
    // Said after a pause, not at each of the 22 keys (a loaded machine may pause now and then mid-word).
    expect(spoken.length).to.be.below(typed.length / 2);
    expect(spoken.at(-1)).to.equal(words);
    expect(description(el)).to.contain(words);
    await sendKeys({ press: 'Backspace' });
    expect(shownCount(el).textContent).to.equal(
      `You have ${(2001 - typed.length).toLocaleString('en-GB')} characters remaining`
    );
    await expect(el).to.be.accessible();
  });

  it('keeps a pasted 2,500 characters whole, shows 500 too many, and the error summary refuses it until shortened', async () => {
    const el = await mountReview();
    await continueTo(el, 'Your decision');
    // The recommended outcome (first), so that the length is all that stops the decision.
    shadow(el).querySelector<HTMLInputElement>('input[name=_outcome]')!.click();
    await el.updateComplete;
    const box = reasonBox(el);
    box.focus();
    const pasted = `${'Reason. '.repeat(312)}abcd`;
    expect(pasted).to.have.length(2500);
    // As a paste arrives: one insertion by the editor, which maxlength would have cut to 2,000.
    document.execCommand('insertText', false, pasted);
    expect(box.value).to.equal(pasted);
    expect(shownCount(el).textContent).to.equal('You have 500 characters too many');
    expect(shownCount(el).className).to.equal('error');

    await pressCtrlEnter();
    await el.updateComplete;
    expect(heading(el)).to.equal('Your decision');
    const summary = shadow(el).querySelector<HTMLElement>('[part~="error-summary"]')!;
    expect(focused(el)).to.equal(summary);
    const message = 'The reason for your decision must be 2,000 characters or fewer';
    expect(summary.querySelectorAll('li')).to.have.length(1);
    expect(summary.textContent).to.contain(message);
    expect(reasonBox(el).value).to.equal(pasted);
    expect(description(el)).to.contain(message).and.contain('You have 500 characters too many');
    expect(el.recommendation?.decision).to.equal(undefined);
    await expect(el).to.be.accessible();

    // The summary's link takes the officer to the box, the text still whole; shortened, it is recorded.
    summary.querySelector('a')!.click();
    expect(focused(el)).to.equal(reasonBox(el));
    expect(reasonBox(el).value).to.have.length(2500);
    await type(el, '_reason', pasted.slice(0, 2000));
    expect(shownCount(el).textContent).to.equal('You have 0 characters remaining');
    const complete = nextEvent(el, 'bail-check-complete');
    reasonBox(el).focus();
    await pressCtrlEnter();
    expect((await complete).detail.decision?.reason).to.equal(pasted.slice(0, 2000).trim());
    expect(heading(el)).to.equal('Decision recorded');
  });

  it('counts in Welsh', async () => {
    const el = await mountReview({}, el => el.setAttribute('lang', 'cy'));
    await continueTo(el, 'Eich penderfyniad');
    expect(shownCount(el).textContent).to.equal('Mae gennych 2,000 nod ar ôl');
    await type(el, '_reason', 'x'.repeat(2001));
    expect(shownCount(el).textContent).to.equal('Mae gennych 1 nod yn ormod');
    reasonBox(el).focus();
    await pressCtrlEnter();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="error-summary"]')!.textContent).to.contain(
      "Rhaid i'r rheswm dros eich penderfyniad fod yn 2,000 nod neu lai"
    );
    await expect(el).to.be.accessible();
  });
});
