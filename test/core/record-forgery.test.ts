// Issue 15's forged records, tried as an attacker would: what verifyRecord can and cannot tell (a record rebuilt
// with assess is consistent, so it passes; the host's seal is what refuses it), the gaps verifyRecord had
// (unknown members, own __proto__, integrity extras, times), and the raw JSON with a key twice.
import { expect } from '@open-wc/testing';
import { assess, sealRecord, verifyRecord, verifyRecordJson, verifySeal, type BailCheckRecord } from './api.js';
import { rehash } from './forger.js';

const STARTED = '2026-11-26T09:40:00.000Z';
const DONE = '2026-11-26T10:00:00.000Z';
// The verifier's clock: the day the record was made, so only a test about the future depends on today.
const now = '2026-11-26T12:00:00.000Z';

const ANSWERS = { 'decision.stage': 'post-charge', 'suspect.on-bail': 'yes', 'abuse.threats-to-kill': 'yes' };
type Answers = Record<string, string>;

/** A finished record of the default pack, as the element makes one. */
async function finished(answers: Answers = ANSWERS, decision?: { outcome: string; reason?: string }) {
  const provisional = await assess({ answers, now: DONE, startedAt: STARTED });
  return assess({
    answers,
    now: DONE,
    startedAt: STARTED,
    caseId: 'CR-2025-0042',
    officerId: 'PS 1234',
    answeredAt: Object.fromEntries(Object.keys(answers).map(q => [q, '2026-11-26T09:45:00Z'])),
    decision: decision ?? { outcome: provisional.outcome.recommended }
  });
}

/** The host's key pair; the private key cannot leave WebCrypto. */
const hostKeys = () =>
  crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'sign',
    'verify'
  ]) as Promise<CryptoKeyPair>;

const ok = { ok: true, problems: [] };
const changedAfterSealing =
  'the seal does not match the record: it was changed after it was sealed, or sealed with another key';

