// The iframe embedding for legacy pages (demo/hosts/iframe/): the page loads no modules; it frames bridge.html
// and talks to it with postMessage. The bridge forwards the element's events only to the parent origins it lists
// (here "self") and takes set-attributes, set-prefill and reset only from its parent window at such an origin.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import type { BailSafeguardingCheck } from '../../components/element.js';
import { wipeStorage } from '../element-storage/support.js';
import { completeAssessment, heading, proceed, shadow } from '../helpers.js';
import { closeFrames, expectedFields, hostElement, hostUrl, openFrame, openHost, shownFields } from './support.js';

const CHANNEL = 'bail-safeguarding';
const PREFILL = { 'offence.imprisonable': 'yes', 'suspect.on-bail': 'yes' };
const tick = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** This test server under its other name (localhost or 127.0.0.1): another origin, the same files. */
function otherOrigin(url: string) {
  const other = new URL(url);
  other.hostname = other.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return other;
}

/** The legacy page, and in its iframe the bridge's element once the page has set it up over postMessage. */
async function openLegacyHost() {
  const page = await openHost('iframe/index.html');
  const frame = () => page.document.querySelector<HTMLIFrameElement>('iframe.bail-check');
  await waitUntil(
    () =>
      frame()?.contentDocument?.readyState === 'complete' &&
      frame()!.contentWindow!.location.pathname.endsWith('bridge.html'),
    'the bridge never loaded',
    { timeout: 30_000 }
  );
  const bridge = frame()!.contentWindow as Window & typeof globalThis;
  const el = await hostElement({ window: bridge });
  await waitUntil(
    () => el.getAttribute('case-id') === 'CR-2025-0042' && JSON.stringify(el.prefill) === JSON.stringify(PREFILL),
    'the page never set the check up',
    { timeout: 30_000 }
  );
  return { page, bridge, el };
}

/** Answers the current question "not known" and moves on, as the officer would. */
async function answerOne(el: BailSafeguardingCheck) {
  shadow(el).querySelector<HTMLInputElement>('fieldset.q input[value="unknown"]')!.click();
  await el.updateComplete;
  await proceed(el);
}

describe('example host: a legacy page with the iframe bridge', () => {
  beforeEach(wipeStorage);
  afterEach(closeFrames);

  it('sets the check up over postMessage, receives its events and the record, and starts a new check', async () => {
    const { page, el } = await openLegacyHost();
    expect(el.getAttribute('officer-id')).to.equal('PS 1234');
    expect(el.stage).to.equal('post-charge');

    const { detail: record } = await completeAssessment(el);
    const received = page.document.querySelector<HTMLElement>('[data-received]')!;
    await waitUntil(() => !received.hidden, 'the page never received the record', { timeout: 30_000 });
    expect(shownFields(received)).to.deep.equal(expectedFields(record));
    expect(record.answers.filter(a => a.source === 'host').map(a => a.question)).to.include.members(
      Object.keys(PREFILL)
    );
    expect(page.document.querySelector('[data-progress]')!.textContent).to.match(/^\d+ of \d+ questions answered$/);

    page.document.querySelector<HTMLButtonElement>('[data-new-check]')!.click();
    await waitUntil(() => heading(el) !== 'Decision recorded', 'the check was not reset', { timeout: 30_000 });
    expect(el.recommendation?.completedAt).to.equal(undefined);
    expect(received.hidden).to.equal(true);
  });

  it('ignores messages from another origin, and from a window of its own origin that is not its parent', async () => {
    const { page, bridge, el } = await openLegacyHost();
    await proceed(el); // the start
    const first = shadow(el).querySelector<HTMLElement>('fieldset.q')!.dataset.q;
    await answerOne(el);
    // The record follows the answer asynchronously: wait until it holds it, then count.
    await waitUntil(() => el.recommendation?.answers.some(a => a.question === first), 'the answer is not recorded', {
      timeout: 30_000
    });
    const where = heading(el);
    const answered = el.recommendation!.answers.length;

    // The test listens after the bridge: when it hears a message, the bridge has already handled it.
    const heard: MessageEvent[] = [];
    bridge.addEventListener('message', e => heard.push(e));
    const intruder = otherOrigin(new URL('./fixtures/intruder.html', import.meta.url).href);
    await openFrame(intruder.href); // set-prefill, set-attributes and reset, from another origin
    bridge.postMessage({ channel: CHANNEL, type: 'reset' }, '*'); // this origin, but not the parent window
    await waitUntil(() => heard.length === 4, 'the messages never reached the bridge', { timeout: 30_000 });
    expect(heard.map(e => e.origin)).to.deep.equal([...Array(3).fill(intruder.origin), location.origin]);

    expect(el.getAttribute('case-id')).to.equal('CR-2025-0042');
    expect(el.prefill).to.deep.equal(PREFILL);
    expect(heading(el)).to.equal(where);
    expect(el.recommendation!.answers.length).to.equal(answered);

    // The same reset from the parent page is taken.
    page.document.querySelector<HTMLButtonElement>('[data-new-check]')!.click();
    await waitUntil(() => heading(el) !== where, 'the parent’s reset was not taken', { timeout: 30_000 });
  });

  it('sends its events with an explicit target origin: a parent at an origin it does not list gets nothing', async () => {
    const messages: MessageEvent[] = [];
    const listen = (e: MessageEvent) => {
      if (e.data?.channel === CHANNEL) messages.push(e);
    };
    addEventListener('message', listen);
    try {
      // Framed by this page from this origin ("self"): the bridge says it is listening, and its element's events follow.
      await openFrame(hostUrl('iframe/bridge.html'));
      const types = () => messages.map(m => m.data.type as string);
      await waitUntil(() => types().includes('bridge-ready') && types().includes('bail-check-ready'), 'no events', {
        timeout: 30_000
      });
      expect(messages.every(m => m.origin === location.origin)).to.equal(true);
      closeFrames();
      messages.length = 0;

      // The same bridge from another origin: it lists only its own, so nothing reaches this page.
      await openFrame(otherOrigin(hostUrl('iframe/bridge.html')).href);
      await tick(1500);
      expect(messages).to.deep.equal([]);
    } finally {
      removeEventListener('message', listen);
    }
  });
});
