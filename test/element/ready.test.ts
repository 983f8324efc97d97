import { expect } from '@open-wc/testing';
import { defaultPack } from '../src/default-pack.js';
import { cleanup, mount, nextEvent, shadow } from './helpers.js';

const firstQuestion = defaultPack.questions[0]!;

describe('<bail-safeguarding-check>: first question and ready', () => {
  afterEach(cleanup);

  it('shows the first question of the bundled pack as a heading inside its legend', async () => {
    const el = await mount();
    const heading = shadow(el).querySelector('fieldset legend h2');
    expect(heading?.textContent?.trim()).to.equal(firstQuestion.text.en);
    expect(shadow(el).querySelectorAll('fieldset input[type=radio]').length).to.be.greaterThan(1);
  });

  it('fires bail-check-ready, bubbling and composed, naming the bundled pack and its hash', async () => {
    let readyEvent: Event | undefined;
    const heard = new Promise<CustomEvent>(resolve =>
      document.addEventListener('bail-check-ready', e => resolve(e), { once: true })
    );
    await mount(el => el.addEventListener('bail-check-ready', e => (readyEvent = e)));
    const e = await heard;
    expect(readyEvent).to.equal(e);
    expect(e.bubbles && e.composed).to.equal(true);
    expect(e.detail.source).to.equal('bundled');
    expect(e.detail.rulePack.id).to.equal(defaultPack.id);
    expect(e.detail.rulePack.version).to.equal(defaultPack.version);
    expect(e.detail.rulePack.sha256).to.match(/^[0-9a-f]{64}$/);
  });

  it('uses a rulePack property when it is valid, and says so', async () => {
    const pack = structuredClone(defaultPack);
    pack.id = 'x-test-pack';
    pack.questions[0]!.text.en = 'A question from the property pack';
    let ready: Promise<CustomEvent> | undefined;
    const el = await mount(el => {
      el.rulePack = pack;
      ready = nextEvent(el, 'bail-check-ready');
    });
    const e = await ready!;
    expect(e.detail.source).to.equal('property');
    expect(e.detail.rulePack.id).to.equal('x-test-pack');
    expect(shadow(el).querySelector('legend h2')?.textContent?.trim()).to.equal('A question from the property pack');
  });

  it('refuses an invalid rulePack with bail-check-error and keeps working on the bundled pack', async () => {
    let error: Promise<CustomEvent> | undefined;
    let ready: Promise<CustomEvent> | undefined;
    const el = await mount(el => {
      el.rulePack = { schemaVersion: 1, id: 'broken' };
      error = nextEvent(el, 'bail-check-error');
      ready = nextEvent(el, 'bail-check-ready');
    });
    expect((await error!).detail.code).to.equal('rules-invalid');
    expect((await ready!).detail.source).to.equal('bundled');
    expect(shadow(el).querySelector('legend h2')?.textContent?.trim()).to.equal(firstQuestion.text.en);
  });

  it('shows Welsh text with lang="cy"', async () => {
    const el = await mount(el => el.setAttribute('lang', 'cy'));
    expect(shadow(el).querySelector('legend h2')?.textContent?.trim()).to.equal(firstQuestion.text.cy);
  });

  it('is accessible', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
  });
});

describe('<bail-safeguarding-check> under a strict Content-Security-Policy', () => {
  afterEach(cleanup);

  it("renders with script-src 'self'; style-src 'self' and causes no violation", async () => {
    const frame = document.createElement('iframe');
    const result = new Promise<{ violations: string[]; heading?: string; error?: string }>(resolve => {
      addEventListener('message', function onMessage(e: MessageEvent) {
        if (e.data?.kind !== 'csp-result') return;
        removeEventListener('message', onMessage);
        resolve(e.data);
      });
    });
    frame.src = new URL('./fixtures/csp.html', import.meta.url).href;
    document.body.append(frame);
    const { violations, heading, error } = await result;
    expect(error).to.equal(undefined);
    expect(violations).to.deep.equal([]);
    expect(heading?.trim()).to.equal(firstQuestion.text.en);
  });
});
