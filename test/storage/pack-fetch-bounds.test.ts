// The network is bounded (issue 15): a redirect from rules-src is never followed (fetch shows no hops, so an
// A→B→A redirect could not be checked hop by hop), and a pack body is read only up to the most bytes a pack
// within the limits can have, the rest never downloaded.
import { expect } from '@open-wc/testing';
import { loadInFreshPage, packText, servePack, freshDbPerTest } from './support.js';

describe('rule packs: redirects refused, bodies capped while downloading', function () {
  this.timeout(180_000);
  let db: string;
  const pages = freshDbPerTest(name => (db = name));

  const load = (rulesSrc: string) => loadInFreshPage(db, pages, rulesSrc);

  it('refuses a rules-src that redirects, even to a valid pack on the same origin, without following it', async () => {
    const target = await servePack({ body: packText('2.0.0') });
    const served = await servePack({ body: '', redirect: target.url });
    const result = await load(served.url);
    expect(result.fresh).to.equal(undefined);
    expect(result.codes()).to.deep.equal(['rules-origin-refused']);
    expect(result.errors[0]!.message).to.match(/redirected: rules-src must name the pack's own address/);
    expect(await target.log(), 'the hop was not followed').to.deep.equal([]);
  });

  it('stops reading a 64 MB body past 3,000,000 bytes and refuses it, and reads a padded pack under it', async () => {
    const huge = await servePack({ body: packText('2.0.0'), padding: 64 * 1024 * 1024 });
    const refused = await load(huge.url);
    expect(refused.fresh).to.equal(undefined);
    expect(refused.codes()).to.deep.equal(['rules-invalid']);
    expect(refused.errors[0]!.message).to.match(/is larger than 3000000 bytes$/);
    const [entry] = await huge.log();
    // What the network and the server's buffers held when the page stopped reading, far from 64 MB.
    expect(entry!.sent).to.be.below(24 * 1024 * 1024);

    const padded = await servePack({ body: packText('2.0.1'), padding: 500_000 });
    expect((await load(padded.url)).fresh?.pack.version).to.equal('2.0.1');
  });
});
