// The validator (zod/mini, the schemas, validatePack) is a chunk of its own beside the built bundle, loaded only
// when a pack must be checked, and so is the rules-src code (fetch, signature, pack cache), loaded only when
// rules-src is set. Read from the requests the strict-CSP host page made (Resource Timing lists every module a
// page fetched): on the bundled pack it never asks for either; given a rulePack it loads the validator, given a
// rules-src both, under the same policy, and uses the pack.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import type { BailSafeguardingCheck } from '../../components/element.js';
import { wipeStorage } from '../element-storage/support.js';
import { testPack } from '../element/test-pack.js';
import { completeAssessment, heading, nextEvent, setUntyped } from '../helpers.js';
import { defaultPack } from '../../src/default-pack.js';
import { packText, servePack } from '../storage/support.js';
import { closeFrames, hostElement, openHost, violationsSoFar, type HostPage } from './support.js';

/** The files the page fetched from dist/, in order. */
const fromDist = (page: HostPage) =>
  page.window.performance
    .getEntriesByType('resource')
    .map(e => new URL(e.name).pathname)
    .filter(path => path.startsWith('/dist/'));

describe('validation on demand, in the built bundle under a strict Content-Security-Policy', () => {
  beforeEach(wipeStorage);
  afterEach(closeFrames);

  it('on the bundled pack, loads neither the validator nor the rules-src code through a whole assessment: the later screens’ chunk only', async () => {
    const page = await openHost('csp/index.html');
    const el = await hostElement(page);
    await completeAssessment(el);
    expect(heading(el)).to.equal('Decision recorded');
    // The screens after the questions and the record maker come in a sibling chunk, under the same policy.
    expect(fromDist(page)).to.deep.equal(['/dist/bail-safeguarding.js', '/dist/bail-safeguarding-later.js']);
    expect(await violationsSoFar(page)).to.deep.equal([]);
  });

  it('given a rulePack, loads the validation chunk from its own folder, checks the pack and uses it', async () => {
    const page = await openHost('csp/index.html');
    await hostElement(page);
    expect(fromDist(page)).not.to.include('/dist/bail-safeguarding-validate.js');

    const el = page.document.createElement('bail-safeguarding-check') as BailSafeguardingCheck;
    el.rulePack = testPack();
    const ready = nextEvent(el, 'bail-check-ready');
    page.document.querySelector('main')!.append(el);
    const { detail } = await ready;
    expect([detail.source, detail.rulePack.id]).to.deep.equal(['property', 'x-test-pack']);
    expect(heading(el)).to.equal('Test safeguarding pack');
    expect(fromDist(page)).to.include('/dist/bail-safeguarding-validate.js');

    const refused = page.document.createElement('bail-safeguarding-check') as BailSafeguardingCheck;
    setUntyped(refused, 'rulePack', { ...testPack(), questions: 'none' });
    const error = nextEvent(refused, 'bail-check-error');
    page.document.querySelector('main')!.append(refused);
    expect((await error).detail.code).to.equal('rules-invalid');
    expect(await violationsSoFar(page)).to.deep.equal([]);
    expect(fromDist(page)).not.to.include('/dist/bail-safeguarding-rules-src.js');
  });

  it('given a rules-src, loads the rules-src chunk and the validator from their folder and uses the pack fetched', async () => {
    const served = await servePack({ body: packText('1.0.1') });
    const page = await openHost('csp/index.html');
    await hostElement(page);
    expect(fromDist(page)).not.to.include('/dist/bail-safeguarding-rules-src.js');

    const el = page.document.createElement('bail-safeguarding-check') as BailSafeguardingCheck;
    el.setAttribute('rules-src', served.url);
    const ready: string[] = [];
    el.addEventListener('bail-check-ready', e => ready.push(`${e.detail.source} ${e.detail.rulePack.version}`));
    page.document.querySelector('main')!.append(el);
    await waitUntil(() => ready.length === 2, 'the pack fetched never came into use');
    // The bundled pack at once, then the one fetched.
    expect(ready).to.deep.equal([`bundled ${defaultPack.version}`, 'network 1.0.1']);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.include('First question of 1.0.1');
    const chunks = fromDist(page).filter(path => path.endsWith('-rules-src.js') || path.endsWith('-validate.js'));
    expect(chunks.sort()).to.deep.equal([
      '/dist/bail-safeguarding-rules-src.js',
      '/dist/bail-safeguarding-validate.js'
    ]);
    expect(await violationsSoFar(page)).to.deep.equal([]);
  });
});
