// Wayfinding for the expert user: the review's case from the host in few screens and key presses with nothing hidden,
// a count of sections that never jumps, focus where typing goes, keys shown, no provisional risk before the officer
// has answered, the width used where there is room, and a printed record that holds every line.
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { STAGE_QUESTION } from '../../src/engine.js';
import { cleanup, focused, heading, labelText, nextEvent, proceed, shadow, text, type } from '../helpers.js';
import { continueTo, mountReview, REVIEW_ANSWERS } from './review-case.js';

const caption = (el: Element) => shadow(el).querySelector('.caption span')?.textContent?.trim() ?? '';
const risk = (el: Element) => shadow(el).querySelector('.caption [part~="risk"]');

describe('<bail-safeguarding-check>: wayfinding for the expert user', () => {
  afterEach(async () => {
    cleanup();
    await emulateMedia({ media: 'screen' }).catch(() => undefined);
  });

  it('takes the review’s case from the host to a recorded decision in at most 20 screens and 45 key presses, every question shown, axe clean at each', async function () {
    this.timeout(180_000); // a safety net: axe at each of about 20 screens is slow on a busy machine
    const el = await mountReview();
    let presses = 0;
    const press = async (key: string) => {
      presses++;
      await sendKeys({ press: key });
      await el.updateComplete;
    };
    const screens: string[] = [];
    const shown = new Set<string>();
    const look = async () => {
      screens.push(heading(el));
      for (const q of shadow(el).querySelectorAll<HTMLElement>('fieldset.q[data-q]')) shown.add(q.dataset['q']!);
      await expect(el).to.be.accessible();
    };
    const complete = nextEvent(el, 'bail-check-complete', 0);
    await look();
    // Into the element from the page (its first control is Start), then Enter on each screen.
    await press('Tab');
    await press('Enter');
    for (let i = 0; i < 30 && heading(el) !== 'Your decision'; i++) {
      await look();
      await press('Enter');
    }
    await look();
    await press('1'); // the recommended outcome
    await press('Enter');
    const record = (await complete).detail;
    await el.updateComplete;
    await look();

    expect(screens.at(-1)).to.equal('Decision recorded');
    expect(screens.length, screens.join(' → ')).to.be.at.most(20);
    expect(presses).to.be.at.most(45);
    expect(record.decision).to.include({ outcome: 'refuse-bail', agreesWithRecommendation: true });
    // Nothing hidden: every question asked was on a screen the officer confirmed (the stage, from the host's
    // attribute, at the start); check answers lists them all again.
    const asked = record.answers.map(a => a.question).filter(q => q !== STAGE_QUESTION);
    expect(asked.length).to.be.greaterThan(50);
    expect(asked.filter(q => !shown.has(q))).to.deep.equal([]);
    expect(record.answers.every(a => a.source === 'host')).to.equal(true);
  });

  it('counts sections, never questions: "Section N of 6" keeps its total as follow-ups appear, from "This arrest"', async function () {
    this.timeout(60_000);
    // The officer answers everything, one question a screen: the follow-ups appear as answers open them.
    const el = await mountReview({}, el => (el.prefill = {}));
    await proceed(el);
    const seen: string[] = [];
    for (let i = 0; i < 80 && shadow(el).querySelector('.caption'); i++) {
      seen.push(caption(el));
      const id = shadow(el).querySelector<HTMLElement>('fieldset.q')!.dataset['q']!;
      if (i === 0) {
        // Nothing answered by the officer yet: no provisional risk to show.
        expect(risk(el)).to.equal(null);
        expect(caption(el)).to.equal('Section 1 of 6 · This arrest');
      }
      const area = shadow(el).querySelector('textarea');
      if (area) {
        // A text question: focus is in its box, so typing goes in.
        expect(focused(el)).to.equal(area);
        await type(el, id, REVIEW_ANSWERS[id]!);
      } else {
        const radio = shadow(el).querySelector<HTMLInputElement>(`input[value="${REVIEW_ANSWERS[id]}"]`)!;
        radio.click();
        await el.updateComplete;
        expect(risk(el)).not.to.equal(null);
      }
      await proceed(el);
    }
    expect(heading(el)).to.equal('Check your answers');
    const numbers = seen.map(c => /^Section (\d) of (\d)/.exec(c)!.slice(1).map(Number));
    expect(new Set(numbers.map(([, total]) => total))).to.deep.equal(new Set([6]));
    numbers.forEach(([n], i) => expect(n, seen[i]).to.be.at.least(i ? numbers[i - 1]![0]! : 1));
    expect(numbers.at(-1)![0]).to.equal(6);
    // The live region no longer says where in the questions the officer was.
    expect(shadow(el).querySelector('[role=status]')?.textContent).to.equal('');
  });

  it('numbers a choice’s options as the digits that pick them, and names Ctrl+Enter among the keys', async () => {
    const el = await mountReview({}, el => (el.prefill = {}));
    expect(text(el)).to.contain('Enter continue (Ctrl+Enter in a text box)');
    await proceed(el);
    expect(heading(el)).to.equal('Is the suspect here for breaking bail or an order?');
    const labels = [...shadow(el).querySelectorAll('fieldset.q label')];
    expect(labels.map(l => l.querySelector('kbd')?.textContent)).to.deep.equal(['1', '2', '3', '4', '5']);
    expect(labelText(labels[1]!)).to.equal('Bail to a court');
    await expect(el).to.be.accessible();
    await sendKeys({ press: '2' });
    await el.updateComplete;
    expect(el.recommendation?.answers.find(a => a.question === 'arrest.for-breach')?.value).to.equal('court-bail');
  });

  it('shows no provisional risk on the host’s answers until the officer has confirmed them', async () => {
    const el = await mountReview();
    await proceed(el);
    expect(heading(el)).to.equal('This arrest');
    expect(risk(el)).to.equal(null);
    await proceed(el);
    expect(risk(el)?.textContent).to.match(/Provisional risk level:\s*High/);
  });

  it('uses the width there is: the whole of a 900 px column, the recommendation in two columns', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const column = document.createElement('main');
    column.style.width = '900px';
    document.body.append(column);
    try {
      const el = await mountReview({}, () => {}, column);
      await continueTo(el, 'Recommendation');
      expect(el.getBoundingClientRect().width).to.equal(900);
      const [left, right] = [...shadow(el).querySelectorAll('.columns > div')].map(c => c.getBoundingClientRect());
      expect(right!.left).to.be.greaterThan(left!.right);
      expect(right!.top).to.equal(left!.top);
    } finally {
      column.remove();
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('prints the complete record from the last step: every line of the summary, none of the controls', async function () {
    const el = await mountReview();
    await continueTo(el, 'Your decision');
    shadow(el).querySelector<HTMLInputElement>('input[name=_outcome][value="bail-with-conditions"]')!.click();
    await el.updateComplete;
    await type(el, '_reason', 'She is in a refuge tonight.');
    const complete = nextEvent(el, 'bail-check-complete');
    await proceed(el);
    const record = (await complete).detail;
    await el.updateComplete;
    try {
      await emulateMedia({ media: 'print' });
    } catch {
      this.skip(); // the browser driver cannot emulate print
    }
    if (!matchMedia('print').matches) this.skip();
    const root = shadow(el);
    const printed = root.querySelector<HTMLElement>('.print-record')!;
    expect(getComputedStyle(printed).display).to.equal('block');
    expect(printed.textContent).to.equal(record.summaryText);
    // Nothing clipped: the whole text takes its height, lines wrap within the page.
    expect(printed.scrollHeight).to.be.at.most(printed.clientHeight + 1);
    expect(printed.scrollWidth).to.be.at.most(printed.clientWidth + 1);
    for (const part of ["Officer's decision", 'Conditions imposed:', 'Reason: She is in a refuge tonight.', 'Grounds:'])
      expect(printed.textContent).to.contain(part);
    for (const hidden of root.querySelectorAll('button, textarea, [role=status]'))
      expect(getComputedStyle(hidden).display, hidden.localName).to.equal('none');
  });
});
