// Bounded work at the element (issue 15): a rulePack object is validated once however many elements are given
// it, the worst packs found are refused with their limit named, or used, and validation lets the page run
// between slices of its work. How long the longest slice takes is bench/bounds.mjs's figure, not a test's:
// on a loaded machine a task's length says more about the load than about the code.
import { expect } from '@open-wc/testing';
import { defaultPack } from '../../src/default-pack.js';
import { loadValidator } from '../../src/pack/validator.js';
import { indicatorChainPack, paddedTo, searchPack, worstAcceptedPack } from '../core/worst-packs.js';
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

  it('refuses a 1 MB pack whose searches would hold the page, naming where and which limit, on the bundled pack', async () => {
    const pack = searchPack(2800);
    const errors: { code: string; message: string }[] = [];
    let refused: Promise<void> | undefined;
    const el = await mount(el => {
      setUntyped(el, 'rulePack', pack);
      // Other errors may come first: storage can time out while a busy machine validates 1 MB.
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
      /^The rulePack property was refused: questions\[8\]\.askWhen: needs more than 250000 steps of search$/
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

  it('lets the page run between slices while it validates each of the worst packs within the limits', async () => {
    // The element's check (validator.ts's validate), its chunk loaded first: only the check itself is watched.
    const { checkPackErrors } = await loadValidator();
    for (const [name, pack] of [
      ['one search of 16,384 combinations', worstAcceptedPack()],
      ['a chain of 4,000 rules', paddedTo(indicatorChainPack(4000), 990_000)],
      ['plain questions', paddedTo(searchPack(0), 990_000)]
    ] as const) {
      // A timer chain as a page's own work would be: it runs only when validation gives the page back.
      let ticks = 0;
      let running = true;
      const tick = () => running && (ticks++, setTimeout(tick));
      setTimeout(tick);
      const result = await checkPackErrors(pack);
      running = false;
      expect(result.ok, `${name}: ${JSON.stringify(result.ok || result.errors.slice(0, 2))}`).to.equal(true);
      // Work of 1 MB takes 40 ms or more in either browser, in slices of about 20 ms; without slices the timer
      // never ran (the check was one synchronous call once its chunk had loaded). How many depends on the load.
      expect(ticks, `${name}: times the page ran during validation`).to.be.at.least(1);
    }
  });
});
