import { expect } from '@open-wc/testing';
import { assess, type BailCheckRecord } from '../../src/core.js';
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
      { question: 'abuse.weapons', value: 'unknown', source: 'officer' }
    ]);
    expect(picture.stages.find(s => s.n === 5)!.markers).to.deep.equal([]);
    expect(picture.furthest).to.equal(0);
  });

  it('has eight stages and a documented basis for every mapped code', () => {
    expect(TIMELINE.map(s => s.n)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8]);
    const mapped = TIMELINE.flatMap(s => s.codes);
    expect(new Set(mapped).size).to.equal(mapped.length);
    expect(Object.keys(TIMELINE_BASIS).sort()).to.deep.equal([...mapped].sort());
    for (const basis of Object.values(TIMELINE_BASIS)) expect(basis).to.match(/^\[(S|I)\] (brief\.md|this demo)/);
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
