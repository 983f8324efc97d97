// Bad input at every entrance: attributes, prefill, rulePack and rules-src as a careless or hostile host might
// set them. Each is answered with one clear bail-check-error, nothing reaches the console, nothing is thrown,
// and the officer can still complete an assessment afterwards.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import type { BailSafeguardingCheck } from '../../components/element.js';
import type { BailCheckErrorDetail } from '../../components/events.js';
import { defaultPack } from '../../src/default-pack.js';
import { draftKeys, servePack, testPackText, wipeStorage } from '../element-storage/support.js';
import { TEST_QUESTIONS as Q, testPack } from '../element/test-pack.js';
import {
  choose,
  cleanup,
  completeAssessment,
  heading,
  mount,
  nextEvent,
  proceed,
  shadow,
  text,
  setUntyped
} from '../helpers.js';
import { everythingStored, otherOrigin, tick, watchConsole, watchUncaught } from './support.js';

/** Mounts with `setup`, recording every bail-check-error from before the element connects. */
async function mountRecording(setup: (el: BailSafeguardingCheck) => void) {
  const errors: BailCheckErrorDetail[] = [];
  const el = await mount(el => {
    el.addEventListener('bail-check-error', e => errors.push(e.detail));
    setup(el);
  });
  return { el, errors, codes: () => errors.map(e => e.code) };
}

const withTestPack = (more: (el: BailSafeguardingCheck) => void) => (el: BailSafeguardingCheck) => {
  el.rulePack = testPack();
  more(el);
};

