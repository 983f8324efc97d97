// A cached pack is trusted by its hash on reload when this validator checked it (issue 15, bounded work): the
// worst pack within the limits is validated when it arrives, and not again from the cache. Each load is a fresh
// page (an iframe: its own module map), so whether it loaded the validator shows in its resource timing.
import { expect } from '@open-wc/testing';
import { worstAcceptedPack } from '../core/worst-packs.js';
import { loadInFreshPage, servePack, freshDbPerTest } from './support.js';

describe('rule packs: the worst accepted pack is validated once, not on every reload', function () {
  this.timeout(180_000);
  let db: string;
  const pages = freshDbPerTest(name => (db = name));

  /** A fresh page loads rules-src; what it got, and whether it fetched the validator's module (check.ts). */
  async function load(rulesSrc: string) {
    const { page, ...loaded } = await loadInFreshPage(db, pages, rulesSrc);
    const validator = page.window.performance
      .getEntriesByType('resource')
      .some(e => new URL(e.name).pathname.endsWith('/src/pack/check.ts'));
    return { ...loaded, validator };
  }

  it('validates it when it arrives, then uses the cached copy without loading the validator', async () => {
    const pack = worstAcceptedPack();
    pack.version = '9.9.9';
    const served = await servePack({ body: JSON.stringify(pack) });

    const first = await load(served.url);
    expect(first.errors).to.deep.equal([]);
    expect(first.fresh?.pack.version).to.equal('9.9.9');
    expect(first.validator, 'the first page validated the pack').to.equal(true);

    const second = await load(served.url);
    expect(second.errors).to.deep.equal([]);
    expect(second.cached?.source).to.equal('cache');
    expect(second.cached?.pack.version).to.equal('9.9.9');
    expect(second.cached?.pack.questions).to.have.length(pack.questions.length);
    expect(second.fresh, 'a 304 brings nothing new').to.equal(undefined);
    expect(second.validator, 'the reload did not load the validator').to.equal(false);
  });
});
