import { expect } from '@open-wc/testing';
import { assess, defaultPack, evaluate, type BailCheckRecord } from '../../src/core.js';
import { caseById, finalAnswers, REVIEW_CASE_ID } from '../../demo/cases/index.js';
import { plainReferences } from '../../demo/cases/plain-references.js';
import { answerSet, compareWithKey } from '../../demo/classroom/compare.js';
import { effects } from '../../demo/classroom/comparison-view.js';
import { sourceOf, sourceTitle } from '../../demo/explain/pack-text.js';
import { actionPurposes, riskReasons } from '../../demo/explain/plain.js';
import { formatDate } from '../../demo/case-view.js';
import { describePath } from '../../demo/controls/pack-file.js';
import { diffRecords, isEmptyDiff } from '../../demo/explain/diff.js';
import { placeOnTimeline, TIMELINE, TIMELINE_BASIS } from '../../demo/explain/timeline.js';
import { tamperWith } from '../../demo/host/final-record.js';
import { TEST_QUESTIONS as Q, testPack } from '../element/test-pack.js';

const record = (answers: Record<string, string>) =>
  assess({ answers, stage: 'pre-charge', pack: testPack(), now: '2025-03-14T02:10:00Z' });

describe('demo explain view: what changed between two records', () => {
  it('lists indicators, grounds, actions, conditions and rules that appeared, and the risk and outcome moves', async () => {
    const before = await record({ [Q.onBail]: 'no', [Q.strangulation]: 'no' });
    const after = await record({ [Q.onBail]: 'no', [Q.strangulation]: 'yes' });
    const diff = diffRecords(before, after);
    expect(diff.kinds.indicators.appeared.map(i => i.key)).to.deep.equal(['strangulation']);
    expect(diff.kinds.rationale.appeared.map(i => i.key)).to.include('r.strangulation');
    expect(diff.kinds.actions.appeared.map(i => i.key)).to.include.members([
      'notify-victim-before-release',
      'refer-marac'
    ]);
    expect(diff.kinds.conditions.appeared.map(i => i.key)).to.deep.equal(['no-contact-victim']);
    expect(diff.risk).to.deep.equal({ from: 'standard', to: 'high' });
    expect(diff.outcome).to.deep.equal({
      from: 'release-under-investigation',
      to: 'pre-charge-bail-with-conditions'
    });
    expect(diff.answers).to.deep.equal([{ question: Q.strangulation, from: 'no', to: 'yes' }]);
    // The outcome row is part of the rationale: the default row gives way to the risk row.
    expect(diff.kinds.rationale.disappeared.map(i => i.key)).to.deep.equal(['o.pre.default']);
    expect(diff.kinds.rationale.appeared.map(i => i.key)).to.include('o.pre.risk');
    expect(diff.kinds.indicators.disappeared).to.deep.equal([]);
  });

  it('lists what disappeared when the answer is taken back, and nothing when nothing changed', async () => {
    const high = await record({ [Q.onBail]: 'yes', [Q.sameVictim]: 'yes', [Q.strangulation]: 'yes' });
    const lower = await record({ [Q.onBail]: 'yes', [Q.sameVictim]: 'yes', [Q.strangulation]: 'no' });
    const diff = diffRecords(high, lower);
    expect(diff.kinds.indicators.disappeared.map(i => i.text)).to.deep.equal(['Strangulation']);
    expect(diff.kinds.rationale.disappeared.map(i => i.key)).to.include('r.strangulation');
    expect(diff.kinds.indicators.appeared).to.deep.equal([]);
    expect(diff.risk).to.deep.equal({ from: 'high', to: 'medium' });
    expect(isEmptyDiff(diffRecords(lower, lower))).to.equal(true);
    // A "not known" gap closes when the question is answered.
    const gap = await record({});
    expect(diffRecords(gap, lower).kinds.informationGaps.disappeared.map(g => g.key)).to.include(Q.onBail);
  });

  it('treats everything as new when there is no record before', async () => {
    const first = await record({ [Q.onBail]: 'yes' });
    const diff = diffRecords(undefined, first);
    expect(diff.kinds.indicators.appeared.map(i => i.key)).to.deep.equal(['on-bail']);
    expect(diff.risk).to.equal(undefined);
  });
});