describe('robustness: bad input at every entrance', () => {
  let output: ReturnType<typeof watchConsole>;
  let uncaught: ReturnType<typeof watchUncaught>;
  beforeEach(async () => {
    await wipeStorage();
    output = watchConsole();
    uncaught = watchUncaught();
  });
  afterEach(() => {
    output.stop();
    uncaught.stop();
    cleanup();
    expect(output.calls, 'console output').to.deep.equal([]);
    expect(uncaught.seen, 'uncaught errors').to.deep.equal([]);
  });

  describe('stage and lang', () => {
    it('refuses unknown values set mid-assessment, keeps the answers, and completes', async () => {
      const { el, codes } = await mountRecording(withTestPack(() => {}));
      await choose(el, Q.stage, 'post-charge');
      await proceed(el);
      await choose(el, Q.onBail, 'yes');
      el.setAttribute('lang', 'klingon');
      el.setAttribute('stage', 'after-lunch');
      await el.updateComplete;
      expect(codes()).to.deep.equal(['attribute-invalid', 'attribute-invalid']);
      expect(heading(el), 'English, the default').to.equal('Is the suspect on bail now?');
      el.setAttribute('lang', '');
      el.setAttribute('stage', ' pre-charge ');
      el.setAttribute('lang', 'x'.repeat(10_000));
      await el.updateComplete;
      expect(codes().length).to.equal(4);
      expect(shadow(el).querySelector<HTMLInputElement>(`input[name="${Q.onBail}"][value=yes]`)!.checked).to.equal(
        true
      );
      const { detail: record } = await completeAssessment(el);
      expect(record.stage, 'the officer’s answer, not the refused attribute').to.equal('post-charge');
      expect(record.answers.find(a => a.question === Q.onBail)?.value).to.equal('yes');
    });
  });

  describe('case-id and officer-id', () => {
    const bad = {
      '10,000 characters': 'C'.repeat(10_000),
      '201 characters': `CR-${'9'.repeat(198)}`,
      'a newline': 'CR-1\nCR-2',
      'a NUL': 'CR-1\u0000',
      'a tab': 'CR\t1',
      DEL: 'CR-1\u007f',
      'a C1 control': 'CR-1\u0085',
      'a right-to-left override': 'CR-\u202e4321',
      'a line separator': 'CR-1\u2028CR-2',
      'a paragraph separator': 'CR-1\u2029CR-2',
      'a right-to-left mark': 'CR-\u200f4321',
      'an Arabic letter mark': 'CR-\u061c4321',
      'a zero-width space': 'CR-1\u200b',
      'a byte order mark': '\ufeffCR-1',
      'a soft hyphen': 'CR-\u00ad1'
    };
    for (const [what, value] of Object.entries(bad)) {
      it(`refuses one with ${what}: attribute-invalid, never shown, stored or recorded`, async () => {
        const { el, errors } = await mountRecording(
          withTestPack(el => {
            el.setAttribute('case-id', value);
            el.setAttribute('officer-id', value);
          })
        );
        expect(errors.map(e => e.code)).to.deep.equal(['attribute-invalid', 'attribute-invalid']);
        expect(errors[0]!.message).to.match(/case-id/);
        expect(errors[1]!.message).to.match(/officer-id/);
        for (const e of errors) expect(e.message.length, 'the value is not repeated').to.be.below(200);
        expect(text(el)).not.to.contain(value.slice(0, 20));
        await choose(el, Q.stage, 'pre-charge');
        await proceed(el);
        await choose(el, Q.onBail, 'yes');
        await tick(200);
        expect(await draftKeys(), 'no draft under a refused key').to.deep.equal([]);
        const { detail: record } = await completeAssessment(el);
        expect(record.caseId).to.equal(undefined);
        expect(record.officerId).to.equal(undefined);
        expect(await everythingStored()).not.to.contain(value.slice(0, 20));
      });
    }

    it('takes 200 characters of printable text, any script, as a case and officer reference', async () => {
      const caseId = `CR/${'Ä'.repeat(100)}-${'٣'.repeat(96)}`;
      const { el, errors } = await mountRecording(
        withTestPack(el => {
          el.setAttribute('case-id', caseId);
          el.setAttribute('officer-id', 'PS 1234 — Jones');
        })
      );
      expect(caseId.length).to.equal(200);
      expect(errors).to.deep.equal([]);
      expect(text(el)).to.contain(caseId);
      await choose(el, Q.stage, 'pre-charge');
      await proceed(el);
      await waitUntil(async () => (await draftKeys()).length === 1, 'no draft saved', { timeout: 30_000 });
      const { detail: record } = await completeAssessment(el);
      expect([record.caseId, record.officerId]).to.deep.equal([caseId, 'PS 1234 — Jones']);
    });

    it('refuses a bad value set later, dropping the reference it replaced from what it stores', async () => {
      const { el, codes } = await mountRecording(withTestPack(el => el.setAttribute('case-id', 'CR-1')));
      el.setAttribute('case-id', 'CR-1\r\nSet-Cookie: x=1');
      await el.updateComplete;
      expect(codes()).to.deep.equal(['attribute-invalid']);
      await choose(el, Q.stage, 'pre-charge');
      await proceed(el);
      await tick(200);
      expect(await draftKeys()).to.deep.equal([]);
      expect((await completeAssessment(el)).detail.caseId).to.equal(undefined);
    });
  });

  describe('prefill', () => {
    const wrongTypes: [string, () => unknown][] = [
      ['a string', () => 'yes'],
      ['a number', () => 42],
      ['true', () => true],
      ['an array', () => ['yes', 'no']],
      ['a function', () => () => 'yes'],
      ['a Map', () => new Map([[Q.onBail, 'yes']])],
      ['a huge array', () => new Array(1_000_000).fill('yes')]
    ];
    for (const [what, make] of wrongTypes) {
      it(`refuses ${what} with prefill-invalid and asks every question`, async () => {
        const { el, errors } = await mountRecording(withTestPack(el => setUntyped(el, 'prefill', make())));
        expect(errors.map(e => e.code)).to.deep.equal(['prefill-invalid']);
        const { detail: record } = await completeAssessment(el);
        expect(record.answers.every(a => a.source === 'officer')).to.equal(true);
      });
    }

    it('skips wrong types, unknown ids, __proto__ and constructor keys and huge values, keeping the valid answers', async () => {
      const prefill = JSON.parse(
        '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "toString": "yes"}'
      ) as Record<string, unknown>;
      Object.assign(prefill, {
        [Q.onBail]: 'yes',
        [Q.strangulation]: true,
        [Q.level]: ['high'],
        [Q.views]: 'v'.repeat(10_000_000),
        [Q.sameVictim]: { value: 'yes' },
        ['x'.repeat(100_000)]: 'yes',
        ...Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`x-unknown.q${i}`, 'SECRET']))
      });
      const { el, errors } = await mountRecording(withTestPack(el => setUntyped(el, 'prefill', prefill)));
      expect(errors.map(e => e.code)).to.deep.equal(['prefill-invalid']);
      const { message } = errors[0]!;
      // The pack's own ids are named; the host's other keys (here 100,003 of them) are only counted.
      expect(message).to.equal(
        `Prefill skipped 100004 unknown key(s) and invalid answers for: ${[Q.strangulation, Q.level, Q.views, Q.sameVictim].join(', ')}`
      );
      expect(message.length, 'a sentence for a log, not a dump').to.be.below(2000);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      const { detail: record } = await completeAssessment(el);
      expect(record.answers.find(a => a.question === Q.onBail)).to.include({ value: 'yes', source: 'host' });
      expect(record.answers.filter(a => a.source === 'host').length).to.equal(1);
    });

    it('refuses a prefill whose properties throw when read (getters, a Proxy) without throwing itself', async () => {
      const getter = Object.defineProperty({ [Q.onBail]: 'yes' }, Q.strangulation, {
        enumerable: true,
        get() {
          throw new Error('host getter');
        }
      });
      const proxy = new Proxy(
        {},
        {
          ownKeys() {
            throw new Error('host proxy');
          }
        }
      );
      for (const prefill of [getter, proxy]) {
        const { el, codes } = await mountRecording(withTestPack(el => (el.prefill = prefill)));
        expect(codes()).to.deep.equal(['prefill-invalid']);
        await completeAssessment(el);
        cleanup();
      }
    });
  });

  describe('rulePack', () => {
    const cyclic = () => {
      const pack = testPack() as unknown as Record<string, unknown>;
      pack['meta'] = { self: pack };
      return pack;
    };
    const throwing = () =>
      Object.defineProperty(testPack(), 'title', {
        enumerable: true,
        get() {
          throw new Error('host getter');
        }
      });
    const nestedThrowing = () => {
      const pack = testPack();
      Object.defineProperty(pack.questions[1]!, 'text', {
        enumerable: true,
        get() {
          throw new RangeError('deep getter');
        }
      });
      return pack;
    };
    const trap = (name: keyof ProxyHandler<object>) =>
      new Proxy(testPack(), {
        [name]() {
          throw new Error(`host proxy ${name}`);
        }
      });
    const revoked = () => {
      const { proxy, revoke } = Proxy.revocable(testPack(), {});
      revoke();
      return proxy;
    };
    const invalid: [string, () => unknown][] = [
      ['a getter that throws', throwing],
      ['a getter deep inside that throws', nestedThrowing],
      ['a cycle', cyclic],
      ['a Proxy whose get trap throws', () => trap('get')],
      ['a Proxy whose ownKeys trap throws', () => trap('ownKeys')],
      ['a revoked Proxy', revoked],
      ['a function', () => () => testPack()],
      ['an array', () => [testPack()]],
      ['a number', () => 1],
      ['a Date', () => new Date()],
      ['a string that is not JSON', () => '<script>alert(1)</script>'],
      ['a string of 3 million characters', () => `"${'x'.repeat(3_000_000)}"`],
      [
        'a pack 10,000 levels deep',
        () => ({ ...testPack(), meta: JSON.parse(`${'['.repeat(10_000)}${']'.repeat(10_000)}`) })
      ],
      ['a BigInt inside', () => ({ ...testPack(), version: 1n })],
      ['a symbol-keyed pack with nothing else', () => ({ [Symbol('id')]: 'x' })]
    ];
    for (const [what, make] of invalid) {
      it(`refuses ${what} with rules-invalid, renders the bundled pack and completes`, async () => {
        let ready: Promise<CustomEvent> | undefined;
        const { el, errors } = await mountRecording(el => {
          ready = nextEvent(el, 'bail-check-ready');
          setUntyped(el, 'rulePack', make());
        });
        expect(errors.map(e => e.code)).to.deep.equal(['rules-invalid']);
        expect(errors[0]!.message).to.match(/^The rulePack property was refused: /);
        expect((await ready!).detail.source).to.equal('bundled');
        expect(heading(el)).to.equal(defaultPack.title.en);
        el.rulePack = testPack();
        await waitUntil(() => heading(el) === 'Test safeguarding pack', 'a valid pack set next is not used');
        await completeAssessment(el);
      });
    }

    it('takes a Proxy or a frozen object that reads as a valid pack, and keeps no link to it', async () => {
      const changing = testPack();
      const proxy = new Proxy(changing, {});
      const { el, errors } = await mountRecording(el => (el.rulePack = proxy));
      expect(errors).to.deep.equal([]);
      expect(heading(el)).to.equal('Test safeguarding pack');
      changing.title.en = 'Changed behind the element’s back';
      await choose(el, Q.stage, 'pre-charge');
      await proceed(el);
      expect(text(el)).not.to.contain('Changed behind');
      await completeAssessment(el);
      cleanup();
      const frozen = await mountRecording(el => (el.rulePack = Object.freeze(testPack())));
      expect(frozen.errors).to.deep.equal([]);
      await completeAssessment(frozen.el);
    });
  });

  describe('rules-src', () => {
    it('refuses another origin with rules-origin-refused and makes no request; completes on the bundled pack', async () => {
      const served = await servePack({ body: testPackText('1.0.0') }, otherOrigin());
      for (const origins of [undefined, '', '*', 'null https://example.org', `${otherOrigin()}.example.org`]) {
        const { el, codes } = await mountRecording(el => {
          el.setAttribute('rules-src', served.url);
          if (origins !== undefined) el.setAttribute('rules-origins', origins);
        });
        // Reported once the rules-src code (a chunk of its own) has loaded: no request to the other origin.
        await waitUntil(() => codes().length, `rules-origins="${origins}": nothing reported`);
        expect(codes(), `rules-origins="${origins}"`).to.deep.equal(['rules-origin-refused']);
        expect(heading(el)).to.equal(defaultPack.title.en);
        cleanup();
      }
      const { el } = await mountRecording(el => el.setAttribute('rules-src', served.url));
      await completeAssessment(el);
      expect(await served.log(), 'nothing was requested').to.deep.equal([]);
    });

    it('refuses javascript:, data: and unparseable URLs without a request', async () => {
      for (const src of ['javascript:alert(1)', 'data:application/json,{}', 'http://[::1', '//example.org/pack.json']) {
        const { el, codes } = await mountRecording(el => el.setAttribute('rules-src', src));
        await waitUntil(() => codes().length, `${src}: nothing reported`);
        expect(codes(), src).to.have.length(1);
        expect(codes()[0]).to.be.oneOf(['rules-origin-refused', 'rules-fetch-failed']);
        expect(heading(el)).to.equal(defaultPack.title.en);
        cleanup();
      }
    });

    it('fetches from another origin that rules-origins allows, and completes on that pack', async () => {
      const served = await servePack({ body: testPackText('1.0.0') }, otherOrigin());
      const { el, errors } = await mountRecording(el => {
        el.setAttribute('rules-src', served.url);
        el.setAttribute('rules-origins', `https://rules.example.police.uk ${otherOrigin()}`);
      });
      await waitUntil(() => heading(el) === 'Test pack 1.0.0', 'the allowed origin’s pack is not used', {
        timeout: 30_000
      });
      expect(errors).to.deep.equal([]);
      expect((await completeAssessment(el)).detail.rulePack.version).to.equal('1.0.0');
      expect((await served.log()).map(e => e.file)).to.deep.equal(['pack.json']);
    });
  });
});
