// One evaluation per answer: the screen, the moves and the record the host receives all read the same one. The
// engine counts its own runs (src/engine.ts `evaluations`), so no route to it can go uncounted.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import type { BailSafeguardingCheck } from '../../components/element.js';
import { evaluations } from '../../src/engine.js';
import { choose, cleanup, clickLink, mount, nextEvent, proceed, shadow, text } from '../helpers.js';
import { TEST_QUESTIONS as Q, testPack } from './test-pack.js';

/** Answers the stage and waits for its record, so that no earlier change is heard in its place. */
async function answerStage(el: BailSafeguardingCheck, stage: string) {
  const heard = nextEvent(el, 'bail-check-change');
  await choose(el, Q.stage, stage);
  await heard;
}

/** Engine runs while `act` runs and the element settles: its record made, the screen rendered. */
async function runsFor(el: BailSafeguardingCheck, act: () => Promise<unknown>): Promise<number> {
  await el.updateComplete;
  const before = evaluations.count;
  await act();
  await el.updateComplete;
  return evaluations.count - before;
}

describe('<bail-safeguarding-check>: one evaluation per answer', () => {
  afterEach(cleanup);

  it('runs the engine once for an answer, whose record and screen agree, and not at all for a move', async () => {
    const el = await mount(el => (el.rulePack = testPack()));
    await waitUntil(() => el.recommendation, 'no provisional record');
    await answerStage(el, 'pre-charge');
    expect(await runsFor(el, () => proceed(el)), 'Start').to.equal(0);

    let change: Promise<CustomEvent> | undefined;
    const answer = await runsFor(el, async () => {
      change = nextEvent(el, 'bail-check-change');
      await choose(el, Q.onBail, 'yes');
      await change;
    });
    expect(answer, 'one answer').to.equal(1);
    const { detail } = await change!;
    expect(detail.recommendation.riskLevel).to.equal('medium');
    expect(text(el)).to.contain('Provisional risk level: Medium');
    await waitUntil(() => el.recommendation === detail.recommendation, 'the record was not the one the host heard');

    expect(await runsFor(el, () => proceed(el)), 'Continue').to.equal(0);
    expect(await runsFor(el, () => clickLink(el, 'Back')), 'Back').to.equal(0);
    expect(await runsFor(el, () => clickLink(el, 'Show the whole section')), 'the whole section').to.equal(0);
  });

  it('runs it once for an answer in section view, the follow-up it asks shown at once', async () => {
    const el = await mount(el => (el.rulePack = testPack()));
    await answerStage(el, 'post-charge');
    await proceed(el);
    await clickLink(el, 'Show the whole section');
    const change = nextEvent(el, 'bail-check-change');
    expect(await runsFor(el, () => choose(el, Q.onBail, 'yes').then(() => change)), 'one answer').to.equal(1);
    expect(shadow(el).querySelectorAll('fieldset.q').length).to.equal(2);
  });

  it('runs it once when the language changes, for the screen and the provisional record in it', async () => {
    const el = await mount(el => (el.rulePack = testPack()));
    await answerStage(el, 'pre-charge');
    await proceed(el);
    await waitUntil(() => el.recommendation?.answers.length === 1, 'no record of the stage');
    expect(
      await runsFor(el, async () => {
        el.setAttribute('lang', 'cy');
        await waitUntil(() => el.recommendation?.lang === 'cy', 'the record stayed in English');
      }),
      'a change of language'
    ).to.equal(1);
  });
});
