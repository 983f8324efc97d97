// A Welsh-speaking officer is told, on every screen and in the record, when the pack's Welsh has not been
// reviewed yet (pack `meta.welsh`), so unreviewed Welsh is never taken as authoritative.
import { expect } from '@open-wc/testing';
import { defaultPack } from '../../src/default-pack.js';
import { cleanup, completeAssessment, mount, nextEvent, shadow } from '../helpers.js';

const notice = (el: Element) => shadow(el).querySelector('p.notice')?.textContent?.trim();

describe('<bail-safeguarding-check>: the Welsh review status', () => {
  afterEach(cleanup);

  it('in Welsh, says on every screen that the Welsh awaits review, and the record and summary say so too', async () => {
    const el = await mount(el => el.setAttribute('lang', 'cy'));
    expect(notice(el)).to.equal(
      "Mae'r testun Cymraeg yn aros am adolygiad gan swyddog sy'n siarad Cymraeg: gwiriwch y Saesneg os oes amheuaeth."
    );
    await expect(el).to.be.accessible();
    const record = (await completeAssessment(el)).detail;
    expect(notice(el), 'on the last screen too').to.contain('yn aros am adolygiad');
    expect(record.lang).to.equal('cy');
    expect(record.rulePack.welsh).to.equal('awaiting-review');
    expect(record.summaryText).to.contain("Mae'r testun Cymraeg yn aros am adolygiad");
  });

  it('in English, shows no notice, though the record still carries the status', async () => {
    let ready: Promise<CustomEvent> | undefined;
    const el = await mount(el => (ready = nextEvent(el, 'bail-check-ready')));
    await ready;
    expect(notice(el)).to.equal(undefined);
    expect(el.recommendation?.rulePack.welsh).to.equal('awaiting-review');
    expect(el.recommendation?.summaryText).not.to.contain('adolygiad');
  });

  it('shows nothing once a pack marks its Welsh reviewed, and the record says reviewed', async () => {
    const pack = structuredClone(defaultPack);
    pack.id = 'x-reviewed';
    pack.meta = { ...pack.meta, welsh: 'reviewed' };
    let ready: Promise<CustomEvent> | undefined;
    const el = await mount(el => {
      el.setAttribute('lang', 'cy');
      el.rulePack = pack;
      ready = nextEvent(el, 'bail-check-ready');
    });
    expect((await ready!).detail.rulePack.id).to.equal('x-reviewed');
    await el.updateComplete;
    expect(notice(el)).to.equal(undefined);
    expect(el.recommendation?.rulePack.welsh).to.equal('reviewed');
  });
});
