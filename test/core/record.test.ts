// assess() and verifyRecord(): the record a host receives, deterministic for the same answers, pack and
// clock; any change to it caught while the hash is left as it was, and any change to what it derives even when
// the forger recomputes the hash (what the hash cannot catch, and the seal does: record-forgery.test.ts).
import { expect } from '@open-wc/testing';
import { assess, defaultPack, verifyRecord, type BailCheckRecord } from './api.js';
import { canonical, rehash, sha256 } from './forger.js';
import { choice, row, rule, stageQuestion, testPack, text, tri } from './pack-builder.js';

const NOW = '2026-11-26T10:00:00.000Z';

// Every question is read by some rule, so every answer shows in what the record derives.
const pack = testPack({
  questions: [
    stageQuestion(),
    tri('a', { riskFactor: true, gap: { text: { en: 'Whether a is so is not known.' }, action: 'chase' } }),
    tri('b'),
    choice('k', ['x', 'y']),
    text('t', { askWhen: { q: 'b', equals: 'yes' } })
  ],
  rules: [
    rule('a.yes', { q: 'a', equals: 'yes' }, { risk: 'high', indicators: ['i1'], grounds: ['g1'], conditions: ['c1'] }),
    rule('b', { q: 'b', in: ['yes', 'unknown'] }, { risk: 'medium', indicators: ['i2'], actions: ['a1', 'a2'] }),
    rule('k.x', { q: 'k', equals: 'x' }, { conditions: ['c2'] }),
    rule('t', { answered: 't' }, { actions: ['a1'] })
  ],
  pre: [row('pre.high', { riskAtLeast: 'high' }, 'detain-for-charging-decision', ['pre-charge-bail-with-conditions'])],
  post: [row('post.high', { riskAtLeast: 'high' }, 'refuse-bail', ['bail-with-conditions'])]
});

const answers = { 'decision.stage': 'post-charge', a: 'yes', b: 'yes', k: 'x', t: 'He said he would come back.' };

const complete = () =>
  assess({
    answers,
    pack,
    now: NOW,
    caseId: 'CR-12345',
    officerId: 'PS 1234',
    startedAt: '2026-11-26T09:40:00Z',
    answerSources: { a: 'host' },
    answeredAt: { a: '2026-11-26T09:41:00Z' },
    decision: {
      outcome: 'bail-with-conditions',
      reason: '  Victim rehoused tonight; conditions suffice.  ',
      conditions: ['c2', 'c1']
    }
  });

/** Paths to every value in the record that is not an object or a list (the integrity block aside). */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [path];
  return Object.entries(value).flatMap(([k, v]) =>
    path.length === 0 && k === 'integrity' ? [] : leaves(v, [...path, Array.isArray(value) ? Number(k) : k])
  );
}

function changed(record: BailCheckRecord, path: (string | number)[]): Record<string, unknown> {
  const copy = structuredClone(record) as unknown as Record<string, unknown>;
  let holder = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
  const key = path.at(-1)!;
  const v = holder[key];
  holder[key] =
    typeof v === 'boolean'
      ? !v
      : typeof v === 'number'
        ? v + 1
        : v === 'yes'
          ? 'no'
          : v === 'x'
            ? 'y'
            : `${String(v)}.`;
  return copy;
}

