// The element's packs from rules-src: from the network, then from the cache after a reload; and a newer pack
// arriving mid-assessment, which changes nothing until the next assessment.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import type { BailCheckReadyDetail } from '../../components/events.js';
import { TEST_QUESTIONS as Q } from '../element/test-pack.js';
import { choose, cleanup, completeAssessment, heading, mount, nextEvent, proceed } from '../helpers.js';
import { freshPage, servePack, stored, testPackText, wipeStorage } from './support.js';

/** Collects every bail-check-ready an element fires. */
function readies(el: EventTarget): BailCheckReadyDetail[] {
  const heard: BailCheckReadyDetail[] = [];
  el.addEventListener('bail-check-ready', e => heard.push((e as CustomEvent<BailCheckReadyDetail>).detail));
  return heard;
}

const tick = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

describe('<bail-safeguarding-check>: rule packs from rules-src', () => {
  const pages: { close(): void }[] = [];
  beforeEach(wipeStorage);
  afterEach(() => {
    pages.splice(0).forEach(p => p.close());
    cleanup();
  });

  it('loads from the network first, then after a reload from the cache, with a 304', async () => {
    const served = await servePack({ body: testPackText('1.0.0') });
    const first = await freshPage();
    pages.push(first);
    let heard: BailCheckReadyDetail[] = [];
    const a = await first.mount(el => {
      el.setAttribute('rules-src', served.url);
      heard = readies(el);
    });
    // The bundled pack renders at once; the network's replaces it before any answer. Its ready may not come
    // first: ready waits for the first record (the later chunk), and the network's pack can be in use by then.
    await waitUntil(() => heard.at(-1)?.source === 'network', 'no ready from the network', { timeout: 30_000 });
    expect(heard.slice(0, -1).map(r => r.source)).to.satisfy((s: string[]) => s.every(x => x === 'bundled'));
    expect(heard.at(-1)?.rulePack).to.include({ id: 'x-test-pack', version: '1.0.0' });
    expect(heading(a)).to.equal('Test pack 1.0.0');
    first.close();

    const second = await freshPage();
    pages.push(second);
    const b = await second.mount(el => {
      el.setAttribute('rules-src', served.url);
      heard = readies(el);
    });
    await waitUntil(() => heard.at(-1)?.source === 'cache', 'no ready from the cache', { timeout: 30_000 });
    expect(heading(b)).to.equal('Test pack 1.0.0');
    await waitUntil(async () => (await served.log()).length === 2, 'no refresh', { timeout: 30_000 });
    expect((await served.log()).map(e => e.status)).to.deep.equal([200, 304]);
    await tick(100);
    expect(heard.map(r => r.source).filter(s => s !== 'bundled')).to.deep.equal(['cache']);
  });

  it('with rules-id, refuses a rules-src pack of another id and keeps the bundled pack; the right id is used', async () => {
    const served = await servePack({ body: testPackText('1.0.0') });
    const el = await mount(el => {
      el.setAttribute('rules-id', 'bail-safeguarding-default');
      el.setAttribute('rules-src', served.url);
    });
    const { detail } = await nextEvent(el, 'bail-check-error');
    expect(detail.code).to.equal('rules-invalid');
    expect(detail.message).to.contain('is x-test-pack, not bail-safeguarding-default (rules-id)');
    expect(el.recommendation?.rulePack.id).to.equal('bail-safeguarding-default');
    expect(await stored()).not.to.include('Test pack 1.0.0');

    const ready = readies(el);
    el.rulesId = 'x-test-pack';
    await waitUntil(() => ready.at(-1)?.source === 'network', 'the pinned id was not used', { timeout: 30_000 });
    expect(heading(el)).to.equal('Test pack 1.0.0');
  });

  it('keeps the pack an assessment started with when a new one arrives mid-way; the next assessment uses it', async () => {
    const served = await servePack({ body: testPackText('1.0.0') });
    await nextEvent(await mount(el => el.setAttribute('rules-src', served.url)), 'bail-check-ready');
    await waitUntil(async () => (await stored()).includes('Test pack 1.0.0'), 'not cached', { timeout: 30_000 });
    cleanup();
    await served.set({ body: testPackText('1.1.0') });

    // The refresh is held back until the officer has answered, as on a slow network.
    let release!: () => void;
    const held = new Promise<void>(resolve => (release = resolve));
    const realFetch = window.fetch;
    window.fetch = async (...args) => {
      await held;
      return realFetch(...args);
    };
    try {
      let heard: BailCheckReadyDetail[] = [];
      const el = await mount(el => {
        el.setAttribute('rules-src', served.url);
        heard = readies(el);
      });
      await waitUntil(() => heard.at(-1)?.source === 'cache', 'no ready from the cache', { timeout: 30_000 });
      const started = heard.at(-1)!.rulePack;
      expect(started.version).to.equal('1.0.0');
      await choose(el, Q.stage, 'pre-charge');
      await proceed(el);
      await choose(el, Q.onBail, 'yes');
      const before = heard.length;

      release();
      await waitUntil(async () => (await stored()).includes('Test pack 1.1.0'), 'new pack not cached', {
        timeout: 30_000
      });
      await tick(100);
      expect(heard.length, 'no ready mid-assessment').to.equal(before);
      expect(heading(el)).to.equal('Is the suspect on bail now?');
      const { detail: record } = await completeAssessment(el);
      expect(record.rulePack).to.deep.equal(started);
      expect(record.answers.find(a => a.question === Q.onBail)).to.include({ value: 'yes', source: 'officer' });

      const next = nextEvent(el, 'bail-check-ready');
      el.reset();
      const { detail } = await next;
      expect(detail.source).to.equal('network');
      expect(detail.rulePack.version).to.equal('1.1.0');
      expect(heading(el)).to.equal('Test pack 1.1.0');
      await waitUntil(() => el.recommendation?.rulePack.version === '1.1.0');
    } finally {
      window.fetch = realFetch;
    }
  });
});
