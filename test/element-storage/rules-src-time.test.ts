// The element and a rules-src that keeps it waiting (issue 15): abandoned in time with one rules-timeout while the
// officer works on; a change of rules-src, its removal and the element leaving the page each close the request in
// flight (the server sees it closed: six changes used to exhaust the page's connections), and an old rules-src
// never replaces a newer pack nor raises an error.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import type { BailSafeguardingCheck } from '../../components/element.js';
import type { BailCheckErrorDetail, BailCheckReadyDetail } from '../../components/events.js';
import { fetchTimeouts } from '../../src/pack/fetch.js';
import type { ServedPack } from '../storage/support.js';
import { cleanup, completeAssessment, heading, mount, nextEvent } from '../helpers.js';
import { servePack, testPackText, wipeStorage } from './support.js';

const usual = { ...fetchTimeouts };
const wait = { timeout: 60_000 };

/** What the element tells the host: its errors and readies. */
function listen(el: BailSafeguardingCheck) {
  const errors: BailCheckErrorDetail[] = [];
  const readies: BailCheckReadyDetail[] = [];
  el.addEventListener('bail-check-error', e => errors.push(e.detail));
  el.addEventListener('bail-check-ready', e => readies.push(e.detail));
  return { errors, readies };
}

const requested = (served: ServedPack) =>
  waitUntil(async () => (await served.log()).length > 0, 'the pack was not requested', wait);
const closed = (served: ServedPack) =>
  waitUntil(async () => (await served.log())[0]?.status === 'closed', 'the server saw no close', wait);
/** A rules-src that sends nothing until the page gives up. */
const hanging = () => servePack({ body: testPackText('9.9.9'), delay: 600_000 });
/** An element on a hanging rules-src, no time limit of its own, once its request has reached the server. */
async function waitingOnHanging() {
  Object.assign(fetchTimeouts, { quietMs: 600_000, totalMs: 600_000 });
  const served = await hanging();
  let heard!: ReturnType<typeof listen>;
  const el = await mount(el => {
    el.setAttribute('rules-src', served.url);
    heard = listen(el);
  });
  await requested(served);
  return { served, el, heard };
}

describe('<bail-safeguarding-check>: a rules-src that keeps it waiting', function () {
  this.timeout(300_000);
  beforeEach(wipeStorage);
  afterEach(() => {
    Object.assign(fetchTimeouts, usual);
    cleanup();
  });

  it('gives up on a rules-src that does not answer in time with one rules-timeout; the officer works on', async () => {
    fetchTimeouts.quietMs = 300;
    const served = await hanging();
    let heard!: ReturnType<typeof listen>;
    const el = await mount(el => {
      el.setAttribute('rules-src', served.url);
      heard = listen(el);
    });
    const { detail } = await nextEvent(el, 'bail-check-error', 60_000);
    expect(detail.code).to.equal('rules-timeout');
    expect(detail.message).to.match(/^The rule pack at .*pack\.json was abandoned: nothing received for 0\.3 s$/);
    await closed(served);
    await expect(el).to.be.accessible();
    const { detail: record } = await completeAssessment(el);
    expect(record.rulePack.id, 'the bundled pack').to.equal('bail-safeguarding-default');
    expect(heard.errors.map(e => e.code)).to.deep.equal(['rules-timeout']);
  });

  it('closes the request of each rules-src it leaves: after eight that hang, the ninth is fetched and used', async () => {
    // No timeout to free the connections: only closing them can.
    Object.assign(fetchTimeouts, { quietMs: 600_000, totalMs: 600_000 });
    const hung: ServedPack[] = [];
    let heard!: ReturnType<typeof listen>;
    hung.push(await hanging());
    const el = await mount(el => {
      el.setAttribute('rules-src', hung[0]!.url);
      heard = listen(el);
    });
    await requested(hung[0]!);
    for (let i = 1; i < 8; i++) {
      hung.push(await hanging());
      el.rulesSrc = hung[i]!.url;
      await requested(hung[i]!);
    }
    const served = await servePack({ body: testPackText('1.0.0') });
    el.rulesSrc = served.url;
    await waitUntil(() => heard.readies.at(-1)?.source === 'network', 'the last rules-src was not used', wait);
    expect(heading(el)).to.equal('Test pack 1.0.0');
    for (const h of hung) await closed(h);
    expect(heard.errors).to.deep.equal([]);
  });

  it('never takes a pack, nor an error, from a rules-src replaced while its body was arriving', async () => {
    Object.assign(fetchTimeouts, { quietMs: 600_000, totalMs: 600_000 });
    const old = await servePack({ body: testPackText('0.9.0'), stall: 600_000 });
    let heard!: ReturnType<typeof listen>;
    const el = await mount(el => {
      el.setAttribute('rules-src', old.url);
      heard = listen(el);
    });
    await requested(old);
    const served = await servePack({ body: testPackText('1.0.0') });
    el.rulesSrc = served.url;
    await waitUntil(() => heard.readies.at(-1)?.source === 'network', 'the new rules-src was not used', wait);
    await waitUntil(async () => (await old.log())[0]?.closed === true, 'the old request was not closed', wait);
    expect(heading(el)).to.equal('Test pack 1.0.0');
    expect(el.recommendation?.rulePack.version).to.equal('1.0.0');
    expect((await old.log()).length, 'asked once').to.equal(1);
    expect(heard.errors).to.deep.equal([]);
  });

  it('closes the request when rules-src is removed, and stays on the bundled pack without an error', async () => {
    const { served, el, heard } = await waitingOnHanging();
    el.removeAttribute('rules-src');
    await closed(served);
    expect(el.recommendation?.rulePack.id).to.equal('bail-safeguarding-default');
    expect(heard.errors).to.deep.equal([]);
  });

  it('closes the request when it leaves the page, fetches again when it is back, and keeps it when only moved', async () => {
    const { served, el, heard } = await waitingOnHanging();
    el.remove();
    await closed(served);

    await served.set({ body: testPackText('1.0.0'), delay: 3_000 });
    document.body.append(el);
    await waitUntil(async () => (await served.log()).length === 2, 'not fetched again', wait);
    // Moved to another parent within one task while the second request waits: it is kept, and answered.
    const form = document.createElement('form');
    document.body.append(form);
    form.append(el);
    await waitUntil(() => heard.readies.at(-1)?.source === 'network', 'the pack was not used', wait);
    expect(heading(el)).to.equal('Test pack 1.0.0');
    expect((await served.log()).map(e => e.status)).to.deep.equal(['closed', 200]);
    expect(heard.errors).to.deep.equal([]);
  });
});
