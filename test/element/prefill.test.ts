import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { choose, cleanup, heading, mount, nextEvent, proceed, shadow, text, type, setUntyped } from '../helpers.js';
import { TEST_QUESTIONS as Q, testPack } from './test-pack.js';

const hostTags = (el: Element) => shadow(el).querySelectorAll('[part~="host-tag"]').length;

describe('<bail-safeguarding-check>: prefill from the host record', () => {
  afterEach(cleanup);

  it('shows host answers to confirm once per section, lets the officer change any, and marks sources in the record', async () => {
    const el = await mount(el => {
      el.rulePack = testPack();
      el.prefill = { [Q.stage]: 'post-charge', [Q.onBail]: 'yes', [Q.strangulation]: 'no' };
    });
    // The stage the host gave is not asked again; it can still be changed.
    expect(shadow(el).querySelector(`input[name="${Q.stage}"]`)).to.equal(null);
    expect(text(el)).to.contain('Bail after charge').and.contain('From the host record');
    await expect(el).to.be.accessible();
    await proceed(el);

    // One screen for the section's prefilled answers, confirmed together.
    expect(heading(el)).to.equal('Context');
    expect(text(el)).to.contain('These answers came from the host record');
    expect(shadow(el).querySelector<HTMLInputElement>(`input[name="${Q.onBail}"][value=yes]`)!.checked).to.equal(true);
    expect(hostTags(el)).to.equal(1);
    expect(shadow(el).querySelector('form button.primary')?.textContent?.trim()).to.equal('Confirm and continue');
    await expect(el).to.be.accessible();
    await proceed(el);
    // The follow-up the host did not answer is asked on its own.
    expect(heading(el)).to.equal('Does that bail concern the same victim?');
    await choose(el, Q.sameVictim, 'unknown');
    await proceed(el);

    expect(heading(el)).to.equal('History of abuse');
    expect(hostTags(el)).to.equal(1);
    await choose(el, Q.strangulation, 'yes'); // the officer corrects the host
    expect(hostTags(el)).to.equal(0);
    await proceed(el);
    await choose(el, Q.level, 'high');
    await proceed(el);
    await type(el, Q.views, 'Frightened');
    await proceed(el);

    expect(heading(el)).to.equal('Check your answers');
    const rows = [...shadow(el).querySelectorAll('.answers > div')].map(r =>
      r.textContent?.replace(/\s+/g, ' ').trim()
    );
    expect(rows.find(r => r?.startsWith('Is the suspect on bail now?'))).to.contain('From the host record');
    expect(rows.find(r => r?.startsWith('Has there been strangulation'))).not.to.contain('From the host record');
    await proceed(el);
    await proceed(el);
    const complete = nextEvent(el, 'bail-check-complete');
    await choose(el, '_outcome', 'refuse-bail');
    await proceed(el);
    const record = (await complete).detail;
    const source = (q: string) => record.answers.find(a => a.question === q)?.source;
    expect(record.stage).to.equal('post-charge');
    expect(source(Q.stage)).to.equal('host');
    expect(source(Q.onBail)).to.equal('host');
    expect(source(Q.strangulation)).to.equal('officer');
    expect(source(Q.sameVictim)).to.equal('officer');
  });

  it('in section view, the section screen shows host answers among the rest and one Continue confirms them', async () => {
    const el = await mount(el => {
      el.rulePack = testPack();
      el.prefill = { [Q.stage]: 'pre-charge', [Q.strangulation]: 'yes' };
    });
    await proceed(el);
    shadow(el).querySelector<HTMLButtonElement>('button.link:not(.back)')!.click();
    await el.updateComplete;
    await choose(el, Q.onBail, 'no');
    await proceed(el);
    expect(heading(el)).to.equal('History of abuse');
    expect(hostTags(el)).to.equal(1);
    expect(shadow(el).querySelector('form button.primary')?.textContent?.trim()).to.equal('Confirm and continue');
  });

  it('skips unknown ids and invalid values, reporting them in one error that names the pack’s ids, never a value or a key of the host’s', async () => {
    const errors: CustomEvent[] = [];
    const el = await mount(el => {
      el.rulePack = testPack();
      el.addEventListener('bail-check-error', e => errors.push(e));
      setUntyped(el, 'prefill', {
        [Q.onBail]: 'yes',
        'x-force.unknown-field': 'SECRET-NAME',
        // A key a host's mapping made of personal data, with a newline and a bidi override: counted, never repeated.
        'SECRET Jane Doe\n\u202e': 'yes',
        [Q.level]: 'very-high-SECRET',
        [Q.strangulation]: 42,
        [Q.views]: ''
      });
    });
    expect(errors.length).to.equal(1);
    const { code, message } = errors[0]!.detail;
    expect(code).to.equal('prefill-invalid');
    expect(message).to.equal(
      `Prefill skipped 2 unknown key(s) and invalid answers for: ${Q.level}, ${Q.strangulation}, ${Q.views}`
    );
    expect(errors[0]!.bubbles && errors[0]!.composed).to.equal(true);

    // The valid answer is kept and the element keeps working.
    await choose(el, Q.stage, 'pre-charge');
    await proceed(el);
    expect(heading(el)).to.equal('Context');
    expect(shadow(el).querySelector<HTMLInputElement>(`input[name="${Q.onBail}"][value=yes]`)!.checked).to.equal(true);
    await proceed(el);
    expect(heading(el)).to.equal('Does that bail concern the same victim?');
  });

  it('never replaces an answer the officer gave when the host sets prefill later', async () => {
    const el = await mount(el => (el.rulePack = testPack()));
    await choose(el, Q.stage, 'pre-charge');
    await proceed(el);
    await choose(el, Q.onBail, 'no');
    el.prefill = { [Q.onBail]: 'yes', [Q.strangulation]: 'yes' };
    await el.updateComplete;
    await waitUntil(() => el.recommendation?.answers.some(a => a.question === Q.strangulation));
    expect(el.recommendation?.answers.find(a => a.question === Q.onBail)).to.include({
      value: 'no',
      source: 'officer'
    });
    expect(el.recommendation?.answers.find(a => a.question === Q.strangulation)).to.include({ source: 'host' });
  });
});
