import { expect } from '@open-wc/testing';
import { caseById, finalAnswers, REVIEW_CASE_ID } from '../../demo/cases/index.js';
import { $, answerUntilHeld, button, mountPage, unmountPage, until, wipeDrafts } from './demo-fixture.js';

const review = caseById(REVIEW_CASE_ID)!;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const shown = (el: Element) => getComputedStyle(el).display !== 'none';

/**
 * The page's stylesheet as it prints, applied on screen: every rule in its cascade order (through the imports), the
 * print rules unwrapped where they stand, the screen-only ones left out. So a print rule that an earlier import loses to a later screen rule
 * loses here too. (Firefox has no print emulation for the test runner; this works in both browsers.)
 */
function printAsScreen(): () => void {
  const link = [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].find(l =>
    l.href.endsWith('/demo/demo.css')
  )!;
  const texts: string[] = [];
  const walk = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSImportRule) {
        if (rule.styleSheet) walk(rule.styleSheet.cssRules);
      } else if (rule instanceof CSSMediaRule && rule.media.mediaText === 'print') walk(rule.cssRules);
      else if (rule instanceof CSSMediaRule && rule.media.mediaText === 'screen') continue;
      else if (!(rule instanceof CSSPageRule)) texts.push(rule.cssText);
    }
  };
  walk(link.sheet!.cssRules);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(texts.join('\n'));
  link.disabled = true;
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter(s => s !== sheet);
    link.disabled = false;
  };
}

describe('demo page: the handout', function () {
  // A whole assessment: some forty answers, each re-evaluated.
  this.timeout(60_000);
  let screenAgain = () => {};
  beforeEach(wipeDrafts);
  afterEach(async () => {
    screenAgain();
    screenAgain = () => {};
    await unmountPage();
  });

  it('prints the handout alone: the case, the teaching points, the decision, the timeline and the recommendation', async () => {
    const { root, app } = await mountPage(REVIEW_CASE_ID, { classroom: true });
    await answerUntilHeld(root, app.element, finalAnswers(review));
    $<HTMLInputElement>(root, 'input[name="class-risk"][value="high"]').click();
    $<HTMLInputElement>(root, 'input[name="class-outcome"][value="refuse-bail"]').click();
    $<HTMLTextAreaElement>(root, '#class-reason').value = 'Bail has not protected her.';
    button(root, "Record the class's decision").click();
    await until(() => !!root.querySelector('.comparison'), 'the comparison');
    const handout = $(root, '.handout');
    expect(shown(handout), 'on screen').to.equal(false);

    screenAgain = printAsScreen();
    // Print rules win over the screen's: the handout shows, and nothing else of the page does.
    expect(shown(handout), 'in print').to.equal(true);
    for (const part of $(root, '.demo').children)
      if (part !== handout) expect(shown(part), part.className).to.equal(false);
    expect(getComputedStyle(handout).color).to.equal('rgb(0, 0, 0)');
    const text = squash(handout.textContent ?? '');
    expect(text).to.contain(review.narrative[0]!.slice(0, 60));
    expect(text).to.contain('Teaching points').and.contain(squash(review.teachingPoints[1]!));
    expect(text).to.contain('The decision').and.contain('Bail has not protected her.');
    expect(squash($(handout, '.decision-compare').textContent ?? '')).to.contain('High same');
    expect(handout.querySelector('.timeline-figure')).to.not.equal(null);
    expect(text).to.contain('is not a predictive process');
    expect(text).to.contain("What the check recommends on the case's answers").and.contain('Refuse bail');
    // Rule ids stay on screen, for pack authors.
    expect(handout.querySelector('.for-authors, .rule-id')).to.equal(null);

    // Projector text is for the screen: the handout prints at its own sizes with it on (it ran to five pages).
    const sizes = () =>
      [handout, ...['.timeline', '.timeline-caption', '.stage'].map(s => $(handout, s))].map(
        e => getComputedStyle(e).fontSize
      );
    const printed = sizes();
    $<HTMLInputElement>(root, '#projector-toggle').click();
    await until(() => !!root.querySelector('.demo.projector'), 'projector text');
    expect(sizes()).to.deep.equal(printed);
  });
});
