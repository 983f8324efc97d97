// The walk-through controller on a bare host that renders the real steps: moves, the error summary, focus and the
// live region, what it tells the host (`changed`), and one evaluation per change of answers.
import { expect } from '@open-wc/testing';
import { readSettings } from '../../../components/bail-safeguarding-check/attributes.js';
import { AssessmentController } from '../../../components/bail-safeguarding-check/controllers/assessment.js';
import { LaterStepsController } from '../../../components/bail-safeguarding-check/controllers/later-steps.js';
import { frame } from '../../../components/bail-safeguarding-check/steps/frame.js';
import { newAssessment, withPrefill } from '../../../src/assessment.js';
import { evaluations } from '../../../src/engine.js';
import { validatePack } from '../../../src/pack/validate.js';
import { choose, clickLink, heading, proceed, shadow, text, type } from '../../helpers.js';
import { TEST_QUESTIONS as Q, testPack } from '../test-pack.js';
import { bareHost, removeHosts } from './host.js';

const AT = '2026-11-26T02:00:00.000Z';

function setUp(lang = 'en') {
  const checked = validatePack(testPack());
  if (!checked.ok) throw new Error('the test pack is invalid');
  const host = bareHost();
  const changes: string[] = [];
  const walk = new AssessmentController(host, {
    pack: () => checked.pack,
    settings: () => readSettings({ lang }),
    record: () => undefined,
    disabled: () => false,
    changed: kind => changes.push(kind ?? 'changed')
  });
  const later = new LaterStepsController(host, () => walk.focus('heading'));
  host.view = () =>
    frame(walk.view(), {
      offer: undefined,
      disabled: false,
      announce: walk.announce,
      later,
      back: walk.back,
      toggleView: walk.toggleView,
      submit: walk.submit,
      change: walk.change,
      resume: () => {},
      startAgain: () => {}
    });
  document.body.append(host);
  const live = () => shadow(host).querySelector('[role=status]')?.textContent;
  const focused = () => shadow(host).activeElement;
  return { host, walk, later, changes, live, focused };
}

describe('AssessmentController', () => {
  afterEach(removeHosts);

  it('refuses Continue with an error summary that takes focus, then moves on, telling the host of each change', async () => {
    const { host, walk, changes, live, focused } = setUp();
    await host.updateComplete;
    await proceed(host);
    expect(focused()).to.equal(shadow(host).querySelector('.error-summary'));
    expect(text(host))
      .to.contain('There is a problem')
      .and.contain('Select an answer for “What decision are you making?”');
    expect(changes, 'a refusal changes nothing').to.deep.equal([]);
    await choose(host, Q.stage, 'pre-charge');
    expect(changes).to.deep.equal(['change']);
    await proceed(host);
    expect(heading(host)).to.equal('Is the suspect on bail now?');
    expect(focused()).to.equal(shadow(host).querySelector('[data-heading]'));
    expect(live()).to.equal('Section 1 of 2');
    expect(changes).to.deep.equal(['change', 'changed']);
    expect(walk.state.step).to.deep.equal({ kind: 'question', id: Q.onBail });
  });

  it('runs the engine once per answer and not for a move, and says when the provisional risk changes', async () => {
    const { host, live } = setUp();
    await host.updateComplete;
    await choose(host, Q.stage, 'pre-charge');
    await proceed(host);
    const before = evaluations.count;
    await choose(host, Q.onBail, 'yes');
    expect(evaluations.count - before, 'one answer').to.equal(1);
    expect(live()).to.equal('Provisional risk level: Medium');
    await proceed(host);
    await clickLink(host, 'Back');
    await clickLink(host, 'Show the whole section');
    expect(evaluations.count - before, 'then three moves').to.equal(1);
    expect(heading(host)).to.equal('Context');
  });

  it('records the decision only with a reason when it differs, then tells the host it is complete', async () => {
    const { host, walk, later, changes } = setUp();
    walk.begin({ ...newAssessment(AT), step: { kind: 'decision' } });
    await later.load(); // the decision screen's code, on demand
    await host.updateComplete;
    await choose(host, '_outcome', 'pre-charge-bail-with-conditions');
    await proceed(host);
    expect(text(host))
      .to.contain('Enter the reason your decision differs from the recommendation')
      .and.contain('Select at least one condition you impose');
    shadow(host).querySelector<HTMLInputElement>('input[name=_conditions][value="no-contact-victim"]')!.click();
    await host.updateComplete;
    await type(host, '_reason', 'Victim moved to a refuge');
    await proceed(host);
    expect(walk.state.completedAt).to.be.a('string');
    expect(walk.state.decision).to.deep.include({
      outcome: 'pre-charge-bail-with-conditions',
      reason: 'Victim moved to a refuge',
      conditions: ['no-contact-victim']
    });
    expect(changes.at(-1)).to.equal('complete');
    expect(heading(host)).to.equal('Decision recorded');
  });

  it('keeps the error summary when the host’s prefill joins (replace), and clears it for a new walk-through (begin)', async () => {
    const { host, walk } = setUp();
    await host.updateComplete;
    await proceed(host);
    walk.replace(withPrefill(walk.state, { [Q.onBail]: 'yes' }, AT));
    await host.updateComplete;
    expect(shadow(host).querySelector('.error-summary')).not.to.equal(null);
    walk.begin(newAssessment(AT));
    await host.updateComplete;
    expect(shadow(host).querySelector('.error-summary')).to.equal(null);
  });

  it('speaks the interface language', async () => {
    const { host } = setUp('cy');
    await host.updateComplete;
    expect(heading(host)).to.equal('Pecyn diogelu prawf');
    await proceed(host);
    expect(text(host)).to.contain('Mae problem');
  });
});
