import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { CASES, finalAnswers, REVIEW_CASE_ID, caseById } from '../../demo/cases/index.js';
import { plainReferences } from '../../demo/cases/plain-references.js';
import { $, button, completeCheck, mountPage, unmountPage, until, wipeDrafts } from './demo-fixture.js';

const review = caseById(REVIEW_CASE_ID)!;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const noSidewaysScroll = () =>
  expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(document.documentElement.clientWidth);

describe('demo page: the homicide timeline on a 1366 × 768 projector', function () {
  this.timeout(30_000);
  beforeEach(wipeDrafts);
  afterEach(async () => {
    await setViewport({ width: 1280, height: 800 });
    await unmountPage();
  });

  async function showTimeline() {
    await setViewport({ width: 1366, height: 768 });
    const page = await mountPage(REVIEW_CASE_ID, { classroom: true });
    button(page.root, 'Reveal the outcome').click();
    await until(() => !!page.root.querySelector('.timeline-view .timeline-figure'), 'the timeline');
    return page;
  }

  function expectOnePicture(figure: HTMLElement, what: string) {
    figure.scrollIntoView({ block: 'start' });
    const box = figure.getBoundingClientRect();
    expect(box.width, `${what}: width`).to.be.at.most(innerWidth);
    expect(box.height, `${what}: height`).to.be.at.most(innerHeight);
    // Within a pixel: scrolling puts the box at a fraction of one.
    expect(box.top, `${what}: top`).to.be.at.least(-1);
    expect(box.bottom, `${what}: bottom`).to.be.at.most(innerHeight + 1);
    // The eight stages side by side: one row.
    const tops = [...figure.querySelectorAll('.timeline > li')].map(li => Math.round(li.getBoundingClientRect().top));
    expect(tops, `${what}: stages`).to.have.length(8);
    expect(new Set(tops).size, `${what}: one row`).to.equal(1);
    noSidewaysScroll();
  }

  it('fits the screen as one picture with the case’s answers on it, in standard and in projector text', async () => {
    const { root } = await showTimeline();
    const figure = $(root, '.timeline-view .timeline-figure');
    expectOnePicture(figure, 'standard text');
    // The case's answers: the key's "yes" at their stages, a "not known" as not known, the caveat kept.
    const stage = (n: number) => squash(figure.querySelectorAll('.timeline > li')[n - 1]!.textContent ?? '');
    expect(stage(1)).to.contain('Yes Abused a previous partner from the host record');
    expect(stage(5)).to.contain('Yes Stalking or harassment');
    expect(stage(6)).to.contain('Not known Threats to kill');
    expect(stage(5)).to.contain('reached');
    expect(stage(6)).to.not.contain('reached');
    expect(squash($(figure, 'figcaption').textContent ?? ''))
      .to.contain('stage 5 of 8: Escalation')
      .and.contain('it is not a prediction');

    $<HTMLInputElement>(root, '#projector-toggle').click();
    await until(() => !!root.querySelector('.demo.projector'), 'projector text');
    expectOnePicture(figure, 'projector text');
  });

  it('says every distinction in words and lines, not colour alone, so it reads in forced colours', async () => {
    const { root } = await showTimeline();
    const markers = [...root.querySelectorAll<HTMLElement>('.timeline-view .marker')];
    expect(markers.length).to.be.at.least(10);
    for (const m of markers) expect(squash($(m, '.marker-value').textContent ?? '')).to.match(/^(Yes|Not known)$/);
    const style = (selector: string) => getComputedStyle($(root, `.timeline-view ${selector}`)).borderTopStyle;
    expect(style('.marker-yes')).to.equal('solid');
    expect(style('.marker-unknown')).to.equal('dashed');
    // The forced-colours rules keep the borders and give them system colours.
    const forced = [...document.styleSheets]
      .flatMap(sheet => [...sheet.cssRules])
      .flatMap(rule => (rule instanceof CSSImportRule && rule.styleSheet ? [...rule.styleSheet.cssRules] : [rule]))
      .filter(
        (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors')
      )
      .map(rule => rule.cssText)
      .join('\n');
    expect(forced.toLowerCase()).to.contain('.marker').and.contain('canvastext');
  });
});

describe('demo page: reflow, buttons and words', function () {
  // A whole assessment: some forty answers, each re-evaluated, recorded and logged.
  this.timeout(60_000);
  beforeEach(wipeDrafts);
  afterEach(async () => {
    await setViewport({ width: 1280, height: 800 });
    await unmountPage();
  });

  it('reflows at 320 pixels with nothing to scroll sideways, in classroom mode and once the outcome shows', async () => {
    await setViewport({ width: 320, height: 640 });
    const { root, app } = await mountPage(REVIEW_CASE_ID, { classroom: true });
    noSidewaysScroll();
    expect($(root, '#case-select').getBoundingClientRect().right).to.be.at.most(320);
    // The check keeps most of the width (it was squeezed to 188 of 320 pixels).
    expect(app.element.getBoundingClientRect().width).to.be.at.least(0.8 * document.documentElement.clientWidth);
    button(root, 'Reveal the outcome').click();
    await until(() => !!root.querySelector('.comparison'), 'the comparison');
    noSidewaysScroll();
    // What is one click away reflows too: the settings, the timeline's basis, the rules for pack authors.
    root.querySelectorAll('details').forEach(d => (d.open = true));
    noSidewaysScroll();
    for (const table of root.querySelectorAll('.comparison table'))
      expect(table.getBoundingClientRect().right, table.className).to.be.at.most(320);
  });

  it('fits a 1280-pixel screen at 200% (640 CSS pixels) in one column, with nothing to scroll sideways', async () => {
    await setViewport({ width: 640, height: 800 });
    const { root, app } = await mountPage();
    await completeCheck(app.element, finalAnswers(review));
    await until(() => !!root.querySelector('#final-summary'), 'the final record');
    const columns = getComputedStyle($(root, '.workspace')).gridTemplateColumns.split(' ');
    expect(columns).to.have.length(1);
    noSidewaysScroll();
    await expect(document.body).to.be.accessible();
  });

  it('has one button style, and "Clear the log" in a row of its own', async () => {
    const { root } = await mountPage();
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button')].filter(b => !b.disabled);
    expect(buttons.length).to.be.at.least(5);
    const look = (b: HTMLButtonElement) => {
      const s = getComputedStyle(b);
      return [s.backgroundColor, s.color, s.borderTopWidth, s.borderTopStyle, s.borderTopColor, s.fontSize, s.padding];
    };
    for (const b of buttons) expect(look(b), b.textContent?.trim()).to.deep.equal(look(buttons[0]!));
    expect(button(root, 'Clear the log').closest('p')).to.equal(null);
  });

  it('shows no file path in what the class reads: sources and teaching points by title', async () => {
    const path = /\.\.\/|\b[\w-]+\.(md|txt|json)\b/;
    for (const c of CASES) {
      expect(plainReferences(c.drawnFrom), c.id).to.not.match(path);
      for (const t of c.teachingPoints) expect(plainReferences(t), c.id).to.not.match(path);
    }
    expect(review.drawnFrom).to.contain('dhr-key-learning-points.txt');
    expect(plainReferences(review.drawnFrom)).to.equal(
      'The Sandwell domestic homicide review (death in 2011), key learning points. Names, dates and places are invented.'
    );
    const { root } = await mountPage(REVIEW_CASE_ID, { classroom: true });
    button(root, 'Reveal the outcome').click();
    await until(() => !!root.querySelector('.comparison'), 'the comparison');
    for (const selector of ['.case', '.comparison', '.timeline-view', '.explain', '.handout'])
      expect(squash($(root, selector).textContent ?? ''), selector).to.not.match(path);
  });
});
