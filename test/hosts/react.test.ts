// The React 19 host (demo/hosts/react/app.tsx, bundled by esbuild as a vendor's bundler would, the package
// resolved through its exports to dist/): React sets attributes, the prefill and the rule pack as properties,
// and hears the element's events through on<event> props; the record reaches React's state and the screen.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { defaultPack } from '../../src/default-pack.js';
import { wipeStorage } from '../element-storage/support.js';
import { completeAssessment, heading } from '../helpers.js';
import { closeFrames, expectedFields, hostElement, openHost, shownFields } from './support.js';

describe('example host: React 19', () => {
  beforeEach(wipeStorage);
  afterEach(closeFrames);

  it('sets properties and attributes, hears ready, change and complete, and shows the record', async () => {
    const page = await openHost('react/index.html');
    const el = await hostElement(page);
    const doc = page.document;
    // The rule pack the app loaded, set as a property: the ready event (in React's state) says where it came from.
    await waitUntil(() => doc.querySelector('[data-pack]')?.textContent?.includes('(from the property)'), 'no pack', {
      timeout: 30_000
    });
    expect(doc.querySelector('[data-pack]')!.textContent).to.equal(
      `Rules: bail-safeguarding-default ${defaultPack.version} (from the property)`
    );
    expect(el.rulePack).to.have.property('id', 'bail-safeguarding-default');
    expect(el.prefill).to.deep.include({ 'offence.imprisonable': 'yes', 'suspect.on-bail': 'yes' });
    expect(el.hasAttribute('prefill') || el.hasAttribute('rulepack'), 'objects set as attributes').to.equal(false);
    // case-id and officer-id are no property names: React sets them as attributes. `stage` is both: React sets the property.
    expect([el.getAttribute('case-id'), el.getAttribute('officer-id'), el.stage]).to.deep.equal([
      'CR-2025-0042',
      'PS 1234',
      'post-charge'
    ]);

    const { detail: record } = await completeAssessment(el);
    expect(heading(el)).to.equal('Decision recorded');
    await waitUntil(() => doc.querySelector('[data-received]'), 'React did not show the record', { timeout: 30_000 });
    expect(shownFields(doc.querySelector('[data-received]')!)).to.include(expectedFields(record));
    expect(doc.querySelector('[data-progress]')!.textContent).to.match(/^\d+ of \d+ questions answered$/);
    expect(doc.querySelector('[data-errors]'), 'errors reported').to.equal(null);
    expect([record.rulePack.id, record.caseId, record.officerId, record.stage]).to.deep.equal([
      'bail-safeguarding-default',
      'CR-2025-0042',
      'PS 1234',
      'post-charge'
    ]);

    // The app's own button calls the element's reset() through a ref.
    doc.querySelector<HTMLButtonElement>('button.host')!.click();
    await el.updateComplete;
    await waitUntil(() => !doc.querySelector('[data-received]'), 'the record stayed', { timeout: 30_000 });
    expect(el.recommendation?.completedAt).to.equal(undefined);
  });
});
