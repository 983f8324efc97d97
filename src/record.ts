// assess() and verifyRecord(): the record of DESIGN.md, built from the engine's result, and the checks a host's
// server makes of one it received (consistency with its pack and answers; the seal is record-seal.ts).
import { canonicalJson, sha256Hex } from './canonical.js';
import { evaluate, outcomeFitsStage, readAnswers, STAGE_QUESTION, type Answers, type Evaluation } from './engine.js';
import { defaultPack } from './default-pack.js';
import { LIMITS } from './pack/format.js';
import { packIdentity } from './pack/identity.js';
import type { Lang, RulePack, Stage } from './pack/schema.js';
import { isAcceptedPack } from './pack/accepted.js';
import { loadValidator } from './pack/validator.js';
import type { AnswerSource, BailCheckRecord, RecordedAnswer } from './record-types.js';
import { scanJson } from './json-scan.js';
import { sealProblem } from './record-seal.js';
import { summaryText } from './summary.js';
import { imposesConditions } from './vocabulary.js';

export interface AssessInput {
  /** Answers keyed by question id (the vocabulary's codes for the default pack). */
  answers: Answers;
  stage?: Stage;
  /** A pack object or JSON; validated. Default: the bundled pack. */
  pack?: unknown;
  /** The clock: completedAt, and the time of any answer or decision without its own. */
  now?: Date | string | number;
  caseId?: string;
  officerId?: string;
  lang?: Lang;
  startedAt?: string;
  /** Where each answer came from; `officer` unless said. */
  answerSources?: Readonly<Record<string, AnswerSource>>;
  /** When each answer was given (ISO 8601); `now` unless said. */
  answeredAt?: Readonly<Record<string, string>>;
  /**
   * The officer's decision. Without it the record is provisional: no completedAt. `conditions`: the codes of the
   * conditions imposed, only with an outcome that imposes conditions (at least one then).
   */
  decision?: { outcome: string; reason?: string; at?: string; conditions?: readonly string[] };
}

function isoTime(t: Date | string | number | undefined, name = 'now'): string {
  const date = t === undefined ? new Date() : new Date(t);
  if (Number.isNaN(date.getTime())) throw new TypeError(`assess: ${name} is not a valid time`);
  return date.toISOString();
}

// Packs already validated, by the object a caller passed: a page that calls assess after every answer
// validates and hashes its pack once. (Packs are treated as immutable once used.)
const validated = new WeakMap<object, RulePack>();

/** The pack to use; the validator is loaded only for a pack not seen valid before. */
async function resolvePack(pack: unknown): Promise<RulePack> {
  if (pack === undefined) return defaultPack;
  // The bundled pack was validated by the build; a pack validatePack returned was validated already.
  if (pack === defaultPack || isAcceptedPack(pack)) return pack as RulePack;
  const known = typeof pack === 'object' && pack !== null ? validated.get(pack) : undefined;
  if (known) return known;
  const result = await (await loadValidator()).checkPackErrors(pack);
  if (!result.ok)
    throw new TypeError(`assess: the pack is invalid: ${result.errors[0]?.path}: ${result.errors[0]?.message}`);
  if (typeof pack === 'object' && pack !== null) validated.set(pack, result.pack);
  validated.set(result.pack, result.pack);
  return result.pack;
}

/**
 * The conditions a decision imposes, checked: codes of the pack's catalogue, with an outcome that imposes
 * conditions, at least one. Kept in the catalogue's order, each once, so a record rebuilds to the same list.
 */
function imposedConditions(pack: RulePack, outcome: string, given: unknown): string[] | undefined {
  if (given === undefined) return undefined;
  const catalogue = pack.catalogue.conditions;
  if (!Array.isArray(given) || given.some(code => typeof code !== 'string' || !Object.hasOwn(catalogue, code)))
    throw new TypeError("assess: a decision's conditions must be codes of the pack's conditions");
  if (!imposesConditions(outcome)) throw new TypeError(`assess: "${outcome}" imposes no conditions`);
  if (!given.length) throw new TypeError(`assess: "${outcome}" needs at least one condition`);
  return Object.keys(catalogue).filter(code => given.includes(code));
}

