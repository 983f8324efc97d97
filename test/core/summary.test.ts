// The summary for the custody record (summaryText): what a sergeant pastes into the custody record. It says the
// decision and the conditions imposed, the victim's views, the reasons about this case; its times are UK time with
// the zone; free text can never forge a line of its own; and a whole case fits in about forty lines, the full
// rationale left to the record's JSON. It is part of the hashed record, so verifyRecord rebuilds it.
import { expect } from '@open-wc/testing';
import review from '../../demo/cases/sandwell-review.json';
import { assess, verifyRecord } from './api.js';
import { choice, rule, stageQuestion, testPack, text } from './pack-builder.js';

const lines = (summary: string) => summary.split('\n');

/** The review's case after charge: the host's prefill and the trainer's answer key, as one set of answers. */
const reviewAnswers = { ...review.prefill, ...review.answerKey } as Record<string, string>;

describe('summaryText', () => {
  it('says the decision first, in UK time with its zone: BST in summer, GMT in winter, changing at 01:00 UTC', async () => {
    const at = async (now: string) => {
      const record = await assess({
        answers: reviewAnswers,
        stage: 'post-charge',
        now,
        decision: { outcome: 'refuse-bail' }
      });
      return lines(record.summaryText).find(l => l.startsWith("Officer's decision"));
    };
    expect(await at('2025-07-14T02:40:00Z')).to.equal(
      "Officer's decision (14/07/2025, 03:40 BST): Refuse bail: keep in custody for the next court (agrees with the recommendation)"
    );
    expect(await at('2025-12-31T23:59:59.999Z')).to.match(/\(31\/12\/2025, 23:59 GMT\)/);
    // Summer time began at 01:00 UTC on Sunday 30 March 2025 and ended at 01:00 UTC on Sunday 26 October 2025.
    expect(await at('2025-03-30T00:59:00Z')).to.match(/\(30\/03\/2025, 00:59 GMT\)/);
    expect(await at('2025-03-30T01:00:00Z')).to.match(/\(30\/03\/2025, 02:00 BST\)/);
    expect(await at('2025-10-26T00:59:00Z')).to.match(/\(26\/10\/2025, 01:59 BST\)/);
    expect(await at('2025-10-26T01:00:00Z')).to.match(/\(26\/10\/2025, 01:00 GMT\)/);
  });

  it('holds the review’s whole case in at most forty lines: decision, conditions, views, reasons, grounds, actions', async () => {
    const record = await assess({
      answers: reviewAnswers,
      stage: 'post-charge',
      now: '2025-03-14T04:10:00Z',
      caseId: review.custody.reference,
      officerId: review.custody.officerId,
      decision: {
        outcome: 'bail-with-conditions',
        reason: 'She is in a refuge tonight.',
        conditions: ['no-contact-victim', 'no-contact-via-others', 'exclusion-zone', 'residence', 'curfew']
      }
    });
    const summary = lines(record.summaryText);
    expect(summary.length).to.be.at.most(40);
    expect(summary.slice(0, 3)).to.deep.equal([
      'Bail safeguarding check: Bail after charge',
      'Custody record: TRN-25-0417 · Officer: PS 2291',
      `Rule pack: bail-safeguarding-default ${record.rulePack.version} (sha256 ${record.rulePack.sha256.slice(0, 12)})`
    ]);
    expect(summary).to.include.members([
      "Officer's decision (14/03/2025, 04:10 GMT): Bail to court with conditions (differs from the recommendation)",
      'Conditions imposed:',
      'Reason: She is in a refuge tonight.',
      `Victim's views: ${review.answerKey['victim.views']}`,
      'Risk level: HIGH',
      'Recommended outcome: Refuse bail: keep in custody for the next court',
      'Main reasons:',
      'Grounds:'
    ]);
    // Five conditions imposed, each with its statutory purpose.
    const imposed = summary.slice(summary.indexOf('Conditions imposed:') + 1).filter(l => l.startsWith('- '));
    expect(imposed.slice(0, 5).every(l => / \(purpose: /.test(l))).to.equal(true);
    // Reasons about this case: three, not the rule texts of every rule that fired.
    const reasons = summary.slice(summary.indexOf('Main reasons:') + 1);
    expect(reasons.findIndex(l => !l.startsWith('- '))).to.equal(3);
    expect(record.rationale.length).to.be.greaterThan(30);
    expect(summary.at(-1)).to.equal(
      `The full rationale (${record.rationale.length} rules, with their sources) and every answer are in the record's JSON.`
    );
    // Every indicator, every action and every gap is there (on their lines, separated by semicolons).
    for (const item of [...record.indicators, ...record.actions, ...record.informationGaps])
      expect(record.summaryText).to.contain(item.text.replace(/\.$/, ''));
    expect((await verifyRecord(record)).ok).to.equal(true);
  });

  it('frames the release actions and conditions under "if bail is granted" when the outcome keeps the suspect in custody', async () => {
    const refused = await assess({
      answers: reviewAnswers,
      stage: 'post-charge',
      decision: { outcome: 'refuse-bail' }
    });
    const summary = lines(refused.summaryText);
    expect(summary.some(l => l.startsWith('Actions before release (if bail is granted): '))).to.equal(true);
    expect(summary.some(l => l.startsWith('Conditions (if bail is granted): '))).to.equal(true);
    expect(summary.some(l => l.startsWith('Actions before release: '))).to.equal(false);
  });

  it('puts free text on one line, so a reason or the victim’s words cannot forge a line of the record', async () => {
    const pack = testPack({
      questions: [stageQuestion(), choice('victim.views-sought', ['yes', 'no']), text('victim.views')],
      rules: [rule('views', { answered: 'victim.views' })]
    });
    const forged =
      "Rehoused.\nOfficer's decision (01/01/2026 00:00 GMT): Release\r\n\u2028Risk level: STANDARD\u0085\tend";
    const record = await assess({
      answers: {
        'decision.stage': 'post-charge',
        'victim.views-sought': 'yes',
        'victim.views': 'Keep him away.\n\nOfficer’s decision: none'
      },
      pack,
      now: '2026-01-05T10:00:00Z',
      decision: { outcome: 'bail-with-conditions', reason: forged, conditions: ['c1'] }
    });
    const summary = lines(record.summaryText);
    expect(summary.filter(l => l.startsWith("Officer's decision"))).to.have.length(1);
    expect(summary.filter(l => l.startsWith('Risk level'))).to.have.length(1);
    expect(summary).to.include(
      "Reason: Rehoused. Officer's decision (01/01/2026 00:00 GMT): Release Risk level: STANDARD end"
    );
    expect(summary).to.include("Victim's views: Keep him away. Officer’s decision: none");
    // The record keeps the reason as the officer gave it (trimmed); only the summary puts it on one line.
    expect(record.decision?.reason).to.equal(forged);
    expect((await verifyRecord(record, pack)).ok).to.equal(true);
  });

  it('makes every free text plain: no control, invisible or reordering character, and no line a formula', async () => {
    const pack = testPack({
      questions: [stageQuestion(), choice('victim.views-sought', ['yes', 'no']), text('victim.views')],
      rules: [rule('views', { answered: 'victim.views' })]
    });
    // NUL, ESC, DEL, C1, tab, CR, LF, line and paragraph separators; RLO, RLM, ALM, isolates, ZWSP, ZWJ, BOM, soft hyphen.
    const hidden = '\u0000\u001b\u007f\u0085\t\r\n\u2028\u2029\u202e\u200f\u061c\u2066\u200b\u200d\ufeff\u00ad';
    const hostile = (start: string) => `${start}HYPERLINK("http://x")${hidden}\n=1+1\n+44\n@SUM(A1)\n-2\u202eevil`;
    const record = await assess({
      answers: { 'decision.stage': 'post-charge', 'victim.views-sought': 'yes', 'victim.views': hostile('+') },
      // The views came from the host's record: host answers take the same way.
      answerSources: { 'victim.views': 'host' },
      pack,
      now: '2026-01-05T10:00:00Z',
      caseId: `CR-1${hidden}`,
      officerId: `PS\u202e 7`,
      decision: { outcome: 'bail-with-conditions', reason: hostile('='), conditions: ['c1'] }
    });
    const unseen = [...record.summaryText].filter(c => c !== '\n' && /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(c));
    expect(unseen, 'characters a reader cannot see, besides the line feeds between lines').to.deep.equal([]);
    for (const line of lines(record.summaryText))
      expect(line, 'a line starts with its label, or is a list item').to.match(/^($|- |[\p{L}(])/u);
    expect(lines(record.summaryText)).to.include.members([
      'Custody record: CR-1 · Officer: PS 7',
      'Reason: =HYPERLINK("http://x") =1+1 +44 @SUM(A1) -2 evil',
      'Victim\'s views: +HYPERLINK("http://x") =1+1 +44 @SUM(A1) -2 evil'
    ]);
    // The record keeps what was given; only the summary is made plain, and verifyRecord rebuilds it the same.
    expect(record.decision?.reason).to.equal(hostile('=').trim());
    expect((await verifyRecord(record, pack)).ok).to.equal(true);
  });

  it('says when the victim’s views were not recorded, and why the officer was asked', async () => {
    const pack = testPack({
      questions: [
        stageQuestion(),
        choice('victim.views-sought', ['yes', 'no', 'not-practicable']),
        text('victim.views', { askWhen: { q: 'victim.views-sought', equals: 'yes' } })
      ]
    });
    const record = await assess({
      answers: { 'decision.stage': 'pre-charge', 'victim.views-sought': 'not-practicable' },
      pack,
      lang: 'cy'
    });
    expect(lines(record.summaryText)).to.include(
      'Barn y dioddefwr: heb ei chofnodi. A ofynnwyd am y farn: not-practicable'
    );
    const english = await assess({ answers: { 'decision.stage': 'pre-charge', 'victim.views-sought': 'no' }, pack });
    expect(lines(english.summaryText)).to.include("Victim's views: not recorded. Views sought: no");
  });
});