describe('assess', () => {
  it('makes the record of DESIGN.md, in plain JSON', async () => {
    const record = await complete();
    expect(JSON.parse(JSON.stringify(record))).to.deep.equal(record);
    expect(record).to.include({
      schemaVersion: 1,
      caseId: 'CR-12345',
      officerId: 'PS 1234',
      stage: 'post-charge',
      lang: 'en',
      startedAt: '2026-11-26T09:40:00.000Z',
      completedAt: NOW,
      riskLevel: 'high'
    });
    expect(record.rulePack).to.include({ id: 'x-test', version: '1.0.0' });
    expect(record.rulePack.sha256).to.match(/^[0-9a-f]{64}$/);
    expect(record.outcome).to.deep.equal({
      recommended: 'refuse-bail',
      alternatives: ['bail-with-conditions'],
      because: ['post.high']
    });
    expect(record.indicators.map(i => i.code)).to.deep.equal(['i1', 'i2']);
    expect(record.decision).to.deep.equal({
      outcome: 'bail-with-conditions',
      agreesWithRecommendation: false,
      reason: 'Victim rehoused tonight; conditions suffice.',
      at: NOW,
      // In the catalogue's order, whatever order they were given in.
      conditions: ['c1', 'c2']
    });
    expect(record.integrity.algorithm).to.equal('SHA-256');
  });

  it('hashes the canonical JSON (sorted keys, no whitespace) of everything but the integrity block', async () => {
    const record = await complete();
    const { integrity, ...rest } = record;
    expect(integrity.hash).to.equal(await sha256(canonical(rest)));
  });

  it('records answers to asked questions only, in pack order, with where and when they came from', async () => {
    const record = await assess({
      answers: { t: 'not asked', k: 'y', a: 'maybe', b: 'no', zz: 'yes' },
      pack,
      now: NOW,
      stage: 'pre-charge',
      answerSources: { 'decision.stage': 'host', k: 'host' },
      answeredAt: { b: '2026-11-26T09:30:00Z' }
    });
    expect(record.answers).to.deep.equal([
      { question: 'decision.stage', value: 'pre-charge', source: 'host', at: NOW },
      { question: 'b', value: 'no', source: 'officer', at: '2026-11-26T09:30:00.000Z' },
      { question: 'k', value: 'y', source: 'host', at: NOW }
    ]);
    // "maybe" is no answer: a is not known, so it is an information gap, never a "no".
    expect(record.informationGaps.map(g => g.question)).to.deep.equal(['a']);
  });

  it('caps free text: refuses a reason or an answer over 2,000 characters, or a reference over 200', async () => {
    const base = { answers, pack, now: NOW };
    const decision = { outcome: 'bail-with-conditions', conditions: ['c1'] };
    const cap = /longer than 2000 characters/;
    await assess({ ...base, decision: { ...decision, reason: 'r'.repeat(2000) } });
    await assess({ ...base, answers: { ...answers, t: 't'.repeat(2000) }, caseId: 'C'.repeat(200) });
    for (const input of [
      { ...base, decision: { ...decision, reason: 'r'.repeat(5_000_000) } },
      { ...base, answers: { ...answers, t: 't'.repeat(2001) } },
      { ...base, caseId: 'C'.repeat(201) },
      { ...base, officerId: 'P'.repeat(10_000) }
    ])
      await assess(input).then(
        () => expect.fail('accepted'),
        (e: Error) => expect(e.message).to.match(cap)
      );
    // A record made with a short reason, then given a long one and its hash made again: refused by verifyRecord.
    const record = await assess({ ...base, decision: { ...decision, reason: 'Short.' } });
    const long = await rehash({ ...record, decision: { ...record.decision!, reason: 'r'.repeat(5_000_000) } });
    const result = await verifyRecord(long, pack, { now: NOW });
    expect(result.ok).to.equal(false);
    expect(result.problems.join(' ')).to.match(cap);
  });

  it('never records a stage nobody gave', async () => {
    const record = await assess({ answers: { a: 'no' }, pack, now: NOW });
    expect(record.stage).to.equal('pre-charge');
    expect(record.answers.map(a => a.question)).to.deep.equal(['a']);
  });

  it('is deterministic: the same answers, pack and clock give the same record and hash', async () => {
    const first = await complete();
    const second = await complete();
    expect(canonical(second)).to.equal(canonical(first));
    const reordered = await assess({
      answers: Object.fromEntries(Object.entries(answers).reverse()),
      pack: JSON.stringify(pack),
      now: Date.parse(NOW),
      caseId: 'CR-12345',
      officerId: 'PS 1234',
      startedAt: '2026-11-26T09:40:00.000Z',
      answerSources: { a: 'host' },
      answeredAt: { a: '2026-11-26T09:41:00.000Z' },
      decision: {
        outcome: 'bail-with-conditions',
        reason: 'Victim rehoused tonight; conditions suffice.',
        conditions: ['c1', 'c2']
      }
    });
    expect(reordered.integrity.hash).to.equal(first.integrity.hash);
    const later = await assess({ answers, pack, now: '2026-11-26T10:00:01Z' });
    expect(later.integrity.hash).not.to.equal(first.integrity.hash);
  });

  it('a provisional record has no decision and no completedAt, and says so in its summary', async () => {
    const record = await assess({ answers, pack, now: NOW });
    expect(record).not.to.have.property('decision');
    expect(record).not.to.have.property('completedAt');
    expect(record.summaryText).to.include('PROVISIONAL: no decision recorded yet');
  });

  it('refuses a decision that differs without a reason, or belongs to the other stage, or a bad pack or time', async () => {
    const refusal = (p: Promise<unknown>) =>
      p.then(
        () => expect.fail('assess accepted it'),
        (e: Error) => e.message
      );
    expect(
      await refusal(assess({ answers, pack, decision: { outcome: 'bail-with-conditions', reason: '  ' } }))
    ).to.match(/differs from the recommendation needs a reason/);
    expect(await refusal(assess({ answers, pack, decision: { outcome: 'pre-charge-bail-with-conditions' } }))).to.match(
      /"pre-charge-bail-with-conditions" is not an outcome of the post-charge stage/
    );
    expect(await refusal(assess({ answers, pack, decision: { outcome: 'constructor' } }))).to.match(/not an outcome/);
    expect(await refusal(assess({ answers, pack: { id: 'nope' } }))).to.match(
      /the pack is invalid: schemaVersion: is required/
    );
    expect(await refusal(assess({ answers, pack, now: 'yesterday' }))).to.match(/not a valid time/);
    const agreeing = await assess({ answers, pack, now: NOW, decision: { outcome: 'refuse-bail' } });
    expect(agreeing.decision).to.deep.equal({ outcome: 'refuse-bail', agreesWithRecommendation: true, at: NOW });
  });

  it('refuses conditions that are not the pack’s, on an outcome without conditions, or none for bail with conditions', async () => {
    const refusal = (conditions: unknown, outcome = 'bail-with-conditions') =>
      assess({ answers, pack, decision: { outcome, reason: 'r', conditions: conditions as string[] } }).then(
        () => expect.fail('assess accepted it'),
        (e: Error) => e.message
      );
    expect(await refusal(['c1', 'c9'])).to.equal(
      "assess: a decision's conditions must be codes of the pack's conditions"
    );
    expect(await refusal(['constructor'])).to.match(/must be codes of the pack's conditions/);
    expect(await refusal('c1')).to.match(/must be codes of the pack's conditions/);
    expect(await refusal(['c1'], 'refuse-bail')).to.equal('assess: "refuse-bail" imposes no conditions');
    expect(await refusal([])).to.equal('assess: "bail-with-conditions" needs at least one condition');
    const twice = await assess({
      answers,
      pack,
      now: NOW,
      decision: { outcome: 'bail-with-conditions', reason: 'r', conditions: ['c2', 'c2'] }
    });
    expect(twice.decision?.conditions).to.deep.equal(['c2']);
  });

  it('writes a summary a sergeant can paste: risk, outcome, reasons, indicators, grounds, actions, conditions, gaps', async () => {
    const record = await assess({ answers: { ...answers, a: 'unknown' }, pack, now: NOW, caseId: 'CR-1' });
    expect(record.summaryText.split('\n')).to.deep.equal([
      'Bail safeguarding check: Bail after charge',
      'Custody record: CR-1',
      `Rule pack: x-test 1.0.0 (sha256 ${record.rulePack.sha256.slice(0, 12)})`,
      '',
      'PROVISIONAL: no decision recorded yet',
      '',
      'Risk level: MEDIUM',
      'Recommended outcome: Bail with conditions',
      'Alternatives: Refuse bail',
      'Because: Nothing else applied.',
      'Main reasons:',
      '- Indicator two: Rule b applies.',
      'Risk indicators (1): Indicator two',
      '',
      'Actions before the decision: Action two [IDVA]',
      'Actions before release: Action one [police]',
      'Actions within 24 hours: Chase what is not known [police]',
      'Recommended conditions: Condition two',
      'Information not known (to be chased): Whether a is so is not known',
      '',
      "The full rationale (4 rules, with their sources) and every answer are in the record's JSON."
    ]);
    const decided = await complete();
    expect(decided.summaryText).to.include('- Ground one (Bail Act 1976, Sch 1 Pt 1 para 2(1)(b))');
    expect(decided.summaryText).to.include(
      [
        "Officer's decision (26/11/2026, 10:00 GMT): Bail with conditions (differs from the recommendation)",
        'Conditions imposed:',
        '- Condition one (purpose: to protect the victim)',
        '- Condition two (purpose: to prevent interference with witnesses)',
        'Reason: Victim rehoused tonight; conditions suffice.'
      ].join('\n')
    );
    expect(decided.summaryText).not.to.contain('PROVISIONAL');
  });

  it('writes the summary and texts in Welsh when asked', async () => {
    const record = await assess({ answers, pack, now: NOW, lang: 'cy' });
    expect(record.lang).to.equal('cy');
    expect(record.summaryText).to.include('Lefel risg: UCHEL');
    expect(record.summaryText).to.include('- Dangosydd un');
    expect(record.indicators[1]!.text).to.equal('Indicator two');
  });
});

describe('verifyRecord', () => {
  it('accepts a record as assess made it, provisional or complete, in either language', async () => {
    expect(await verifyRecord(await complete(), pack)).to.deep.equal({ ok: true, problems: [] });
    const provisional = await assess({ answers: { b: 'unknown' }, pack, now: NOW, lang: 'cy' });
    expect(await verifyRecord(provisional, pack)).to.deep.equal({ ok: true, problems: [] });
    expect(await verifyRecord(JSON.parse(JSON.stringify(provisional)), JSON.stringify(pack))).to.deep.equal({
      ok: true,
      problems: []
    });
  });

  it('accepts a record made under the bundled pack without being given the pack', async () => {
    const record = await assess({ answers: {}, now: NOW });
    expect(record.rulePack.id).to.equal(defaultPack.id);
    expect(await verifyRecord(record)).to.deep.equal({ ok: true, problems: [] });
    expect(await verifyRecord(record, defaultPack)).to.deep.equal({ ok: true, problems: [] });
  });

  it('catches a change to any field, answer or action when the hash was left as it was', async () => {
    const record = await complete();
    const paths = leaves(record);
    expect(paths.length).to.be.greaterThan(60);
    for (const path of paths) {
      const verdict = await verifyRecord(changed(record, path), pack);
      expect(verdict.ok, path.join('.')).to.equal(false);
      expect(verdict.problems, path.join('.')).to.include(
        'the hash does not match the record: it was changed after it was made'
      );
    }
  });

  it('catches a change to anything derived even when the forger recomputes the hash', async () => {
    const record = await complete();
    // Times and where an answer came from are facts the record states, not things it derives: a forger
    // who recomputes the hash could change those alone (the hash is not a signature).
    const stated = /^(startedAt|completedAt|answers\.\d+\.(at|source))$/;
    for (const path of leaves(record).filter(p => !stated.test(p.join('.')))) {
      const verdict = await verifyRecord(await rehash(changed(record, path)), pack);
      expect(verdict.ok, path.join('.')).to.equal(false);
      expect(verdict.problems.join(' '), path.join('.')).to.match(
        /does not follow|not made under this pack|needs a reason|not an outcome|not a valid time|conditions/
      );
    }
  });

  it('names the field that does not follow', async () => {
    const record = (await complete()) as unknown as Record<string, unknown> & BailCheckRecord;
    record.riskLevel = 'standard';
    record.actions = record.actions.slice(1);
    expect((await verifyRecord(await rehash(record), pack)).problems).to.deep.equal([
      '"riskLevel" does not follow from the record\'s answers under this pack',
      '"actions" does not follow from the record\'s answers under this pack'
    ]);
  });

  it('catches a changed summaryText, an extra answer, an extra field, a forged decision', async () => {
    const base = await complete();
    const check = async (change: (r: Record<string, unknown> & BailCheckRecord) => void) => {
      const r = structuredClone(base) as Record<string, unknown> & BailCheckRecord;
      change(r);
      return (await verifyRecord(await rehash(r), pack)).problems;
    };
    expect(await check(r => (r.summaryText = r.summaryText.replace('HIGH', 'STANDARD')))).to.deep.equal([
      '"summaryText" does not follow from the record\'s answers under this pack'
    ]);
    expect(
      await check(r => r.answers.push({ question: 'zz', value: 'yes', source: 'officer', at: NOW }))
    ).to.deep.equal(['"answers" does not follow from the record\'s answers under this pack']);
    expect(await check(r => (r.note = 'added later'))).to.deep.equal(['the record has a member no record has: "note"']);
    expect(await check(r => (r.decision!.agreesWithRecommendation = true))).to.deep.equal([
      '"decision" does not follow from the record\'s answers under this pack'
    ]);
    expect(await check(r => delete r.decision!.reason)).to.deep.equal([
      'a decision that differs from the recommendation needs a reason'
    ]);
  });

  it('refuses a record made under another pack, naming the pack it was given', async () => {
    const record = await complete();
    const other = structuredClone(pack);
    other.version = '1.0.1';
    expect(await verifyRecord(record, other)).to.deep.equal({
      ok: false,
      problems: ['the record was not made under this pack (x-test 1.0.1)']
    });
    expect((await verifyRecord(record)).problems).to.deep.equal([
      `the record was not made under this pack (${defaultPack.id} ${defaultPack.version})`
    ]);
  });

  it('never throws: junk records and packs are problems, not exceptions', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const junk of [undefined, null, 'record', 42, [], {}, cyclic, { integrity: null, answers: 'x' }]) {
      const verdict = await verifyRecord(junk, pack);
      expect(verdict.ok).to.equal(false);
      expect(verdict.problems.length).to.be.greaterThan(0);
    }
    const verdict = await verifyRecord(await complete(), { id: 'not a pack' });
    expect(verdict.ok).to.equal(false);
    expect(verdict.problems.join(' ')).to.match(/the pack is invalid/);
  });
});