/** Builds the record, hash included, for the answers under the pack. Rejects on an invalid pack or decision. */
export async function assess(input: AssessInput): Promise<BailCheckRecord> {
  const pack = await resolvePack(input.pack);
  return recordOf(pack, input, evaluate(pack, input.answers, input.stage, input.lang === 'cy' ? 'cy' : 'en'));
}

/**
 * The record for an evaluation already made of `input`'s answers, stage and language under `pack` (validated):
 * the element builds its screens and the record from one evaluation per answer. Rejects on an invalid decision.
 */
export async function recordOf(pack: RulePack, input: AssessInput, result: Evaluation): Promise<BailCheckRecord> {
  const now = isoTime(input.now);
  // Free text is capped (the element's text boxes stop there): a 5-million-character reason made a 10 MB record.
  const long = (v: unknown, max: number = LIMITS.textChars) => typeof v === 'string' && v.length > max;
  if (
    long(input.decision?.reason) ||
    Object.values(Object(input.answers) as object).some(v => long(v)) ||
    long(input.caseId, 200) ||
    long(input.officerId, 200)
  )
    throw new TypeError(
      `assess: a reason or answer is longer than ${LIMITS.textChars} characters, or a reference than 200`
    );
  const lang: Lang = input.lang === 'cy' ? 'cy' : 'en';
  const source = (q: string) => (input.answerSources?.[q] === 'host' ? 'host' : 'officer');
  const at = (q: string) => {
    const t = input.answeredAt?.[q];
    return typeof t === 'string' ? isoTime(t, `the time of ${q}`) : now;
  };
  // The answers as the engine read them: to asked questions only, invalid values left out.
  const given = readAnswers(pack, input.answers, input.stage);
  const answers: RecordedAnswer[] = [];
  for (const q of result.asked) {
    const value = given.get(q);
    if (value !== undefined) answers.push({ question: q, value, source: source(q), at: at(q) });
  }

  let decision: BailCheckRecord['decision'];
  if (input.decision) {
    const { outcome, reason } = input.decision;
    const def = Object.hasOwn(pack.catalogue.outcomes, outcome) ? pack.catalogue.outcomes[outcome] : undefined;
    if (!def || !outcomeFitsStage(def.stage, result.stage))
      throw new TypeError(`assess: "${outcome}" is not an outcome of the ${result.stage} stage`);
    const agrees = outcome === result.outcome.recommended;
    const trimmed = typeof reason === 'string' ? reason.trim() : '';
    if (!agrees && !trimmed)
      throw new TypeError('assess: a decision that differs from the recommendation needs a reason');
    const conditions = imposedConditions(pack, outcome, input.decision.conditions);
    decision = {
      outcome,
      agreesWithRecommendation: agrees,
      ...(trimmed ? { reason: trimmed } : {}),
      at: isoTime(input.decision.at ?? now, 'the time of the decision'),
      ...(conditions ? { conditions } : {})
    };
  }

  const body: Omit<BailCheckRecord, 'summaryText' | 'integrity'> = {
    schemaVersion: 1,
    ...(typeof input.caseId === 'string' && input.caseId ? { caseId: input.caseId } : {}),
    ...(typeof input.officerId === 'string' && input.officerId ? { officerId: input.officerId } : {}),
    stage: result.stage,
    lang,
    startedAt: input.startedAt ? isoTime(input.startedAt, 'startedAt') : now,
    ...(decision ? { completedAt: now } : {}),
    rulePack: await packIdentity(pack),
    riskLevel: result.riskLevel,
    indicators: result.indicators,
    outcome: result.outcome,
    grounds: result.grounds,
    actions: result.actions,
    conditions: result.conditions,
    informationGaps: result.informationGaps,
    rationale: result.rationale,
    answers,
    ...(decision ? { decision } : {})
  };
  const withSummary = { ...body, summaryText: summaryText(body, pack, lang) };
  return { ...withSummary, integrity: { algorithm: 'SHA-256', hash: await sha256Hex(canonicalJson(withSummary)) } };
}

/** The hash a record should carry: SHA-256 over the canonical JSON of everything but `integrity` and `seal`. */
export function recordHash(record: object): Promise<string> {
  const rest: Record<string, unknown> = { ...record };
  delete rest.integrity;
  delete rest.seal;
  return sha256Hex(canonicalJson(rest));
}