describe('a forged record: what the hash proves, and what the seal adds', () => {
  it('answers and decision rewritten, then rebuilt with assess: consistent, so verifyRecord accepts it; the seal refuses it', async () => {
    const { publicKey, privateKey } = await hostKeys();
    const genuine = await finished();
    expect(genuine.riskLevel).to.equal('high');
    const sealed = await sealRecord(genuine, privateKey);
    expect(await verifySeal(sealed, publicKey)).to.deep.equal(ok);

    // The forger has the pack (it is public) and the core: invented answers, a lenient decision, a fresh hash.
    const calm = { 'decision.stage': 'post-charge', 'suspect.on-bail': 'no', 'abuse.threats-to-kill': 'no' };
    const forged = await finished(calm, { outcome: 'bail-without-conditions', reason: 'Low risk, no concerns.' });
    expect(forged.decision?.outcome).to.equal('bail-without-conditions');
    // Honest: the hash and verifyRecord show consistency with the pack, not who made the record.
    expect(await verifyRecord(forged, undefined, { now })).to.deep.equal(ok);
    // Kept in the host's store with the genuine record's seal, or with a seal of the forger's own key:
    expect(await verifySeal({ ...forged, seal: sealed.seal }, publicKey)).to.deep.equal({
      ok: false,
      problems: [changedAfterSealing]
    });
    const forgerKeys = await hostKeys();
    const resealed = await sealRecord(forged, forgerKeys.privateKey);
    expect((await verifySeal(resealed, publicKey)).problems).to.deep.equal([changedAfterSealing]);
    expect((await verifySeal(forged, publicKey)).problems).to.deep.equal(['the record has no seal']);
  });

  it('only the decision flipped, with an invented reason: consistent, accepted by verifyRecord; refused by the seal', async () => {
    const { publicKey, privateKey } = await hostKeys();
    const genuine = await finished();
    const sealed = await sealRecord(genuine, privateKey);
    const other = genuine.outcome.alternatives[0]!;
    const flipped = await finished(ANSWERS, { outcome: other, reason: 'Victim agreed to it.' });
    expect(flipped.answers).to.deep.equal(genuine.answers);
    expect(await verifyRecord(flipped, undefined, { now })).to.deep.equal(ok);
    expect((await verifySeal({ ...flipped, seal: sealed.seal }, publicKey)).problems).to.deep.equal([
      changedAfterSealing
    ]);
    // Flipped in place (no rebuild) and re-hashed: it still says it agrees with the recommendation, so verifyRecord
    // sees the decision does not follow.
    const inPlace = await rehash({
      ...genuine,
      decision: { ...genuine.decision!, outcome: other, reason: 'Victim agreed to it.' }
    });
    expect((await verifyRecord(inPlace, undefined, { now })).problems).to.deep.equal([
      '"decision" does not follow from the record\'s answers under this pack',
      '"summaryText" does not follow from the record\'s answers under this pack'
    ]);
  });

  it('a change to any member after sealing, the integrity block and the seal itself included, is refused', async () => {
    const { publicKey, privateKey } = await hostKeys();
    const sealed = await sealRecord(await finished(), privateKey);
    expect(sealed.seal.algorithm).to.equal('ECDSA-P256-SHA256');
    expect(sealed.seal.signature).to.match(/^[A-Za-z0-9+/]{86}==$/);
    // The seal covers the record's canonical JSON without the seal: key order and a JSON round trip do not matter.
    expect(await verifySeal(JSON.parse(JSON.stringify(sealed)), publicKey)).to.deep.equal(ok);
    const reordered = Object.fromEntries(Object.entries(sealed).reverse());
    expect(await verifySeal(reordered, publicKey)).to.deep.equal(ok);
    // verifyRecord accepts the well-formed seal and leaves it out of the hash.
    expect(await verifyRecord(sealed, undefined, { now })).to.deep.equal(ok);

    const changes: [string, (r: Record<string, unknown>) => void][] = [
      ['riskLevel', r => (r.riskLevel = 'standard')],
      ['summaryText', r => (r.summaryText = `${String(r.summaryText)}\nReviewed.`)],
      ['integrity', r => (r.integrity = { algorithm: 'SHA-256', hash: '0'.repeat(64) })],
      ['a new member', r => (r.note = null)],
      ['completedAt', r => (r.completedAt = '2026-11-26T10:00:01.000Z')]
    ];
    for (const [what, change] of changes) {
      const copy = structuredClone(sealed) as unknown as Record<string, unknown>;
      change(copy);
      expect((await verifySeal(copy, publicKey)).problems, what).to.deep.equal([changedAfterSealing]);
    }
    const flippedBit = sealed.seal.signature.startsWith('A')
      ? `B${sealed.seal.signature.slice(1)}`
      : `A${sealed.seal.signature.slice(1)}`;
    expect((await verifySeal({ ...sealed, seal: { ...sealed.seal, signature: flippedBit } }, publicKey)).ok).to.equal(
      false
    );
  });

  it('a malformed seal is refused by both checks; keys of the wrong kind are refused', async () => {
    const { publicKey, privateKey } = await hostKeys();
    const sealed = await sealRecord(await finished(), privateKey);
    const malformed: [unknown, string][] = [
      [null, 'the seal is not an object'],
      [{ ...sealed.seal, algorithm: 'HMAC-SHA256' }, 'the seal is not ECDSA-P256-SHA256'],
      [{ ...sealed.seal, signature: 'c2lnbmVk' }, 'the seal has no signature a P-256 key makes'],
      [{ ...sealed.seal, signedBy: null }, 'the seal has members other than algorithm and signature']
    ];
    for (const [seal, problem] of malformed) {
      const record = { ...sealed, seal };
      expect((await verifySeal(record, publicKey)).problems).to.deep.equal([problem]);
      expect((await verifyRecord(record, undefined, { now })).problems).to.deep.equal([problem]);
    }
    expect((await verifySeal(sealed, privateKey)).problems).to.deep.equal(['the key is not an ECDSA P-256 public key']);
    const p384 = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, false, [
      'sign',
      'verify'
    ])) as CryptoKeyPair;
    expect((await verifySeal(sealed, p384.publicKey)).problems).to.deep.equal([
      'the key is not an ECDSA P-256 public key'
    ]);
    const refusal = await sealRecord(sealed, p384.privateKey).then(
      () => 'sealed',
      (e: Error) => e.message
    );
    expect(refusal).to.equal('sealRecord: the key is not an ECDSA P-256 private key');
    for (const junk of [null, 'record', []]) expect((await verifySeal(junk, publicKey)).ok).to.equal(false);
  });
});

