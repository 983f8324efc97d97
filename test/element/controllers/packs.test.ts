// The pack controller on a bare host: the initial pack at once, the swap rule (a pack arriving while the assessment
// is held waits for the next one), stale loads ignored, a cached and a fresh pack from rules-src in turn, and
// bail-check-ready once the host may hear it, for the pack still in use.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../wait.js';
import { PackController, type PackInUse } from '../../../components/bail-safeguarding-check/controllers/packs.js';
import type { BailCheckErrorDetail, BailCheckReadyDetail } from '../../../components/events.js';
import { defaultPack } from '../../../src/default-pack.js';
import { validatePack } from '../../../src/pack/validate.js';
import { openStorage } from '../../../src/storage/storage.js';
import { testPackText } from '../../element-storage/support.js';
import { deleteDb, servePack } from '../../storage/support.js';
import { testPack } from '../test-pack.js';
import { bareHost, removeHosts, testDatabase, type BareHost } from './host.js';

const validated = () => {
  const result = validatePack(testPack());
  if (!result.ok) throw new Error('the test pack is invalid');
  return result.pack;
};

function setUp(database: string, held = () => false) {
  const host = bareHost();
  const changes: PackInUse[] = [];
  const errors: BailCheckErrorDetail[] = [];
  const readies: BailCheckReadyDetail[] = [];
  let release!: () => void;
  const mayAnnounce = new Promise<void>(resolve => (release = resolve));
  const packs = new PackController(host, {
    storage: openStorage({ name: database, onUnavailable: () => {} }),
    report: e => errors.push(e),
    held,
    changed: pack => changes.push(pack),
    beforeReady: () => mayAnnounce
  });
  host.addEventListener('bail-check-ready', e => readies.push(e.detail));
  document.body.append(host);
  return {
    host,
    packs,
    changes,
    errors,
    readies,
    /** The host may now hear of packs in use (as the element says once the record is made). */
    allowReady: () => release()
  };
}

const settle = (host: BareHost) => host.updateComplete.then(() => new Promise(resolve => setTimeout(resolve)));