/** The members a record may have: DESIGN.md's record, and the seal a host's server adds. */
const MEMBERS: readonly string[] = [
  'schemaVersion',
  'caseId',
  'officerId',
  'stage',
  'lang',
  'startedAt',
  'completedAt',
  'rulePack',
  'riskLevel',
  'indicators',
  'outcome',
  'grounds',
  'actions',
  'conditions',
  'informationGaps',
  'rationale',
  'answers',
  'decision',
  'summaryText',
  'integrity',
  'seal'
];

/** How far ahead of the verifier's clock a record's times may be (clocks differ a little). */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** A name from the record as a problem may show it: plain names only, so a log line cannot be forged. */
const named = (name: unknown) =>
  typeof name === 'string' && /^[\w.$-]{1,64}$/.test(name) ? `"${name}"` : '(a name not shown)';

/** Unknown members (an own `__proto__` that JSON.parse made among them) and a malformed seal. */
function memberProblems(r: Record<string, unknown>): string[] {
  const problems = Object.keys(r)
    .filter(key => !MEMBERS.includes(key))
    .map(key => `the record has a member no record has: ${named(key)}`);
  const seal = Object.hasOwn(r, 'seal') ? sealProblem(r.seal) : undefined;
  return seal ? [...problems, seal] : problems;
}

/** What is wrong with the integrity block, or undefined when it is `{ algorithm: 'SHA-256', hash }` alone. */
function integrityProblem(integrity: unknown): string | undefined {
  const block = integrity as Record<string, unknown> | null | undefined;
  if (typeof block !== 'object' || block === null || block.algorithm !== 'SHA-256')
    return 'the integrity block is missing or not SHA-256';
  if (typeof block.hash !== 'string' || !/^[0-9a-f]{64}$/.test(block.hash))
    return 'the integrity block has no SHA-256 hash';
  if (Object.keys(block).length !== 2) return 'the integrity block has members other than algorithm and hash';
  return undefined;
}

/**
 * Times in order (started ≤ each answer ≤ decision ≤ completed) and none in the future beyond the skew.
 * A time that is not one is left to the rebuild, which reports it.
 */
function timeProblems(r: Partial<BailCheckRecord>, now: number): string[] {
  const problems: string[] = [];
  const ms = (t: unknown) => (typeof t === 'string' ? Date.parse(t) : NaN);
  const started = ms(r.startedAt);
  const completed = r.completedAt === undefined ? Infinity : ms(r.completedAt);
  if (Number.isNaN(started) || Number.isNaN(completed)) return problems;
  if (completed < started) problems.push('completedAt is before startedAt');
  const inside = (t: number) => t >= started && t <= completed;
  const timed: [string, number][] = [
    ['startedAt', started],
    ['completedAt', completed]
  ];
  for (const a of Array.isArray(r.answers) ? (r.answers as unknown[]) : []) {
    const { question, at } = (typeof a === 'object' && a !== null ? a : {}) as Record<string, unknown>;
    const t = ms(at);
    const name = `the answer to ${named(question)}`;
    if (!Number.isNaN(t) && !inside(t)) problems.push(`${name} is timed outside the assessment`);
    timed.push([name, t]);
  }
  if (r.decision) {
    const t = ms(r.decision.at);
    if (!Number.isNaN(t) && !inside(t)) problems.push('the decision is timed outside the assessment');
    timed.push(['the decision', t]);
  }
  for (const [name, t] of timed)
    if (Number.isFinite(t) && t > now + CLOCK_SKEW_MS) problems.push(`${name} is timed in the future`);
  return problems;
}

export interface VerifyOptions {
  /** The verifier's clock, for times in the future (default: now). */
  now?: Date | string | number;
}

/**
 * Checks a record a host received: only the record's members, the hash holds, the times are in order and not
 * in the future, it names this pack, and everything in it follows from its answers under that pack (the record
 * is rebuilt and compared field by field). This shows the record is consistent and was not changed by accident;
 * it cannot show who made it (anyone with the pack can rebuild a consistent record): `verifySeal` does that for
 * records the host sealed. Never throws; every problem is a sentence.
 */