describe('demo explain view: the homicide timeline', () => {
  const answer = (question: string, value: string, source: 'officer' | 'host' = 'officer') => ({
    question,
    value,
    source,
    at: '2025-03-14T02:10:00.000Z'
  });

  it('places "yes" answers on their stages and reports the furthest stage reached', () => {
    const picture = placeOnTimeline([
      answer('suspect.previous-partner-abuse', 'yes', 'host'),
      answer('abuse.coercive-control', 'yes'),
      answer('relationship.separation', 'yes'),
      answer('abuse.threats-to-kill', 'yes')
    ]);
    const at = (n: number) => picture.stages.find(s => s.n === n)!.markers.map(m => m.question);
    expect(at(1)).to.deep.equal(['suspect.previous-partner-abuse']);
    expect(at(3)).to.deep.equal(['abuse.coercive-control']);
    expect(at(4)).to.deep.equal(['relationship.separation']);
    expect(at(6)).to.deep.equal(['abuse.threats-to-kill']);
    expect(picture.furthest).to.equal(6);
    expect(picture.stages.find(s => s.n === 1)!.markers[0]!.source).to.equal('host');
  });

  it('shows "not known" as a marker but never as reached, and "no" not at all', () => {
    const picture = placeOnTimeline([answer('abuse.weapons', 'unknown'), answer('abuse.stalking', 'no')]);
    expect(picture.stages.find(s => s.n === 7)!.markers).to.deep.equal([
      { question: 'abuse.weapons', label: 'Weapon used or threatened', value: 'unknown', source: 'officer' }
    ]);
    expect(picture.stages.find(s => s.n === 5)!.markers).to.deep.equal([]);
    expect(picture.furthest).to.equal(0);
  });

  it('notes where the class’s answer differs from the case’s, and places a "yes" of the class’s alone', () => {
    const picture = placeOnTimeline(
      [answer('abuse.stalking', 'yes'), answer('abuse.weapons', 'no'), answer('abuse.escalation', 'yes')],
      { 'abuse.stalking': 'no', 'abuse.weapons': 'yes' }
    );
    const at = (n: number) => picture.stages.find(s => s.n === n)!.markers;
    expect(at(5).map(m => [m.question, m.value, m.given])).to.deep.equal([
      ['abuse.stalking', 'yes', 'no'],
      ['abuse.escalation', 'yes', undefined]
    ]);
    expect(at(7).map(m => [m.question, m.value, m.given])).to.deep.equal([['abuse.weapons', 'no', 'yes']]);
    // The furthest stage is the case's, not the class's.
    expect(picture.furthest).to.equal(5);
  });

  it('has eight stages and a documented basis for every mapped code', () => {
    expect(TIMELINE.map(s => s.n)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8]);
    const mapped = TIMELINE.flatMap(s => s.codes);
    expect(new Set(mapped).size).to.equal(mapped.length);
    expect(Object.keys(TIMELINE_BASIS).sort()).to.deep.equal([...mapped].sort());
    for (const basis of Object.values(TIMELINE_BASIS)) expect(basis).to.match(/^\[(S|I)\] (brief\.md|this demo)/);
  });
});

describe('demo classroom: the class against the answer key', () => {
  const review = caseById(REVIEW_CASE_ID)!;
  const key = finalAnswers(review);

  it('evaluates both answer sets with the core and says what each differing answer changes on its own', () => {
    const given = { ...key, 'abuse.stalking': 'no', 'suspect.past-coercive-control': 'no' };
    delete (given as Record<string, string>)['abuse.sexual'];
    const cmp = compareWithKey(defaultPack, key, given, review.stage, 'en');
    expect(cmp.key).to.deep.equal(evaluate(defaultPack, key, review.stage));
    expect(cmp.given).to.deep.equal(evaluate(defaultPack, given, review.stage));
    expect(cmp.differences.map(d => [d.question, d.given, d.key])).to.deep.equal([
      ['suspect.past-coercive-control', 'no', 'unknown'],
      ['abuse.sexual', undefined, 'unknown'],
      ['abuse.stalking', 'no', 'yes']
    ]);
    // Stalking "no" alone loses its indicator; the rest of the key's answers keep the risk high.
    const stalking = cmp.differences.find(d => d.question === 'abuse.stalking')!;
    expect(stalking.effect.kinds.indicators.disappeared.map(i => i.key)).to.deep.equal(['stalking']);
    expect(stalking.effect.risk).to.equal(undefined);
    expect(effects(stalking.effect, defaultPack, 'en')).to.deep.include({
      change: 'lost',
      label: 'Indicator',
      text: 'Stalking or harassment'
    });
    // A gap closed by a "no" removes the action that would have closed it.
    const control = cmp.differences.find(d => d.question === 'suspect.past-coercive-control')!;
    expect(control.effect.kinds.informationGaps.disappeared.map(g => g.key)).to.deep.equal([
      'suspect.past-coercive-control'
    ]);
    // Compared: every answer of the key but the free text; the stage is the case's.
    expect(cmp.agreed + cmp.differences.length).to.equal(Object.keys(key).filter(id => id !== 'victim.views').length);
    expect(cmp.overall.kinds.indicators.disappeared.map(i => i.key)).to.include('stalking');
  });

  it('reads the answer values of a record, and finds nothing to say when the class matches the key', async () => {
    const record = await assess({ answers: key, stage: review.stage, now: '2025-03-14T02:10:00Z' });
    const cmp = compareWithKey(defaultPack, key, answerSet(record.answers), review.stage, 'en');
    expect(cmp.differences).to.deep.equal([]);
    expect(isEmptyDiff(cmp.overall)).to.equal(true);
  });
});

