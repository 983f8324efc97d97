// Churn and load: hosts that mount and unmount the element on every render, and pages with many at once.
// Live listeners on window and document, live timers and open IndexedDB connections are counted by wrapping
// the page's own functions (support.ts), so a leak shows as a count that grows with the cycles.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import type { BailSafeguardingCheck } from '../../components/element.js';
import { draftKeys, uniqueCase, wipeStorage } from '../element-storage/support.js';
import { TEST_QUESTIONS as Q, testPack } from '../element/test-pack.js';
import { choose, cleanup, completeAssessment, mount, proceed } from '../helpers.js';
import { tick, watchIndexedDb, watchListeners, watchTimers, watchUncaught } from './support.js';

const CYCLES = 1000;

describe('robustness: churn and load', () => {
  beforeEach(wipeStorage);
  afterEach(cleanup);

  it('counts what it claims to: a listener, a timeout, an interval and a connection left behind all show', async () => {
    const timers = watchTimers();
    const listeners = watchListeners();
    const idb = watchIndexedDb();
    try {
      const listener = () => {};
      document.addEventListener('keydown', listener, true);
      window.addEventListener('resize', listener);
      const timeout = setTimeout(listener, 60_000);
      const interval = setInterval(listener, 60_000);
      setTimeout(listener, 0);
      const db = await new Promise<IDBDatabase>(resolve => {
        const request = indexedDB.open(`bsc-churn-${crypto.randomUUID()}`);
        request.onsuccess = () => resolve(request.result);
      });
      await tick(10);
      expect([listeners.live(), timers.live(), idb.open()]).to.deep.equal([2, { timeouts: 1, intervals: 1 }, 1]);
      document.removeEventListener('keydown', listener, true);
      window.removeEventListener('resize', listener);
      clearTimeout(timeout);
      clearInterval(interval);
      db.close();
      indexedDB.deleteDatabase(db.name);
      expect([listeners.live(), timers.live(), idb.open()]).to.deep.equal([0, { timeouts: 0, intervals: 0 }, 0]);
    } finally {
      idb.stop();
      listeners.stop();
      timers.stop();
    }
  });

  it(`${CYCLES} connect/disconnect cycles leave no growing listeners, timers or IndexedDB connections`, async function () {
    this.timeout(300_000);
    const timers = watchTimers();
    const listeners = watchListeners();
    const idb = watchIndexedDb();
    const uncaught = watchUncaught();
    try {
      const caseId = uniqueCase();
      const setup = (el: BailSafeguardingCheck) => {
        el.rulePack = testPack();
        el.setAttribute('case-id', caseId);
      };
      const el = await mount(setup);
      await choose(el, Q.stage, 'pre-charge');
      await proceed(el);
      await tick(300);
      const counts = () => ({ listeners: listeners.live(), ...timers.live(), idb: idb.open() });
      const before = counts();
      const parents = [document.body, document.createElement('div')];
      document.body.append(parents[1]!);
      const at: Record<number, ReturnType<typeof counts>> = {};
      for (let i = 1; i <= CYCLES; i++) {
        parents[i % 2]!.append(el);
        if (i % 10 === 0) await el.updateComplete;
        el.remove();
        // The same number of fresh elements, each created, connected, rendered and dropped.
        const fresh = document.createElement('bail-safeguarding-check');
        setup(fresh);
        document.body.append(fresh);
        if (i % 10 === 0) await fresh.updateComplete;
        fresh.remove();
        if (i % 100 === 0) {
          await tick(50);
          at[i] = counts();
        }
      }
      // Every queued draft purge settles: wait for the counts to come back, then they must equal the ones before.
      await waitUntil(() => JSON.stringify(counts()) === JSON.stringify(before), 'the counts never came back', {
        timeout: 60_000
      }).catch(() => undefined);
      const after = counts();
      expect(before.idb, 'one connection for the page').to.equal(1);
      expect(after, `counts after ${CYCLES} cycles (at 100: ${JSON.stringify(at[100])})`).to.deep.equal(before);
      expect(idb.opened(), 'never reopened').to.equal(1);
      // And the element was never in the way of the officer: it still completes, with its answer.
      parents[1]!.append(el);
      await el.updateComplete;
      const { detail: record } = await completeAssessment(el);
      expect(record.answers.find(a => a.question === Q.stage)?.value).to.equal('pre-charge');
      expect(uncaught.seen).to.deep.equal([]);
      parents[1]!.remove();
    } finally {
      uncaught.stop();
      idb.stop();
      listeners.stop();
      timers.stop();
    }
  });

  it('runs 50 elements on one page with different cases independently, and all complete', async function () {
    this.timeout(300_000);
    const idb = watchIndexedDb();
    const uncaught = watchUncaught();
    try {
      const cases = Array.from({ length: 50 }, (_, i) => ({
        caseId: `${uniqueCase()}-${i}`,
        stage: i % 2 ? 'post-charge' : 'pre-charge',
        onBail: (['yes', 'no', 'unknown'] as const)[i % 3]!
      }));
      const errors: string[] = [];
      const els = await Promise.all(
        cases.map(c =>
          mount(el => {
            el.rulePack = testPack();
            el.setAttribute('case-id', c.caseId);
            el.addEventListener('bail-check-error', e => errors.push(e.detail.code));
          })
        )
      );
      // Each officer gets as far as their own answer; all drafts are then saved, each under its case.
      await Promise.all(
        els.map(async (el, i) => {
          await choose(el, Q.stage, cases[i]!.stage);
          await proceed(el);
          await choose(el, Q.onBail, cases[i]!.onBail);
        })
      );
      await waitUntil(async () => (await draftKeys()).length === 50, 'not every case saved a draft', {
        timeout: 60_000
      });
      const records = await Promise.all(els.map(el => completeAssessment(el)));
      records.forEach(({ detail: record }, i) => {
        const c = cases[i]!;
        expect(record.caseId).to.equal(c.caseId);
        expect(record.stage).to.equal(c.stage);
        expect(record.answers.find(a => a.question === Q.onBail)?.value, c.caseId).to.equal(c.onBail);
        expect(record.riskLevel).to.equal(c.onBail === 'yes' ? 'medium' : 'standard');
        expect(els[i]!.validity.valid).to.equal(true);
      });
      await waitUntil(async () => (await draftKeys()).length === 0, 'drafts left after completion', {
        timeout: 60_000
      });
      expect(errors).to.deep.equal([]);
      expect(idb.open(), 'one connection shared by all 50').to.be.at.most(1);
      expect(uncaught.seen).to.deep.equal([]);
    } finally {
      uncaught.stop();
      idb.stop();
    }
  });
});
