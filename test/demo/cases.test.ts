import { expect } from '@open-wc/testing';
import { allowedAnswer } from '../../src/assessment-prefill.js';
import { defaultPack, evaluate } from '../../src/core.js';
import { CASES, finalAnswers, FREE_MODE_ID, parseCase, REVIEW_CASE_ID } from '../../demo/cases/index.js';

const training = CASES.filter(c => c.id !== FREE_MODE_ID);

describe('demo case library', () => {
  it('holds at least eight training cases, the review’s own first, and free mode with no prefill last', () => {
    expect(training.length).to.be.at.least(8);
    expect(CASES[0]!.id).to.equal(REVIEW_CASE_ID);
    const free = CASES.at(-1)!;
    expect(free.id).to.equal(FREE_MODE_ID);
    expect(free.prefill).to.deep.equal({});
    expect(free.stage).to.equal(undefined);
    expect(new Set(CASES.map(c => c.id)).size).to.equal(CASES.length);
    expect(new Set(CASES.map(c => c.custody.reference)).size).to.equal(CASES.length);
  });

  it('marks every person as fictional and tells each training case in a few paragraphs with a source', () => {
    for (const c of CASES) {
      expect(c.custody.detainee, c.id).to.contain('(fictional)');
      expect(c.custody.custodyOfficer, c.id).to.contain('(fictional)');
    }
    for (const c of training) {
      expect(c.narrative.length, c.id).to.be.within(2, 6);
      expect(c.drawnFrom, c.id).to.match(/brief\.md|dhr-key-learning-points|composite/);
      expect(c.teachingPoints.length, c.id).to.be.at.least(1);
      expect(c.stage, c.id).to.be.oneOf(['pre-charge', 'post-charge']);
    }
  });

  it('prefills only what a custody system holds, never the officer’s judgement calls', () => {
    // Records, flags and markers a host holds; the victim's views, fear and the abuse itself come from people.
    const hostHeld =
      /^(offence\.imprisonable|suspect\.(on-bail|on-bail-same-victim|subject-to-order|under-supervision|previous-breach|violent-history|previous-abuse-this-victim|previous-partner-abuse|mental-health|self-harm-suicide)|victim\.marac-case)$/;
    for (const c of CASES)
      for (const code of Object.keys(c.prefill)) expect(code, `${c.id}: ${code}`).to.match(hostHeld);
  });

  it('keys every prefill and answer by a question of the default pack, with a value that question takes', () => {
    const byId = new Map(defaultPack.questions.map(q => [q.id, q]));
    for (const c of CASES) {
      for (const [code, value] of [...Object.entries(c.prefill), ...Object.entries(c.answerKey)]) {
        const q = byId.get(code);
        expect(q, `${c.id}: ${code} is not a question of ${defaultPack.id}`).to.not.equal(undefined);
        expect(allowedAnswer(q!, value), `${c.id}: ${code} = ${value}`).to.equal(true);
      }
    }
  });

  it('reaches the risk level the trainer’s notes promise, under the default pack', () => {
    const withExpectation = training.filter(c => c.expectedRisk);
    expect(withExpectation.map(c => c.id)).to.include.members([REVIEW_CASE_ID, 'standard-first-incident']);
    for (const c of withExpectation) {
      const result = evaluate(defaultPack, finalAnswers(c), c.stage);
      expect(result.riskLevel, c.id).to.equal(c.expectedRisk);
    }
  });

  it('refuses a malformed case file with the fields that are wrong', () => {
    const broken = { ...structuredClone(CASES[0]!), stage: 'later', narrative: [] } as unknown;
    expect(() => parseCase(broken)).to.throw(/sandwell-review: missing or invalid stage, narrative/);
    expect(() => parseCase({ id: 'x' })).to.throw(/title, drawnFrom, custody/);
  });
});