describe('demo explain view: in plain words', () => {
  const review = caseById(REVIEW_CASE_ID)!;
  const ev = evaluate(defaultPack, finalAnswers(review), review.stage);

  it('says what raised the risk: the rules that fired setting the level, with their sources by title', () => {
    const reasons = riskReasons(ev, defaultPack, 'en');
    expect(ev.riskLevel).to.equal('high');
    expect(reasons.map(r => r.rule))
      .to.include('info.bail-same-victim')
      .and.not.include('info.on-bail');
    const sameVictim = reasons.find(r => r.rule === 'info.bail-same-victim')!;
    expect(sameVictim.text).to.equal('Bail has not protected this victim.');
    expect(sameVictim.sources).to.include('Sandwell DHR');
  });

  it('says what each action is for: the reasons of the rules that ask for it, or the gap it closes', () => {
    const purposes = actionPurposes(ev, defaultPack, 'en');
    expect(purposes.map(a => a.code)).to.deep.equal(ev.actions.map(a => a.code));
    const school = purposes.find(a => a.code === 'notify-school')!;
    expect(school.for.map(r => r.text)).to.deep.equal([
      'Children at home or present: their school is told (Operation Encompass).'
    ]);
    expect(school.for[0]!.sources).to.deep.equal([sourceTitle(sourceOf(defaultPack, 'operation-encompass')!, 'en')]);
    const address = purposes.find(a => a.code === 'check-bail-address')!;
    expect(address.for.map(r => r.text)).to.include('Not known yet: Has the proposed bail address been checked?');
  });

  it('gives trainee-facing sources as titles, never file paths', () => {
    expect(plainReferences('brief.md §7: Jane Clough, Blackpool, 2010.')).to.equal(
      'The domain brief §7: Jane Clough, Blackpool, 2010.'
    );
    expect(
      plainReferences(
        'the grounds (brief.md §1.7, §1.8) and the review (../shared/domain/dhr-key-learning-points.txt).'
      )
    ).to.equal('the grounds (the domain brief §1.7, §1.8) and the review.');
    expect(plainReferences('its lesson, in dhr-key-learning-points.txt')).to.equal(
      "its lesson, in the review's key learning points"
    );
  });
});

describe('demo helpers', () => {
  it('puts a pack error path into the words a rule author looks for', () => {
    const json = { questions: [{ id: 'a' }, { id: 'suspect.on-bail' }] };
    expect(describePath(json, 'questions[1].askWhen')).to.equal('question 2 (suspect.on-bail), askWhen');
    expect(describePath(json, 'rules[0]')).to.equal('rule 1');
    expect(describePath(json, 'catalogue.outcomes')).to.equal('catalogue.outcomes');
  });

  it('writes custody dates as a custody record does', () => {
    expect(formatDate('1983-05-09')).to.equal('9 May 1983');
    expect(formatDate('2025-03-14T02:10')).to.equal('14 Mar 2025, 02:10');
  });

  it('tampers with a copy, never the record itself', async () => {
    const original: BailCheckRecord = await record({ [Q.strangulation]: 'yes' });
    const frozen = JSON.stringify(original);
    const t = tamperWith(original);
    expect(t).to.include({ field: 'riskLevel', from: 'high', to: 'standard' });
    expect(t.record.riskLevel).to.equal('standard');
    expect(JSON.stringify(original)).to.equal(frozen);
  });
});
