// The recommendation read in five seconds: the outcome and the risk level together in the first viewport (at
// 1366×768, and in a 600 px side panel), with the three strongest reasons and what must be done first; the
// indicators grouped and collapsible; what applies only if bail is granted framed so; a proportionality note
// only where the victim and suspect may share an address.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { BailSafeguardingCheck } from '../../components/element.js';
import { cleanup, heading, shadow, text } from '../helpers.js';
import { continueTo, mountReview } from './review-case.js';

/** Whether the element's part lies wholly inside the browser's viewport, without scrolling. */
function inViewport(node: Element | null): boolean {
  if (!node) return false;
  const box = node.getBoundingClientRect();
  return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
}

const h3 = (root: ParentNode) => [...root.querySelectorAll('h3')].map(h => h.textContent?.trim());

async function recommendation(answers: Record<string, string> = {}, parent?: HTMLElement) {
  const el = await mountReview(answers, () => {}, parent);
  await continueTo(el, 'Recommendation');
  return el;
}

function firstViewport(el: BailSafeguardingCheck) {
  const root = shadow(el);
  expect(inViewport(root.querySelector('[part~="outcome"]')), 'the outcome').to.equal(true);
  expect(inViewport(root.querySelector('.headline [part~="risk"]')), 'the risk level').to.equal(true);
  const reasons = [...root.querySelectorAll('.reasons li')];
  expect(reasons).to.have.length(3);
  expect(inViewport(reasons[2]!), 'the third reason').to.equal(true);
}

describe('<bail-safeguarding-check>: the recommendation in five seconds', () => {
  afterEach(async () => {
    cleanup();
    await setViewport({ width: 800, height: 600 });
  });

  it('shows the outcome and the risk level together, with three reasons, in the first viewport at 1366×768', async () => {
    await setViewport({ width: 1366, height: 768 });
    const el = await recommendation();
    expect(heading(el)).to.equal('Recommendation');
    const headline = shadow(el).querySelector('.headline')!;
    expect(headline.querySelector('[part~="outcome"]')?.textContent?.trim()).to.equal(
      'Refuse bail: keep in custody for the next court'
    );
    expect(headline.querySelector('[part~="risk"]')?.textContent).to.match(/Risk level:\s*High/);
    expect(headline.classList.contains('risk-high')).to.equal(true);
    firstViewport(el);
    // The facts of this case that weigh most, with the rule's words.
    expect(shadow(el).querySelector('.reasons li')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'On bail for offences against this victim: Bail has not protected this victim.'
    );
    // What must be done before the decision, also in the first viewport where the element is this wide.
    expect(inViewport(shadow(el).querySelector('.columns ul:not(.reasons)'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('does the same in a 600 px side panel', async () => {
    await setViewport({ width: 1366, height: 768 });
    const panel = document.createElement('aside');
    panel.style.width = '600px';
    document.body.append(panel);
    try {
      const el = await recommendation({}, panel);
      expect(el.getBoundingClientRect().width).to.equal(600);
      firstViewport(el);
    } finally {
      panel.remove();
    }
  });

  it('puts the conditions and release actions under "If bail is granted" when the outcome keeps the suspect in custody', async () => {
    const el = await recommendation();
    const root = shadow(el);
    const ifBail = root.querySelector('.if-bail')!;
    expect(ifBail.querySelector('h3')?.textContent).to.equal('If bail is granted');
    expect(ifBail.textContent).to.contain('The recommendation keeps the suspect in custody.');
    expect([...ifBail.querySelectorAll('h4')].map(h => h.textContent?.trim())).to.deep.equal([
      'Actions before release',
      'Conditions'
    ]);
    expect(ifBail.textContent).to.contain('Tell the victim of the release and any conditions first');
    expect(ifBail.textContent).to.contain('No contact with the victim, direct or indirect');
    // Nowhere else: "Refuse bail" never stands beside release actions or conditions without that framing.
    expect(h3(root).filter(h => h === 'Actions before release' || h === 'Conditions')).to.deep.equal([]);
    expect(h3(root)).to.deep.equal([
      'Main reasons',
      'Actions before the decision',
      'Grounds',
      'Risk indicators (25)',
      'If bail is granted',
      'Actions within 24 hours',
      'Information not known'
    ]);
    await expect(el).to.be.accessible();
  });

  it('groups the indicators by section, each group collapsed until opened, every indicator in one', async () => {
    const el = await recommendation();
    const groups = [...shadow(el).querySelectorAll<HTMLDetailsElement>('details.group')];
    expect(groups.map(g => g.querySelector('summary')?.textContent?.trim())).to.deep.equal([
      "The suspect's status and history (12)",
      'The abuse (8)',
      'Children and pregnancy (3)',
      'The victim and other agencies (1)',
      'If the suspect is released (1)'
    ]);
    expect(groups.every(g => !g.open)).to.equal(true);
    expect(groups.flatMap(g => [...g.querySelectorAll('li')]).length).to.equal(el.recommendation!.indicators.length);
    groups[0]!.querySelector('summary')!.click();
    await el.updateComplete;
    expect(groups[0]!.open).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows the shared-home proportionality note only when "share an address" is yes or not known', async () => {
    const note = "Proportionality: If it is the suspect's home too";
    expect(text(await recommendation())).not.to.contain(note);
    cleanup();
    expect(text(await recommendation({ 'victim.lives-with-suspect': 'unknown' }))).to.contain(note);
    cleanup();
    expect(text(await recommendation({ 'victim.lives-with-suspect': 'yes' }))).to.contain(note);
  });
});
