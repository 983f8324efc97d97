// The screens after the questions come in a chunk of their own (later.ts), fetched once the element has painted.
// Until it arrives such a screen says it is loading; if the fetch fails it says so and offers to try again, and
// the officer's place and answers are kept. A real failed fetch: the import of a file that does not exist. (The
// second try here imports the real chunk: Firefox keeps a failed module URL failed for the page's life, so there
// only a reload helps, which the message says.)
import { expect } from '@open-wc/testing';
import { readSettings } from '../../../components/bail-safeguarding-check/attributes.js';
import { AssessmentController } from '../../../components/bail-safeguarding-check/controllers/assessment.js';
import {
  LaterStepsController,
  loadLater,
  type LaterSteps
} from '../../../components/bail-safeguarding-check/controllers/later-steps.js';
import { frame } from '../../../components/bail-safeguarding-check/steps/frame.js';
import { newAssessment } from '../../../src/assessment.js';
import { validatePack } from '../../../src/pack/validate.js';
import { heading, shadow } from '../../helpers.js';
import { testPack } from '../test-pack.js';
import { bareHost, removeHosts } from './host.js';

const AT = '2026-11-26T02:00:00.000Z';
const MISSING = new URL('./no-such-chunk.js', import.meta.url).href;

/** A host on the recommendation screen, whose later screens come from `load`. */
function onResult(load: () => Promise<LaterSteps>) {
  const checked = validatePack(testPack());
  if (!checked.ok) throw new Error('the test pack is invalid');
  const host = bareHost();
  const walk = new AssessmentController(host, {
    pack: () => checked.pack,
    settings: () => readSettings({ lang: 'en' }),
    record: () => undefined,
    disabled: () => false,
    changed: () => {}
  });
  const later = new LaterStepsController(host, () => walk.focus('heading'), load);
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
  walk.begin({ ...newAssessment(AT), step: { kind: 'result' } });
  document.body.append(host);
  return { host, walk, later };
}

const tryAgain = (host: Element) =>
  [...shadow(host).querySelectorAll('button')].find(b => b.textContent?.trim() === 'Try again');

describe('LaterStepsController: the screens after the questions, on demand', () => {
  afterEach(removeHosts);

  it('says the screen is loading until its code arrives, then draws it with focus on its heading', async () => {
    let release!: () => void;
    const gate = new Promise<void>(r => (release = r));
    const { host, later } = onResult(() => gate.then(loadLater));
    await host.updateComplete;
    expect(heading(host)).to.equal('Loading this screen…');
    await expect(host).to.be.accessible();
    shadow(host).querySelector<HTMLElement>('[data-heading]')!.focus();
    release();
    await later.load();
    await host.updateComplete;
    expect(heading(host)).to.equal('Recommendation');
    expect(shadow(host).activeElement).to.equal(shadow(host).querySelector('[data-heading]'));
  });

  it('says so when the fetch fails, keeps the officer on the screen, and draws it once a second try succeeds', async () => {
    let tries = 0;
    const { host, later, walk } = onResult(() => (++tries === 1 ? import(/* @vite-ignore */ MISSING) : loadLater()));
    await later.load();
    await host.updateComplete;
    expect(tries).to.equal(1);
    expect(heading(host)).to.equal(
      'This screen could not be loaded. Check the connection and try again; if that fails, reload the page.'
    );
    expect(walk.state.step).to.deep.equal({ kind: 'result' });
    await expect(host).to.be.accessible();
    // No second fetch until the officer asks.
    host.requestUpdate();
    await host.updateComplete;
    expect(tries).to.equal(1);

    tryAgain(host)!.focus();
    tryAgain(host)!.click();
    await later.load();
    await host.updateComplete;
    expect(tries).to.equal(2);
    expect(heading(host)).to.equal('Recommendation');
    expect(shadow(host).activeElement).to.equal(shadow(host).querySelector('[data-heading]'));
  });
});
