import { expect } from '@open-wc/testing';
import { allowedAnswer } from '../../src/assessment-prefill.js';
import { defaultPack, evaluate } from '../../src/core.js';
import {
  caseById,
  CASES,
  finalAnswers,
  FREE_MODE_ID,
  parseCase,
  REVIEW_CASE_ID,
  REVIEW_PRE_CHARGE_CASE_ID,
  type TrainingCase
} from '../../demo/cases/index.js';

const training = CASES.filter(c => c.id !== FREE_MODE_ID);

/** What the class arrives at with the case's final answers under the default pack. */
function decide(id: string) {
  const c: TrainingCase | undefined = caseById(id);
  expect(c, `no case ${id}`).to.not.equal(undefined);
  return evaluate(defaultPack, finalAnswers(c!), c!.stage);
}

function actionCodes(id: string): string[] {
  return decide(id).actions.map(a => a.code);
}

describe('demo case library', () => {
  it('holds at least thirteen training cases, the review’s own after and then before charge first, and free mode with no prefill last', () => {
    expect(training.length).to.be.at.least(13);
    expect(CASES[0]!.id).to.equal(REVIEW_CASE_ID);
    expect(CASES[0]!.stage).to.equal('post-charge');
    expect(CASES[1]!.id).to.equal(REVIEW_PRE_CHARGE_CASE_ID);
    expect(CASES[1]!.stage).to.equal('pre-charge');
    // One detention, two decisions: the same detainee, arrest and host record.
    expect(CASES[1]!.custody.detainee).to.equal(CASES[0]!.custody.detainee);
    expect(CASES[1]!.custody.arrestedAt).to.equal(CASES[0]!.custody.arrestedAt);
    expect(CASES[1]!.prefill).to.deep.equal(CASES[0]!.prefill);
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
    // Records, flags and markers a host holds (the custody record's grounds of arrest and date of birth, PNC bail,
    // licence, failure-to-appear and firearms certificate records); the victim's views, fear and the abuse itself
    // come from people.
    const hostHeld =
      /^(arrest\.for-breach|offence\.imprisonable|suspect\.(under-18|on-bail|on-bail-same-victim|failed-to-surrender|subject-to-order|under-supervision|on-licence|previous-breach|violent-history|previous-abuse-this-victim|previous-partner-abuse|firearms-access|mental-health|self-harm-suicide)|victim\.marac-case)$/;
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

  it('answers every question the default pack asks of each training case, “not known” included', () => {
    for (const c of training) {
      const answers = finalAnswers(c);
      const result = evaluate(defaultPack, answers, c.stage);
      const unanswered = result.asked.filter(q => q !== 'decision.stage' && !(q in answers));
      expect(unanswered, c.id).to.deep.equal([]);
    }
  });

  it('reaches the risk level the trainer’s notes promise, under the default pack', () => {
    const withExpectation = training.filter(c => c.expectedRisk);
    expect(withExpectation.map(c => c.id)).to.include.members([
      REVIEW_CASE_ID,
      REVIEW_PRE_CHARGE_CASE_ID,
      'court-bail-breach',
      'firearms-certificate',
      'standard-first-incident'
    ]);
    for (const c of withExpectation) {
      const result = evaluate(defaultPack, finalAnswers(c), c.stage);
      expect(result.riskLevel, c.id).to.equal(c.expectedRisk);
    }
  });

  it('keeps the review’s man in custody at both stages: for the CPS’s charging decision before charge, for court after', () => {
    const before = decide(REVIEW_PRE_CHARGE_CASE_ID);
    expect(before.stage).to.equal('pre-charge');
    expect(before.outcome.recommended).to.equal('detain-for-charging-decision');
    expect(before.outcome.alternatives).to.not.include('release-under-investigation');
    expect(before.actions.map(a => a.code)).to.include('seek-cps-charging-decision');
    const after = decide(REVIEW_CASE_ID);
    expect(after.stage).to.equal('post-charge');
    expect(after.outcome.recommended).to.equal('refuse-bail');
    // Being on bail supports the s.38 grounds; it is not a ground of its own.
    expect(after.grounds.map(g => g.code))
      .to.include.members(['s38-prevent-offence', 's38-interfere-with-justice'])
      .and.not.include('already-on-bail');
    expect(after.indicators.map(i => i.code)).to.include('bail-same-victim');
  });

  it('holds a man arrested for breaking court bail for the court, and tells whoever granted the bail', () => {
    expect(caseById('court-bail-breach')!.prefill['arrest.for-breach']).to.equal('court-bail');
    expect(decide('court-bail-breach').outcome.recommended).to.equal('hold-for-court');
    expect(actionCodes('court-bail-breach')).to.include('notify-court-of-breach');
  });

  it('tells firearms licensing before a certificate holder is released', () => {
    expect(caseById('firearms-certificate')!.prefill['suspect.firearms-access']).to.equal('yes');
    const result = decide('firearms-certificate');
    expect(result.actions.find(a => a.code === 'notify-firearms-licensing')?.when).to.equal('before-release');
    expect(result.riskLevel).to.equal('high');
  });

  it('brings in children’s services, the schools and a contact condition when the children live with the suspect', () => {
    const c = caseById('children-with-suspect')!;
    expect(finalAnswers(c)).to.include({ 'children.in-household': 'no', 'children.contact-with-suspect': 'yes' });
    const result = decide(c.id);
    expect(result.actions.map(a => a.code)).to.include.members(['notify-school', 'share-with-childrens-services']);
    expect(result.conditions.map(x => x.code)).to.include('child-contact-via-third-party');
  });

  it('asks for a victim nobody can reach to be found before release, with her views recorded as not practicable', () => {
    const c = caseById('victim-unreachable')!;
    expect(finalAnswers(c)).to.include({ 'victim.views-sought': 'not-practicable', 'victim.whereabouts-known': 'no' });
    const result = decide(c.id);
    expect(result.actions.find(a => a.code === 'establish-victim-whereabouts')?.when).to.equal('before-release');
    expect(result.informationGaps.map(g => g.question)).to.include('victim.whereabouts-known');
  });

  it('teaches nothing of the retired “already on bail” ground', () => {
    for (const c of training)
      for (const point of c.teachingPoints)
        expect(point, c.id).to.not.match(/already.on.bail\W{0,3}(provision|ground|exception)|para(graph)? 2A/i);
  });

  it('refuses a malformed case file with the fields that are wrong', () => {
    const broken = { ...structuredClone(CASES[0]!), stage: 'later', narrative: [] } as unknown;
    expect(() => parseCase(broken)).to.throw(/sandwell-review: missing or invalid stage, narrative/);
    expect(() => parseCase({ id: 'x' })).to.throw(/title, drawnFrom, custody/);
  });
});
