// Bounded work at the element (issue 15): a rulePack object is validated once however many elements are given
// it, and the worst packs found are refused with their limit named, or used.
import { expect } from '@open-wc/testing';
import { defaultPack } from '../../src/default-pack.js';
import { searchPack, worstAcceptedPack } from '../core/worst-packs.js';
import { cleanup, heading, mount, nextEvent, setUntyped } from '../helpers.js';

describe('<bail-safeguarding-check>: bounded work on rulePack', function () {
  this.timeout(180_000);
  afterEach(cleanup);

  it('validates a rulePack object once for 50 elements given it', async () => {
    const pack = structuredClone(defaultPack) as Record<string, unknown>;
    pack.id = 'x-shared-pack';
    // Validation reads the whole object (it copies it as JSON), so each validation reads the title once.
    let reads = 0;
    Object.defineProperty(pack, 'title', {
      enumerable: true,
      get: () => (reads++, { en: 'One pack for fifty elements' })
    });
    const ready: Promise<CustomEvent<{ source: string }>>[] = [];
    const elements = await Promise.all(
      Array.from({ length: 50 }, () =>
        mount(el => {
          setUntyped(el, 'rulePack', pack);
          ready.push(nextEvent(el, 'bail-check-ready'));
        })
      )
    );
    const events = await Promise.all(ready);
    expect(events.map(e => e.detail.source)).to.deep.equal(Array(50).fill('property'));
    await Promise.all(elements.map(el => el.updateComplete));
    expect(elements.map(heading)).to.deep.equal(Array(50).fill('One pack for fifty elements'));
    expect(reads, 'times the pack was read for validation').to.equal(1);
    await expect(elements[0]).to.be.accessible();
  });

  it('refuses the 2 MB pack whose searches froze the page, naming where and which limit, on the bundled pack', async () => {
    const pack = searchPack(6000);
    const errors: { code: string; message: string }[] = [];
    let refused: Promise<void> | undefined;
    const el = await mount(el => {
      setUntyped(el, 'rulePack', pack);
      // Other errors may come first: storage can time out while a busy machine validates 2 MB.
      refused = new Promise(resolve =>
        el.addEventListener('bail-check-error', e => {
          errors.push(e.detail);
          if (e.detail.code === 'rules-invalid') resolve();
        })
      );
    });
    await refused;
    const rules = errors.filter(e => e.code.startsWith('rules-'));
    expect(rules).to.have.length(1);
    expect(rules[0]!.message).to.match(
      /^The rulePack property was refused: questions\[11\]\.askWhen: needs more than 1000000 steps of search$/
    );
    await el.updateComplete;
    expect(heading(el)).to.equal(defaultPack.title.en);
  });

  it('uses the worst pack within the limits', async () => {
    const pack = worstAcceptedPack();
    pack.title = { en: 'The worst pack within the limits' };
    let ready: Promise<CustomEvent<{ source: string }>> | undefined;
    const el = await mount(el => {
      el.rulePack = pack;
      ready = nextEvent(el, 'bail-check-ready', 120_000);
    });
    expect((await ready!).detail.source).to.equal('property');
    await el.updateComplete;
    expect(heading(el)).to.equal('The worst pack within the limits');
    await expect(el).to.be.accessible();
  });
});