export async function verifyRecord(
  record: unknown,
  pack?: unknown,
  options: VerifyOptions = {}
): Promise<{ ok: boolean; problems: string[] }> {
  const problems: string[] = [];
  try {
    if (typeof record !== 'object' || record === null || Array.isArray(record))
      return { ok: false, problems: ['the record is not an object'] };
    const r = record as Partial<BailCheckRecord> & Record<string, unknown>;
    const now = options.now === undefined ? Date.now() : new Date(options.now).getTime();
    if (Number.isNaN(now)) throw new TypeError('verifyRecord: now is not a valid time');
    problems.push(...memberProblems(r));
    const integrity = integrityProblem(r.integrity);
    if (integrity) problems.push(integrity);
    else if ((await recordHash(r)) !== r.integrity?.hash)
      problems.push('the hash does not match the record: it was changed after it was made');
    problems.push(...timeProblems(r, now));

    const resolved = await resolvePack(pack);
    const identity = await packIdentity(resolved);
    if (r.rulePack?.sha256 !== identity.sha256) {
      problems.push(`the record was not made under this pack (${identity.id} ${identity.version})`);
      return { ok: false, problems };
    }
    if (!Array.isArray(r.answers)) throw new TypeError('the record has no list of answers');

    const answers: Record<string, unknown> = {};
    const answerSources: Record<string, AnswerSource> = {};
    const answeredAt: Record<string, string> = {};
    for (const a of r.answers as unknown[]) {
      if (typeof a !== 'object' || a === null) continue; // left out of the rebuilt record, so reported below
      const { question, value, source, at } = a as Record<string, unknown>;
      if (typeof question !== 'string') continue;
      answers[question] = value;
      if (source === 'host') answerSources[question] = source;
      if (typeof at === 'string') answeredAt[question] = at;
    }
    const d = r.decision;
    const rebuilt = (await assess({
      answers,
      // The stage is an answer when the pack asks it; otherwise only the record says it.
      ...(resolved.questions.some(q => q.id === STAGE_QUESTION)
        ? {}
        : { stage: r.stage === 'post-charge' ? r.stage : 'pre-charge' }),
      pack: resolved,
      now: r.completedAt ?? r.startedAt,
      ...(typeof r.caseId === 'string' ? { caseId: r.caseId } : {}),
      ...(typeof r.officerId === 'string' ? { officerId: r.officerId } : {}),
      lang: r.lang === 'cy' ? 'cy' : 'en',
      ...(typeof r.startedAt === 'string' ? { startedAt: r.startedAt } : {}),
      answerSources,
      answeredAt,
      ...(d
        ? {
            decision: {
              outcome: d.outcome,
              ...(d.reason ? { reason: d.reason } : {}),
              at: d.at,
              ...(d.conditions === undefined ? {} : { conditions: d.conditions })
            }
          }
        : {})
    })) as unknown as Record<string, unknown>;
    // Known members only (unknown ones are reported above); a member present in one and absent from the other
    // differs even when its value is null.
    const shown = (o: Record<string, unknown>, field: string) =>
      Object.hasOwn(o, field) ? canonicalJson(o[field]) : undefined;
    for (const field of MEMBERS)
      if (field !== 'integrity' && field !== 'seal' && shown(rebuilt, field) !== shown(r, field))
        problems.push(`"${field}" does not follow from the record's answers under this pack`);
  } catch (e) {
    problems.push(
      e instanceof Error ? e.message.replace(/^(assess|verifyRecord): /, '') : 'the record could not be read'
    );
  }
  return { ok: problems.length === 0, problems };
}

/** The deepest nesting a record's JSON may have (a record nests five levels; the rest is room for change). */
const MAX_RECORD_DEPTH = 32;

/**
 * verifyRecord from the raw JSON a host received, refusing before parsing a text that nests deeper than any
 * record, or that holds a key twice in one object (JSON.parse keeps the last, so a reader of the text and a
 * reader of the parsed record could see different decisions).
 */
export async function verifyRecordJson(
  text: string,
  pack?: unknown,
  options: VerifyOptions = {}
): Promise<{ ok: boolean; problems: string[] }> {
  if (typeof text !== 'string') return { ok: false, problems: ['the record is not JSON text'] };
  const shape = scanJson(text, MAX_RECORD_DEPTH);
  if (shape.depth > MAX_RECORD_DEPTH)
    return { ok: false, problems: [`the record nests deeper than ${MAX_RECORD_DEPTH} levels`] };
  if (shape.duplicate !== undefined)
    return { ok: false, problems: [`the record's JSON holds the key ${named(shape.duplicate)} twice in one object`] };
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['the record is not JSON'] };
  }
  return verifyRecord(record, pack, options);
}
