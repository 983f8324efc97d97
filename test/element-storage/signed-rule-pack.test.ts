// The rulePack property on an element with rulesPublicKey: used only as a pack file's exact text with the
// manifest rules:sign wrote for it (rulePackSignature), checked as a rules-src pack is; anything else is refused
// with one bail-check-error and the officer keeps the bundled pack. Without a key, nothing changed.
import { expect } from '@open-wc/testing';
import type { BailSafeguardingCheck } from '../../components/element.js';
import type { BailCheckErrorDetail, BailCheckReadyDetail } from '../../components/events.js';
import { defaultPack } from '../../src/default-pack.js';
import { serverKey, type PackConfig } from '../storage/support.js';
import { testPack } from '../element/test-pack.js';
import { cleanup, heading, mount, nextEvent } from '../helpers.js';
import { servePack, testPackText, wipeStorage } from './support.js';

/** The manifest the test server signs (with its key) for `body`: the text of `pack.json.sig`. */
async function manifestFor(body: string, config: Partial<PackConfig> = {}): Promise<string> {
  const served = await servePack({ body, signature: 'valid', ...config });
  return (await fetch(`${served.url}.sig`)).text();
}

/**
 * Mounts an element with the server's key and these properties; resolves once its first pack is in use and
 * announced, with the errors it reported (all of them: a rulePack is checked before the first update completes).
 */
async function mountKeyed(setup: (el: BailSafeguardingCheck) => void) {
  const errors: BailCheckErrorDetail[] = [];
  let ready: Promise<CustomEvent<BailCheckReadyDetail>> | undefined;
  const rulesPublicKey = await serverKey();
  const el = await mount(el => {
    el.addEventListener('bail-check-error', e => errors.push((e as CustomEvent<BailCheckErrorDetail>).detail));
    ready = nextEvent(el, 'bail-check-ready');
    el.rulesPublicKey = rulesPublicKey;
    setup(el);
  });
  const { detail } = await ready!;
  return { el, errors, ready: detail };
}

/** The element kept the bundled pack, after exactly one error with this code whose message says `why`. */
function expectRefused(
  { el, errors, ready }: Awaited<ReturnType<typeof mountKeyed>>,
  code: BailCheckErrorDetail['code'],
  why: string
) {
  expect(errors.map(e => e.code)).to.deep.equal([code]);
  expect(errors[0]!.message).to.contain(why);
  expect([ready.source, ready.rulePack.id]).to.deep.equal(['bundled', defaultPack.id]);
  expect(heading(el)).not.to.contain('Test pack');
}

describe('<bail-safeguarding-check>: a signed rulePack when rulesPublicKey is set', () => {
  beforeEach(wipeStorage);
  afterEach(cleanup);

  it('uses the exact text of a signed pack file with its manifest', async () => {
    const text = testPackText('1.0.0');
    const signature = await manifestFor(text);
    const loaded = await mountKeyed(el => {
      el.rulePack = text;
      el.rulePackSignature = signature;
    });
    expect(loaded.errors).to.deep.equal([]);
    expect(loaded.ready.source).to.equal('property');
    expect(loaded.ready.rulePack).to.include({ id: 'x-test-pack', version: '1.0.0' });
    expect(heading(loaded.el)).to.equal('Test pack 1.0.0');
  });

  it('refuses an unsigned rulePack, as text or as an object (even with a manifest: an object has no signed bytes)', async () => {
    const text = testPackText('1.0.0');
    expectRefused(await mountKeyed(el => (el.rulePack = text)), 'rules-signature-invalid', 'is not signed');
    cleanup();
    const signature = await manifestFor(text);
    const object = await mountKeyed(el => {
      el.rulePack = { ...testPack(), version: '1.0.0', title: { en: 'Test pack 1.0.0' } };
      el.rulePackSignature = signature;
    });
    expectRefused(object, 'rules-signature-invalid', 'give the signed JSON text');
  });

  it('refuses a signature that does not verify, a manifest of other bytes, and an expired one', async () => {
    const text = testPackText('1.0.0');
    const genuine = JSON.parse(await manifestFor(text)) as Record<string, string>;
    const forged = JSON.stringify({ ...genuine, version: '9.9.9' });
    const cases: [string, string][] = [
      [forged, 'signature does not verify'],
      [await manifestFor(text, { signature: 'other' }), 'does not match the SHA-256'],
      [await manifestFor(text, { manifest: { expires: '2020-01-01T00:00:00.000Z' } }), 'expired (2020-01-01'],
      ['c2lnbmF0dXJl', 'old detached form']
    ];
    for (const [signature, why] of cases) {
      const refused = await mountKeyed(el => {
        el.rulePack = text;
        el.rulePackSignature = signature;
      });
      expectRefused(refused, 'rules-signature-invalid', why);
      cleanup();
    }
  });

  it('refuses a lower version than one accepted before for that id (a replay), and takes a higher one', async () => {
    const signedMount = async (version: string) => {
      const text = testPackText(version);
      const signature = await manifestFor(text);
      const loaded = await mountKeyed(el => {
        el.rulePack = text;
        el.rulePackSignature = signature;
      });
      cleanup();
      return loaded;
    };
    expect((await signedMount('1.1.0')).ready.source).to.equal('property');
    expectRefused(await signedMount('1.0.0'), 'rules-signature-invalid', 'older than 1.1.0 accepted before');
    const higher = await signedMount('1.2.0');
    expect([higher.errors, higher.ready.rulePack.version]).to.deep.equal([[], '1.2.0']);
  });

  it('refuses a signed pack of another id than rules-id', async () => {
    const text = testPackText('1.0.0');
    const signature = await manifestFor(text);
    const refused = await mountKeyed(el => {
      el.setAttribute('rules-id', defaultPack.id);
      el.rulePack = text;
      el.rulePackSignature = signature;
    });
    expectRefused(refused, 'rules-invalid', `is x-test-pack, not ${defaultPack.id} (rules-id)`);
  });

  it('checks the manifest again when the host changes it, and then uses the pack', async () => {
    const text = testPackText('1.0.0');
    const { el, errors } = await mountKeyed(el => (el.rulePack = text));
    expect(errors.map(e => e.code)).to.deep.equal(['rules-signature-invalid']);
    const ready = nextEvent(el, 'bail-check-ready');
    el.rulePackSignature = await manifestFor(text);
    expect((await ready).detail.source).to.equal('property');
    expect(heading(el)).to.equal('Test pack 1.0.0');
    expect(errors).to.have.length(1);
  });

  it('without a key, uses an unsigned rulePack as before (object or text) and ignores a manifest', async () => {
    for (const rulePack of [testPackText('1.0.0'), { ...testPack(), title: { en: 'Test pack 1.0.0' } }]) {
      const errors: BailCheckErrorDetail[] = [];
      const el = await mount(el => {
        el.addEventListener('bail-check-error', e => errors.push((e as CustomEvent<BailCheckErrorDetail>).detail));
        el.rulePack = rulePack;
        el.rulePackSignature = 'not a manifest';
      });
      expect(errors).to.deep.equal([]);
      expect(heading(el)).to.equal('Test pack 1.0.0');
      cleanup();
    }
  });
});