describe('PackController', () => {
  let database: string;
  beforeEach(() => (database = testDatabase()));
  afterEach(async () => {
    removeHosts();
    await deleteDb(database);
  });

  it('puts the initial pack in use at once (the bundled one, or a valid rulePack) and says so once the host may hear it', async () => {
    const t = setUp(database);
    t.packs.startLoad({});
    expect(t.packs.inUse?.pack).to.equal(defaultPack);
    expect(t.changes.map(p => p.source)).to.deep.equal(['bundled']);
    await settle(t.host);
    expect(t.readies, 'no ready before the record is made').to.deep.equal([]);
    t.allowReady();
    await waitUntil(() => t.readies.length === 1, 'no ready');
    expect(t.readies[0]).to.deep.include({ source: 'bundled' });
    expect(t.readies[0]!.rulePack).to.deep.equal(await t.packs.inUse!.identity);

    t.packs.startLoad({ rulePack: testPack() });
    // A rulePack comes into use once the validator, loaded on demand, has checked it.
    await waitUntil(() => t.packs.inUse?.source === 'property', 'the rulePack is not in use');
    expect(t.packs.inUse?.pack.id).to.equal('x-test-pack');
    await waitUntil(() => t.readies.length === 2, 'no ready for the property pack');
    expect(t.readies[1]!.rulePack.id).to.equal('x-test-pack');
  });

  it('keeps a pack that arrives while the assessment is held waiting, and puts it in use for the next one', async () => {
    let held = false;
    const t = setUp(database, () => held);
    t.allowReady();
    const load = t.packs.startLoad({});
    held = true;
    const newer = { pack: validated(), source: 'network' as const };
    t.packs.offer(load, newer);
    expect(t.packs.inUse?.pack, 'held: the pack stays').to.equal(defaultPack);
    expect(t.changes.length).to.equal(1);
    expect(t.packs.takeWaiting()).to.equal(true);
    expect(t.packs.inUse?.pack).to.equal(newer.pack);
    expect(t.changes.map(p => p.source)).to.deep.equal(['bundled', 'network']);
    expect(t.packs.takeWaiting(), 'nothing waits any more').to.equal(false);
    await waitUntil(() => t.readies.at(-1)?.source === 'network', 'no ready for the pack taken');
  });

  it('ignores packs of a load that another has replaced', async () => {
    const t = setUp(database);
    const first = t.packs.startLoad({});
    t.packs.startLoad({});
    t.packs.offer(first, { pack: validated(), source: 'cache' });
    expect(t.packs.inUse?.pack).to.equal(defaultPack);
    expect(t.packs.currentLoad).not.to.equal(first);
  });

  it('tells the host only of the pack still in use: one replaced before it could be told is never announced', async () => {
    const t = setUp(database);
    const load = t.packs.startLoad({});
    await settle(t.host);
    t.packs.offer(load, { pack: validated(), source: 'cache' });
    await settle(t.host);
    t.allowReady();
    await waitUntil(() => t.readies.length > 0, 'no ready');
    await settle(t.host);
    expect(t.readies.map(r => r.source)).to.deep.equal(['cache']);
  });

  it('abandons the request when the host leaves the page; back, it fetches again and offers only what is new', async () => {
    const served = await servePack({ body: testPackText('1.0.0') });
    const t = setUp(database);
    t.allowReady();
    const first = t.packs.startLoad({ rulesSrc: served.url });
    t.packs.offer(first, await first.cached);
    t.packs.offer(first, await first.fresh);
    await served.set({ body: testPackText('1.1.0'), delay: 600_000 });
    const load = t.packs.startLoad({ rulesSrc: served.url });
    t.packs.offer(load, await load.cached);
    expect([t.packs.inUse?.source, t.packs.inUse?.pack.version]).to.deep.equal(['cache', '1.0.0']);
    await waitUntil(async () => (await served.log()).length === 2, 'no refresh', { timeout: 60_000 });

    t.host.remove();
    expect(await load.fresh, 'abandoned').to.equal(undefined);
    await waitUntil(async () => (await served.log())[1]?.status === 'closed', 'not closed', { timeout: 60_000 });
    const before = t.changes.length;
    await served.set({ body: testPackText('1.1.0') });
    document.body.append(t.host);
    await waitUntil(() => t.packs.inUse?.pack.version === '1.1.0', 'not fetched again', { timeout: 60_000 });
    // Neither the bundled pack nor the cached copy came back into use on the way: only the new pack.
    expect(t.changes.slice(before).map(p => [p.source, p.pack.version])).to.deep.equal([['network', '1.1.0']]);
    expect(t.errors).to.deep.equal([]);
  });

  it('loads a rules-src pack from the network, then from the cache on a new load, reporting a refused one', async () => {
    const served = await servePack({ body: testPackText('1.0.0') });
    const t = setUp(database);
    t.allowReady();
    const load = t.packs.startLoad({ rulesSrc: served.url });
    t.packs.offer(load, await load.cached);
    t.packs.offer(load, await load.fresh);
    expect([t.packs.inUse?.source, t.packs.inUse?.pack.version]).to.deep.equal(['network', '1.0.0']);
    const again = t.packs.startLoad({ rulesSrc: served.url });
    t.packs.offer(again, await again.cached);
    expect(t.packs.inUse?.source).to.equal('cache');
    t.packs.offer(again, await again.fresh);
    expect(t.packs.inUse?.source, 'a 304: nothing newer').to.equal('cache');

    t.packs.startLoad({ rulePack: { id: 'broken' } });
    await waitUntil(() => t.errors.length > 0, 'the broken rulePack is not refused');
    expect(t.errors.map(e => e.code)).to.deep.equal(['rules-invalid']);
    expect(t.packs.inUse?.source, 'a refused rulePack: the bundled pack').to.equal('bundled');
  });
});
