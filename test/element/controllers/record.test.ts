// The record controller on a bare host: records made from the evaluation it is given, in order, the newest kept;
// none made again for a move; change and complete heard by the host, complete only after `beforeComplete`; a
// failure rejects without stopping the next record; what a host does to a record never reaches the evaluation.
import { expect } from '@open-wc/testing';
import { RecordController } from '../../../components/bail-safeguarding-check/controllers/record.js';
import type { BailCheckChangeDetail } from '../../../components/events.js';
import { answer, evaluationCache, goTo, newAssessment, type AssessmentState } from '../../../src/assessment.js';
import { evaluations } from '../../../src/engine.js';
import { validatePack } from '../../../src/pack/validate.js';
import type { BailCheckRecord } from '../../../src/record-types.js';
import { TEST_QUESTIONS as Q, testPack } from '../test-pack.js';
import { bareHost, removeHosts } from './host.js';

const AT = '2026-11-26T02:00:00.000Z';
const checked = validatePack(testPack());
if (!checked.ok) throw new Error('the test pack is invalid');
const pack = checked.pack;

function setUp() {
  const host = bareHost();
  const recorded: (BailCheckRecord | undefined)[] = [];
  const heard: string[] = [];
  let releaseDraft!: () => void;
  const draftDeleted = new Promise<void>(resolve => (releaseDraft = resolve));
  const records = new RecordController(host, { beforeComplete: () => draftDeleted, recorded: r => recorded.push(r) });
  for (const type of ['bail-check-change', 'bail-check-complete'] as const)
    host.addEventListener(type, () => heard.push(type));
  document.body.append(host);
  const evaluationOf = evaluationCache();
  const inputs = (state: AssessmentState) => ({
    pack,
    state,
    ev: evaluationOf(pack, state, undefined, 'en'),
    lang: 'en' as const,
    stage: undefined,
    caseId: 'CR-1',
    officerId: undefined
  });
  return { host, records, recorded, heard, inputs, releaseDraft };
}

const start = () => answer(newAssessment(AT), Q.stage, 'pre-charge', AT);

describe('RecordController', () => {
  afterEach(removeHosts);

  it('makes the record of an answer from the evaluation it is given, and the host hears the change', async () => {
    const t = setUp();
    const state = answer(start(), Q.onBail, 'yes', AT);
    const given = t.inputs(state);
    const changes: BailCheckChangeDetail[] = [];
    t.host.addEventListener('bail-check-change', e => changes.push(e.detail));
    const before = evaluations.count;
    await t.records.update(given, 'change');
    expect(evaluations.count - before, 'no second evaluation').to.equal(0);
    const record = t.records.record!;
    expect([record.riskLevel, record.caseId, record.completedAt]).to.deep.equal(['medium', 'CR-1', undefined]);
    expect(record.answers.map(a => [a.question, a.value])).to.deep.equal([
      [Q.stage, 'pre-charge'],
      [Q.onBail, 'yes']
    ]);
    expect(changes[0]).to.deep.equal({ progress: given.ev.progress, recommendation: record });
    expect(t.recorded).to.deep.equal([record]);
  });

  it('makes no new record for a move, and a new one when what it holds changes', async () => {
    const t = setUp();
    const state = start();
    await t.records.update(t.inputs(state));
    const first = t.records.record;
    await t.records.update(t.inputs(goTo(state, { kind: 'question', id: Q.onBail })));
    expect(t.records.record, 'a move').to.equal(first);
    await t.records.update({ ...t.inputs(state), caseId: 'CR-2' });
    expect(t.records.record?.caseId).to.equal('CR-2');
    expect(t.heard, 'nothing heard without change or complete').to.deep.equal([]);
  });

  it('keeps the newest record when two are asked for at once, and none once cleared', async () => {
    const t = setUp();
    const older = t.records.update(t.inputs(start()), 'change');
    const newer = t.records.update(t.inputs(answer(start(), Q.onBail, 'no', AT)), 'change');
    await Promise.all([older, newer]);
    expect(t.records.record?.answers.length).to.equal(2);
    expect(t.heard).to.deep.equal(['bail-check-change', 'bail-check-change']);
    const late = t.records.update(t.inputs(answer(start(), Q.onBail, 'yes', AT)));
    t.records.clear();
    await late;
    expect(t.records.record, 'a record asked for before the clear').to.equal(undefined);
  });

  it('tells the host of completion only once `beforeComplete` settles, with the final record', async () => {
    const t = setUp();
    const state = {
      ...start(),
      decision: { outcome: 'release-under-investigation', reason: '', at: AT },
      completedAt: AT
    };
    const made = t.records.update(t.inputs(state), 'complete');
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(t.heard, 'not before the draft is deleted').to.deep.equal([]);
    t.releaseDraft();
    await made;
    expect(t.heard).to.deep.equal(['bail-check-complete']);
    expect(t.records.record?.decision).to.include({
      outcome: 'release-under-investigation',
      agreesWithRecommendation: true
    });
  });

  it('rejects a record that cannot be made, and makes the next one', async () => {
    const t = setUp();
    const wrong = { ...start(), decision: { outcome: 'refuse-bail', reason: '', at: AT }, completedAt: AT };
    let failure: unknown;
    await t.records.update(t.inputs(wrong), 'complete').catch(e => (failure = e));
    expect(String(failure)).to.contain('is not an outcome of the pre-charge stage');
    await t.records.update(t.inputs(start()));
    expect(t.records.record?.answers.length).to.equal(1);
  });

  it('puts a copy of the evaluation in the record: what a host does to the record never reaches the screens', async () => {
    const t = setUp();
    const given = t.inputs(answer(start(), Q.onBail, 'yes', AT));
    await t.records.update(given);
    t.records.record!.indicators.push({ code: 'x-forged', text: 'Forged', because: [] });
    t.records.record!.outcome.recommended = 'x-forged';
    expect(given.ev.indicators.map(i => i.code)).to.deep.equal(['on-bail']);
    expect(given.ev.outcome.recommended).to.equal('pre-charge-bail-with-conditions');
  });
});
