import { expect } from '@open-wc/testing';
import { defaultPack } from '../../src/default-pack.js';
import { validatePack } from '../../src/pack/validate.js';
import { cleanup, heading, mount, nextEvent, setUntyped } from '../helpers.js';

describe('<bail-safeguarding-check>: ready on a pack', () => {
  afterEach(cleanup);

  it('starts on the bundled pack: its title as the heading, before any answer', async () => {
    const el = await mount();
    expect(heading(el)).to.equal(defaultPack.title.en);
    expect(el.recommendation).to.equal(undefined);
  });

  it('fires bail-check-ready, bubbling and composed, naming the bundled pack and its hash', async () => {
    let readyEvent: Event | undefined;
    const heard = new Promise<CustomEvent>(resolve =>
      document.addEventListener('bail-check-ready', e => resolve(e), { once: true })
    );
    const el = await mount(el => el.addEventListener('bail-check-ready', e => (readyEvent = e)));
    const e = await heard;
    expect(readyEvent).to.equal(e);
    expect(e.bubbles && e.composed).to.equal(true);
    expect(e.detail.source).to.equal('bundled');
    expect(e.detail.rulePack.id).to.equal(defaultPack.id);
    expect(e.detail.rulePack.version).to.equal(defaultPack.version);
    expect(e.detail.rulePack.sha256).to.match(/^[0-9a-f]{64}$/);
    // The provisional record is there by the time the host hears the element is ready.
    expect(el.recommendation?.rulePack).to.deep.equal(e.detail.rulePack);
    expect(el.recommendation?.decision).to.equal(undefined);
  });

  it('uses a rulePack property when it is valid, and says so', async () => {
    const pack = structuredClone(defaultPack);
    pack.id = 'x-test-pack';
    pack.title = { en: 'A pack from the property' };
    let ready: Promise<CustomEvent> | undefined;
    const el = await mount(el => {
      el.rulePack = pack;
      ready = nextEvent(el, 'bail-check-ready');
    });
    const e = await ready!;
    expect(e.detail.source).to.equal('property');
    expect(e.detail.rulePack.id).to.equal('x-test-pack');
    expect(heading(el)).to.equal('A pack from the property');
  });

  it('uses a rulePack that has only warnings for its author, and reports nothing to the host', async () => {
    const pack = structuredClone(defaultPack);
    pack.id = 'x-warned-pack';
    pack.title = { en: 'A pack with warnings' }; // no Welsh
    pack.sources.push({ id: 'x-uncited', kind: 'guidance', title: { en: 'Never cited' }, confidence: 'background' });
    pack.catalogue.grounds['x-unused'] = { text: { en: 'Unused' }, law: { en: 'None' } };
    const checked = validatePack(pack);
    expect(checked.ok).to.equal(true);
    expect(checked.warnings.map(w => w.path)).to.include.members([
      'title',
      `sources[${pack.sources.length - 1}]`,
      'catalogue.grounds["x-unused"]'
    ]);
    const errors: string[] = [];
    let ready: Promise<CustomEvent> | undefined;
    const el = await mount(el => {
      el.addEventListener('bail-check-error', e => errors.push(e.detail.code));
      el.rulePack = pack;
      ready = nextEvent(el, 'bail-check-ready');
    });
    expect((await ready!).detail.source).to.equal('property');
    expect(heading(el)).to.equal('A pack with warnings');
    expect(errors).to.deep.equal([]);
  });

  it('refuses an invalid rulePack with bail-check-error and keeps working on the bundled pack', async () => {
    let error: Promise<CustomEvent> | undefined;
    let ready: Promise<CustomEvent> | undefined;
    const el = await mount(el => {
      setUntyped(el, 'rulePack', { schemaVersion: 1, id: 'broken' });
      error = nextEvent(el, 'bail-check-error');
      ready = nextEvent(el, 'bail-check-ready');
    });
    expect((await error!).detail.code).to.equal('rules-invalid');
    expect((await ready!).detail.source).to.equal('bundled');
    expect(heading(el)).to.equal(defaultPack.title.en);
  });

  it('stores rulesPublicKey as given', async () => {
    const key = { kty: 'OKP', crv: 'Ed25519', x: 'AAAA' };
    const el = await mount(el => (el.rulesPublicKey = key));
    expect(el.rulesPublicKey).to.equal(key);
  });
});
