// The validator (zod/mini, the schemas, validatePack) is a chunk of its own beside the built bundle, loaded only
// when a pack must be checked. Read from the requests the strict-CSP host page made (Resource Timing lists
// every module a page fetched): on the bundled pack it never asks for the chunk; given a rulePack it loads it,
// under the same policy, and uses the pack.
import { expect, waitUntil } from '@open-wc/testing';
import type { BailSafeguardingCheck } from '../../components/element.js';
import { wipeStorage } from '../element-storage/support.js';
import { testPack } from '../element/test-pack.js';
import { completeAssessment, heading, nextEvent } from '../helpers.js';
import { closeFrames, hostElement, openHost, type HostPage } from './support.js';

/** The files the page fetched from dist/, in order. */
const fromDist = (page: HostPage) =>
  page.window.performance
    .getEntriesByType('resource')
    .map(e => new URL(e.name).pathname)
    .filter(path => path.startsWith('/dist/'));

/**
 * The policy violations the page listed. A violation is reported asynchronously, so one is caused on purpose
 * and waited for: any earlier one is listed before it.
 */
async function violations(page: HostPage): Promise<string[]> {
  page.document.body.setAttribute('style', 'outline: 1px solid red');
  const items = () => [...page.document.querySelectorAll('[data-csp-violations] li')].map(li => li.textContent ?? '');
  await waitUntil(() => items().length > 0, 'the deliberate violation was never listed', { timeout: 5000 });
  return items().slice(0, -1);
}

describe('validation on demand, in the built bundle under a strict Content-Security-Policy', () => {
  beforeEach(wipeStorage);
  afterEach(closeFrames);

  it('on the bundled pack, loads no validator: only dist/bail-safeguarding.js, through a whole assessment', async () => {
    const page = await openHost('csp/index.html');
    const el = await hostElement(page);
    await completeAssessment(el);
    expect(heading(el)).to.equal('Decision recorded');
    expect(fromDist(page)).to.deep.equal(['/dist/bail-safeguarding.js']);
    expect(await violations(page)).to.deep.equal([]);
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
    expect(fromDist(page)).to.deep.equal(['/dist/bail-safeguarding.js', '/dist/bail-safeguarding-validate.js']);

    const refused = page.document.createElement('bail-safeguarding-check') as BailSafeguardingCheck;
    refused.rulePack = { ...testPack(), questions: 'none' };
    const error = nextEvent(refused, 'bail-check-error');
    page.document.querySelector('main')!.append(refused);
    expect((await error).detail.code).to.equal('rules-invalid');
    expect(await violations(page)).to.deep.equal([]);
  });
});
