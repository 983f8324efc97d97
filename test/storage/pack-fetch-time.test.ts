// rules-src in time and in bounds (issue 15): a server that keeps the page waiting is abandoned (rules-timeout)
// and the cached pack stays; a request the loader's signal abandons closes its connection and reports nothing;
// the signed manifest is read only up to 64 kB; the cached copies are bounded, the least recently used going
// first, and the highest version seen per pack id is never evicted.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { fetchTimeouts, MANIFEST_BYTES } from '../../src/pack/fetch.js';
import { loadPack, type PackLoadOptions } from '../../src/pack/load.js';
import { CACHED_PACKS } from '../../src/storage/pack-cache.js';
import { openStorage } from '../../src/storage/storage.js';
import { deleteDb, dump, packText, recorder, servePack, serverKey, uniqueDb, type ServedPack } from './support.js';

const usual = { ...fetchTimeouts };

describe('rule packs: timeouts, abandoned requests, the manifest capped, the cache bounded', function () {
  this.timeout(300_000);
  let db: string;
  beforeEach(() => (db = uniqueDb()));
  afterEach(async () => {
    Object.assign(fetchTimeouts, usual);
    await deleteDb(db);
  });

  /** Loads rulesSrc on database `db` as the element would: what came from the cache and the network, and reports. */
  async function load(options: Partial<PackLoadOptions> & { rulesSrc: string }) {
    const r = recorder();
    const storage = openStorage({ name: db, onUnavailable: r.onUnavailable });
    const loading = loadPack({ storage, report: r.report, ...options });
    const [cached, fresh] = await Promise.all([loading.cached, loading.fresh]);
    return { cached, fresh, ...r };
  }

  /** Waits until the server has seen the pack requested `n` times. */
  const requested = (served: ServedPack, n = 1) =>
    waitUntil(async () => (await served.log()).length >= n, 'the pack was not requested', { timeout: 60_000 });

  it('abandons a rules-src that sends no headers in time (rules-timeout), closing the request; the cached pack stays', async () => {
    const served = await servePack({ body: packText('2.0.0') });
    expect((await load({ rulesSrc: served.url })).fresh?.pack.version).to.equal('2.0.0');
    await served.set({ body: packText('2.0.1'), delay: 600_000 });
    fetchTimeouts.quietMs = 300;
    const result = await load({ rulesSrc: served.url });
    expect(result.cached?.pack.version, 'the cached pack is used').to.equal('2.0.0');
    expect(result.fresh).to.equal(undefined);
    expect(result.codes()).to.deep.equal(['rules-timeout']);
    expect(result.errors[0]!.message).to.match(/was abandoned: nothing received for 0\.3 s$/);
    await waitUntil(async () => (await served.log())[1]?.status === 'closed', 'the server saw no close', {
      timeout: 60_000
    });
  });

  it('abandons a body that stops half way, and a fetch that takes too long in all, each as rules-timeout', async () => {
    const stalled = await servePack({ body: packText('2.0.0'), stall: 600_000 });
    fetchTimeouts.quietMs = 300;
    const quiet = await load({ rulesSrc: stalled.url });
    expect([quiet.fresh, quiet.codes()]).to.deep.equal([undefined, ['rules-timeout']]);
    await waitUntil(async () => (await stalled.log())[0]?.closed === true, 'the server saw no close', {
      timeout: 60_000
    });

    // Each byte in time, but not all of it: the whole fetch has its own bound.
    Object.assign(fetchTimeouts, { quietMs: 600_000, totalMs: 300 });
    const slow = await servePack({ body: packText('2.0.0'), delay: 600_000 });
    const total = await load({ rulesSrc: slow.url });
    expect(total.codes()).to.deep.equal(['rules-timeout']);
    expect(total.errors[0]!.message).to.match(/was abandoned: not complete after 0\.3 s$/);
  });

  it('closes the request when its signal aborts, and reports nothing', async () => {
    const served = await servePack({ body: packText('2.0.0'), delay: 600_000 });
    const abort = new AbortController();
    const loading = load({ rulesSrc: served.url, signal: abort.signal });
    await requested(served);
    abort.abort();
    const result = await loading;
    expect([result.fresh, result.errors]).to.deep.equal([undefined, []]);
    await waitUntil(async () => (await served.log())[0]?.status === 'closed', 'the server saw no close', {
      timeout: 60_000
    });
    // An already aborted signal makes no request at all.
    const again = await load({ rulesSrc: served.url, signal: abort.signal });
    expect([again.fresh, again.errors, (await served.log()).length]).to.deep.equal([undefined, [], 1]);
  });

  it(`reads the signed manifest only up to ${MANIFEST_BYTES} bytes`, async () => {
    const rulesPublicKey = await serverKey();
    const padded = await servePack({ body: packText('2.0.0'), signature: 'valid', sigPadding: 60_000 });
    expect((await load({ rulesSrc: padded.url, rulesPublicKey })).fresh?.pack.version).to.equal('2.0.0');
    const huge = await servePack({ body: packText('2.0.0'), signature: 'valid', sigPadding: 10_000_000 });
    const refused = await load({ rulesSrc: huge.url, rulesPublicKey });
    expect(refused.fresh).to.equal(undefined);
    expect(refused.codes()).to.deep.equal(['rules-signature-invalid']);
    expect(refused.errors[0]!.message).to.match(/manifest for the rule pack at .* is larger than 65536 bytes$/);
  });

  it(`keeps ${CACHED_PACKS} cached copies, the least recently used evicted, never the highest version seen`, async () => {
    const rulesPublicKey = await serverKey();
    const served = await servePack({ body: packText('1.1.0'), signature: 'valid' });
    const at = (v: number) => new URL(`${served.url}?v=${v}`, location.href).href;
    const cachedUrls = async () =>
      (await dump(db)).packs.map(r => r.key).filter(k => k.startsWith('http') && k.includes(served.url));
    for (let v = 0; v <= CACHED_PACKS + 1; v++) {
      expect((await load({ rulesSrc: at(v), rulesPublicKey })).fresh?.pack.version, `?v=${v}`).to.equal('1.1.0');
      // ?v=1 is used again (from the cache, the server answering 304) once the others have been cached.
      if (v === CACHED_PACKS - 1) {
        const again = await load({ rulesSrc: at(1), rulesPublicKey });
        expect([again.cached?.source, again.fresh, again.errors]).to.deep.equal(['cache', undefined, []]);
      }
    }
    const kept = await cachedUrls();
    expect(kept).to.have.length(CACHED_PACKS);
    expect(kept, 'the least recently used go').not.to.include.members([at(0)]);
    expect(kept).not.to.include(at(2));
    expect(kept, 'the one used again stays').to.include(at(1));
    expect(kept).to.include(at(CACHED_PACKS + 1));
    const highest = (await dump(db)).packs.find(r => r.key === 'highest-version bail-safeguarding-default');
    expect(highest?.value, 'the highest version seen is kept').to.equal('1.1.0');

    // The replay defence still holds: 1.0.0 with its genuine manifest at a new URL is refused.
    await served.set({ body: packText('1.0.0'), signature: 'valid' });
    const replay = await load({ rulesSrc: at(99), rulesPublicKey });
    expect(replay.fresh).to.equal(undefined);
    expect(replay.codes()).to.deep.equal(['rules-signature-invalid']);
    expect(replay.errors[0]!.message).to.contain('older than 1.1.0 accepted before: refused as a replay');
  });

  it('bounds the cache in memory too, when IndexedDB will not open', async () => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    try {
      const served = await servePack({ body: packText('2.0.0') });
      const at = (v: number) => new URL(`${served.url}?v=${v}`, location.href).href;
      for (let v = 0; v <= CACHED_PACKS; v++)
        expect((await load({ rulesSrc: at(v) })).fresh?.pack.version, `?v=${v}`).to.equal('2.0.0');
      const storage = openStorage({ name: db, onUnavailable: () => {} });
      const keys = await storage.keys('packs');
      expect(keys.filter(k => k.startsWith('http'))).to.have.members(
        Array.from({ length: CACHED_PACKS }, (_, i) => at(i + 1))
      );
      expect(keys).to.include('recently used');
    } finally {
      IDBFactory.prototype.open = open;
    }
  });

  it('evicts copies cached before the bound existed, and a cached copy under a lost usage list', async () => {
    const served = await servePack({ body: packText('2.0.0') });
    // 25 copies written the old way (no usage list), as a page before this release would have left them.
    const storage = openStorage({ name: db, onUnavailable: () => {} });
    const first = await load({ rulesSrc: served.url });
    const record = (await dump(db)).packs.find(r => r.key.endsWith(served.url))!.value as { url: string };
    for (let v = 0; v < 25; v++) {
      const url = new URL(`${served.url}?old=${v}`, location.href).href;
      await storage.put('packs', url, { ...record, url });
    }
    await storage.put('packs', 'recently used', 'not a list');
    expect((await dump(db)).packs.length).to.equal(27);
    expect(first.fresh?.pack.version).to.equal('2.0.0');
    expect((await load({ rulesSrc: served.url })).cached?.pack.version).to.equal('2.0.0');
    const keys = (await dump(db)).packs.map(r => r.key);
    expect(keys.filter(k => k.startsWith('http'))).to.deep.equal([new URL(served.url, location.href).href]);
  });
});