describe('verifyRecord: members and times', () => {
  it('refuses a member no record has, whatever its value, null and an own __proto__ included', async () => {
    const record = await finished();
    for (const [name, value] of [
      ['note', null],
      ['signedOffBy', 'Inspector'],
      ['constructor', {}]
    ] as const) {
      const forged = await rehash({ ...record, [name]: value });
      expect((await verifyRecord(forged, undefined, { now })).problems, name).to.deep.equal([
        `the record has a member no record has: "${name}"`
      ]);
    }
    // JSON.parse makes "__proto__" an own member (not the prototype); it is refused like any other.
    const text = JSON.stringify(record).replace('{', '{"__proto__":{"riskLevel":"standard"},');
    const parsed = await rehash(JSON.parse(text) as BailCheckRecord);
    expect(Object.hasOwn(parsed, '__proto__')).to.equal(true);
    expect((await verifyRecord(parsed, undefined, { now })).problems).to.deep.equal([
      'the record has a member no record has: "__proto__"'
    ]);
    // A member of the record present as null where the record has none is not the same record.
    const nullCase = await rehash({ ...(await assess({ answers: ANSWERS, now: DONE })), caseId: null });
    expect((await verifyRecord(nullCase, undefined, { now })).problems).to.deep.equal([
      '"caseId" does not follow from the record\'s answers under this pack'
    ]);
    // A name that could forge a log line is not repeated.
    const odd = await rehash({ ...record, 'x\nthe record is accepted': 1 });
    expect((await verifyRecord(odd, undefined, { now })).problems).to.deep.equal([
      'the record has a member no record has: (a name not shown)'
    ]);
  });

  it('refuses an integrity block that is missing, not SHA-256, or has other members', async () => {
    const record = await finished();
    const { integrity, ...rest } = record;
    const cases: [unknown, string][] = [
      [undefined, 'the integrity block is missing or not SHA-256'],
      [{ ...integrity, algorithm: 'SHA-1' }, 'the integrity block is missing or not SHA-256'],
      [{ algorithm: 'SHA-256', hash: integrity.hash.toUpperCase() }, 'the integrity block has no SHA-256 hash'],
      [{ ...integrity, signature: null }, 'the integrity block has members other than algorithm and hash'],
      [{ ...integrity, key: 'host-2026' }, 'the integrity block has members other than algorithm and hash']
    ];
    for (const [block, problem] of cases) {
      const r = block === undefined ? rest : { ...rest, integrity: block };
      expect((await verifyRecord(r, undefined, { now })).problems, problem).to.deep.equal([problem]);
    }
  });

  it('refuses impossible times: completed in 2020 and started in 2030, an answer or decision outside the assessment', async () => {
    const outcome = (await finished()).outcome.recommended;
    const impossible = await assess({
      answers: ANSWERS,
      startedAt: '2030-01-01T09:00:00Z',
      now: '2020-01-01T09:00:00Z',
      answeredAt: { 'suspect.on-bail': '2025-01-01T09:00:00Z' },
      decision: { outcome }
    });
    expect((await verifyRecord(impossible, undefined, { now })).problems).to.deep.equal([
      'completedAt is before startedAt',
      'the answer to "decision.stage" is timed outside the assessment',
      'the answer to "suspect.on-bail" is timed outside the assessment',
      'the answer to "abuse.threats-to-kill" is timed outside the assessment',
      'the decision is timed outside the assessment',
      'startedAt is timed in the future'
    ]);
    const early = await assess({
      answers: ANSWERS,
      startedAt: STARTED,
      now: DONE,
      answeredAt: { 'suspect.on-bail': '2026-11-26T09:39:59Z' },
      decision: { outcome, at: '2026-11-26T10:00:01Z' }
    });
    expect((await verifyRecord(early, undefined, { now })).problems).to.deep.equal([
      'the answer to "suspect.on-bail" is timed outside the assessment',
      'the decision is timed outside the assessment'
    ]);
  });

  it('refuses times more than five minutes ahead of its clock (the clock can be given)', async () => {
    const record = await finished();
    const at = (t: string) => verifyRecord(record, undefined, { now: t });
    expect(await at('2026-11-26T09:55:01.000Z')).to.deep.equal(ok); // completed 4 min 59 s ahead
    expect((await at('2026-11-26T09:54:59.000Z')).problems).to.deep.equal([
      'completedAt is timed in the future',
      'the decision is timed in the future'
    ]);
    expect((await at('2026-11-26T09:30:00.000Z')).problems).to.have.length(6); // start, end, 3 answers, decision
    // Without a clock given, today's: a record made in 2030 is in the future.
    const later = await assess({ answers: ANSWERS, now: '2030-01-01T09:00:00Z' });
    expect((await verifyRecord(later)).problems).to.include('startedAt is timed in the future');
    expect(await verifyRecord(later, undefined, { now: '2030-01-01T09:00:00Z' })).to.deep.equal(ok);
    expect((await verifyRecord(later, undefined, { now: 'tomorrow' })).problems).to.deep.equal([
      'now is not a valid time'
    ]);
  });
});

describe('verifyRecordJson: the raw JSON, refused before parsing', () => {
  const text = async () => JSON.stringify(await finished());

  it('accepts a record as sent, and refuses the decision key twice (JSON.parse would keep the last)', async () => {
    const sent = await text();
    expect(await verifyRecordJson(sent, undefined, { now })).to.deep.equal(ok);
    const decision = /"decision":(\{[^}]*\})/.exec(sent)![1]!;
    const lenient = '{"outcome":"bail-without-conditions","agreesWithRecommendation":false,"reason":"x","at":"x"}';
    const twice = sent.replace('"decision":', `"decision":${lenient},"decision":`);
    expect((JSON.parse(twice) as BailCheckRecord).decision).to.deep.equal(JSON.parse(decision));
    expect(await verifyRecordJson(twice, undefined, { now })).to.deep.equal({
      ok: false,
      problems: ['the record\'s JSON holds the key "decision" twice in one object']
    });
  });

  it('finds a key twice at any depth, spelt with \\u escapes, and only within one object', async () => {
    const sent = await text();
    const refused = (json: string) => verifyRecordJson(json, undefined, { now }).then(v => v.problems);
    // In one answer (two levels down), and in the integrity block.
    expect(await refused(sent.replace('"source":"officer"', '"source":"host","source":"officer"'))).to.deep.equal([
      'the record\'s JSON holds the key "source" twice in one object'
    ]);
    expect(await refused(sent.replace('"algorithm":"SHA-256"', '"hash":"0","algorithm":"SHA-256"'))).to.deep.equal([
      'the record\'s JSON holds the key "hash" twice in one object'
    ]);
    // "\u0064ecision" and "decisio\u006e" are "decision" once parsed.
    const spelt = sent.replace('"decision":', '"\\u0064ecision":{"outcome":"x"},"decisio\\u006e":');
    expect(await refused(spelt)).to.deep.equal(['the record\'s JSON holds the key "decision" twice in one object']);
    // The same key in sibling objects (every answer has a "question") is no duplicate: a genuine record passes.
    expect(sent.match(/"question":/g)!.length).to.be.greaterThan(2);
  });

  it('is not fooled by braces, quotes, colons and escapes inside strings', async () => {
    const reason = 'He said: "decision": {"x": 1}} \\ \\" {[ "riskLevel": ] \u2028 done';
    const alternative = (await finished()).outcome.alternatives[0]!;
    const record = await finished(ANSWERS, { outcome: alternative, reason });
    const sent = JSON.stringify(record);
    expect(sent).to.include('\\"decision\\": {');
    expect(await verifyRecordJson(sent, undefined, { now })).to.deep.equal(ok);
    // An escaped quote at a string's end does not end it early; the key after it is still seen twice.
    const twice = sent.replace('"summaryText":', '"summaryText":"ends \\\\\\"\\\\","summaryText":');
    expect((await verifyRecordJson(twice, undefined, { now })).problems).to.deep.equal([
      'the record\'s JSON holds the key "summaryText" twice in one object'
    ]);
  });

  it('refuses text that is not JSON, or nests deeper than any record', async () => {
    const sent = await text();
    expect((await verifyRecordJson(`${sent.slice(0, -1)},}`)).problems).to.deep.equal(['the record is not JSON']);
    expect((await verifyRecordJson(undefined as unknown as string)).problems).to.deep.equal([
      'the record is not JSON text'
    ]);
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect((await verifyRecordJson(sent.replace('{', `{"x":${deep},`))).problems).to.deep.equal([
      'the record nests deeper than 32 levels'
    ]);
  });
});
