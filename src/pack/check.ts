// checkPackErrors: schema, then references, then what can never happen and the protection order. Never
// throws, whatever it is given: a rule pack comes from the network or a policy lead's editor, and a bad one
// must be refused with reasons. Every error is here, in the chunk the element loads on demand; the warnings
// for pack authors (warnings.ts) join them only in the core's validatePack (validate.ts) and rules:check.
import { checkCondition } from '../condition-check.js';
import { eachLeaf, leafQuestions, reads, UNKNOWN, type Condition } from '../conditions.js';
import { answersTo, outcomeFitsStage, STAGE_QUESTION } from '../engine.js';
import { markAccepted } from './accepted.js';
import { charge, leafValues, OVER_BUDGET } from './answer-space.js';
import { LEVEL, OUTCOMES, proveProtection, readsUpward } from './protection.js';
import { satisfiable } from './satisfiable.js';
import { LIMITS, Pack, STAGES, type RulePack } from './schema.js';

export interface PackProblem {
  /** Where, as a JSON path such as `questions[3].askWhen`. */
  path: string;
  message: string;
}

/** What the element needs of a pack: the pack, or why it is refused. */
export type PackCheck = { ok: true; pack: RulePack } | { ok: false; errors: PackProblem[] };

/**
 * A pack as checked: the errors, and the pack as the schema read it (absent when the schema refused it).
 * `sound`: its references hold, so what can never happen was looked for (warnings.ts looks further).
 */
export interface PackReading {
  pack?: RulePack;
  errors: PackProblem[];
  sound: boolean;
}

export type Report = (path: string, message: string) => void;

export const KINDS = ['indicators', 'grounds', 'actions', 'conditions'] as const;

const refuse = (message: string): PackReading => ({ errors: [{ path: '(pack)', message }], sound: false });

/** The refusal for an exception met while checking a pack (a getter that throws, nesting too deep for the stack). */
export const unreadable = (e: unknown): PackProblem => ({
  path: '(pack)',
  message: `could not be read (${e instanceof Error ? e.name : 'error'})`
});

/**
 * The element's check: every error, no warnings. Run in slices: past 20 ms of work it waits for the next task,
 * between phases and between searches, so no accepted pack holds the page for long (DESIGN.md's 200 ms; each
 * step is bounded by the limits: the pack's characters, the search budget).
 */
export async function checkPackErrors(input: unknown): Promise<PackCheck> {
  const steps = readSteps(input);
  let step;
  // The first step waits too (start = 0): a task of its own, whatever ran before it.
  for (let start = 0; !(step = steps.next()).done;)
    if (performance.now() - start > 20) {
      await new Promise(go => setTimeout(go));
      start = performance.now();
    }
  const { pack, errors } = step.value;
  return pack && !errors.length ? { ok: true, pack } : { ok: false, errors };
}

/**
 * Reads and checks a pack, in steps: each `yield` is a point where the element's check may let the page run
 * (the core's validatePack runs them at once). A pack without errors is marked accepted (accepted.ts).
 */
export function* readSteps(input: unknown): Generator<void, PackReading> {
  try {
    const reading = yield* readUnsafe(input);
    if (reading.pack && !reading.errors.length) markAccepted(reading.pack);
    return reading;
  } catch (e) {
    // Belt and braces: never escape as an exception.
    return { errors: [unreadable(e)], sound: false };
  }
}

function* readUnsafe(input: unknown): Generator<void, PackReading> {
  let text = input;
  if (typeof input !== 'string') {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return refuse('must be a JSON object');
    try {
      text = JSON.stringify(input);
    } catch {
      return refuse('is not plain JSON data (it has cycles or values JSON cannot hold)');
    }
  }
  if (typeof text !== 'string') return refuse('must be a JSON object');
  if (text.length > LIMITS.packChars) return refuse(`is larger than ${LIMITS.packChars} characters`);
  if (nestsDeeper(text)) return refuse('is nested more than 64 deep');
  // Parse a fresh copy: the pack in use then shares nothing with the caller's objects (no getters, no
  // prototypes, no later changes), and a "__proto__" key, which zod would silently drop, is refused.
  let proto = false;
  let json: unknown;
  try {
    // A reviver is slow; look for the key only when the text could hold it.
    json = text.includes('"__proto__"')
      ? JSON.parse(text, (key, value: unknown) => {
          proto ||= key === '__proto__';
          return value;
        })
      : JSON.parse(text);
  } catch {
    // Text we serialised ourselves always parses: nestsDeeper refused what a parser might not reach.
    return refuse('is not valid JSON');
  }
  if (proto) return refuse('has a "__proto__" key, which no pack may have');
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return refuse('must be a JSON object');
  yield;

  // `jitless` for this call alone: no generated code (`new Function`, which a strict CSP forbids). zod's global
  // config, which a host's own zod shares when a bundler deduplicates it, is never touched.
  const parsed = Pack.safeParse(json, { error: issueMessage, jitless: true });
  if (!parsed.success)
    return {
      errors: parsed.error.issues.slice(0, 50).map(i => ({ path: formatPath(i.path), message: i.message })),
      sound: false
    };
  yield;
  const errors: PackProblem[] = [];
  const sound = yield* checkReferences(parsed.data, errors);
  return { pack: parsed.data, errors, sound };
}

/**
 * Whether JSON text nests deeper than any pack within the limits does (a condition 12 deep is about 30
 * levels): looked for before parsing, as a parser given a million levels works for as long as that takes.
 */
function nestsDeeper(text: string): boolean {
  // A loop over the characters, not a regular expression: 2 MB took up to 228 ms that way in a loaded Chromium.
  for (let i = 0, depth = 0, inString = false, c; i < text.length; i++)
    if ((c = text.charCodeAt(i)) === 34) inString = !inString;
    // Strings are skipped whole: a bracket inside one nests nothing, and an escaped character is skipped.
    else if (inString) {
      if (c === 92) i++;
    } else if ((c | 32) === 123 && ++depth > 64) return true;
    else if ((c | 32) === 125) depth--;
  return false;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out || '(pack)';
}

/** Sentences for zod's issues (zod/mini ships no messages of its own). */
function issueMessage(issue: {
  code?: string;
  input?: unknown;
  expected?: string;
  origin?: string;
  maximum?: unknown;
  minimum?: unknown;
  values?: unknown[];
  keys?: string[];
}): string {
  const { code, origin } = issue;
  const items = origin === 'string' ? 'characters' : 'items';
  if (issue.input === undefined && (code === 'invalid_type' || code === 'invalid_value')) return 'is required';
  if (code === 'invalid_type') return `must be ${issue.expected === 'array' ? 'a list' : `of type ${issue.expected}`}`;
  if (code === 'too_big') return `has more than ${issue.maximum} ${items}`;
  if (code === 'too_small') return `needs at least ${issue.minimum} ${items}`;
  if (code === 'invalid_value') return `must be one of: ${issue.values?.map(v => JSON.stringify(v)).join(', ')}`;
  if (code === 'unrecognized_keys') return `has unknown fields: ${issue.keys?.join(', ')}`;
  if (code === 'invalid_key') return `${JSON.stringify(issue.input)} is not a valid id`;
  return 'is not valid';
}

/** References and meaning, then the protection order, over a pack that passed the schema; whether its references held. */
function* checkReferences(pack: RulePack, errors: PackProblem[]): Generator<void, boolean> {
  const err: Report = (path, message) => errors.push({ path, message });
  // Breaks of the protection order are reported after the outcome search, which runs despite them.
  const orderErrors: PackProblem[] = [];
  const orderErr: Report = (path, message) => orderErrors.push({ path, message });
  const { catalogue: cat, questions } = pack;
  const has = (record: object, code: string) => Object.hasOwn(record, code);
  const duplicates = (ids: string[], path: string, field: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) err(`${path}[${i}].${field}`, `duplicate id "${id}"`);
      seen.add(id);
    });
  };
  for (const [list, path] of [
    [pack.sources, 'sources'],
    [pack.sections, 'sections'],
    [questions, 'questions'],
    [pack.rules, 'rules']
  ] as const)
    duplicates(
      list.map(x => x.id),
      path,
      'id'
    );
  // Rules and outcome rows share one namespace: a record's `because` lists name either.
  const reasons = new Set(pack.rules.map(r => r.id));

  const index = new Map(questions.map((q, i) => [q.id, i]));
  const sourceIds = new Set(pack.sources.map(s => s.id));
  const cites = (list: string[], path: string) =>
    list.forEach((c, j) => sourceIds.has(c) || err(`${path}.cites[${j}]`, `cites unknown source "${c}"`));

  // Questions whose being asked depends on a risk factor's answer: a "yes" can ask them where a "no" did
  // not, so reading one under "not" could switch a condition off as the risk factor rises.
  const hangsOnRiskFactor = new Set<string>();
  for (const q of questions)
    if (
      q.askWhen &&
      reads(q.askWhen).questions.some(
        id => index.has(id) && (hangsOnRiskFactor.has(id) || questions[index.get(id)!]!.riskFactor)
      )
    )
      hangsOnRiskFactor.add(q.id);

  /**
   * A condition: its structure, the questions and values it names, and what it may read. `before` is the
   * index of the question whose askWhen this is. `reading` says how strictly it may read risk factors:
   * `protective` (askWhen, and rules that raise risk or add indicators, grounds or conditions) only so that
   * yes ≥ not known ≥ no (see protection.ts); `effects` (rules that only add actions) never so that a "yes"
   * or a "not known" could switch it off; `anything` (outcome rows, searched by proveProtection).
   */
  const condition = (value: unknown, path: string, reading: 'protective' | 'effects' | 'anything', before?: number) => {
    if (!checkCondition(value, path, { depth: LIMITS.conditionDepth, nodes: LIMITS.conditionNodes }, err)) return;
    const inverted: string[] = [];
    eachLeaf(value as Condition, (leaf, negated) => {
      for (const id of leafQuestions(leaf)) {
        const i = index.get(id);
        const q = i === undefined ? undefined : questions[i];
        if (!q) {
          err(path, `refers to unknown question "${id}"`);
          continue;
        }
        if (before !== undefined && i! >= before)
          err(path, `when-to-ask may read only earlier questions (so no cycles), and "${id}" is not earlier`);
        const allowed = answersTo(q);
        const values = 'in' in leaf ? leaf.in : 'equals' in leaf ? [leaf.equals] : [];
        for (const v of values)
          if (allowed && !allowed.includes(v))
            err(path, `"${v}" is never an answer to "${id}" (${allowed.join(', ')})`);
        if (reading === 'effects' && q.riskFactor) {
          const safe = !negated && !(values.includes('no') && !(values.includes('yes') && values.includes(UNKNOWN)));
          if (!safe) err(path, `reads risk factor "${id}" so that a "yes" or "not known" could switch it off`);
        }
        if (reading === 'protective' && q.riskFactor) {
          const example = invertingExample(leafValues(leaf), negated);
          if (example) inverted.push(`"${id}" ${example}`);
        }
        if (reading === 'protective' && negated && hangsOnRiskFactor.has(id))
          orderErr(
            path,
            `reads "${id}" under "not", but a risk factor decides whether it is asked, so a "yes" could switch this off`
          );
      }
      if ('riskAtLeast' in leaf || 'indicatorsAtLeast' in leaf) {
        if (before !== undefined) err(path, 'when-to-ask may read answers only, not risk or indicators');
        else if (reading !== 'anything' && negated)
          err(path, 'reads risk or indicators under "not", so more risk could switch it off');
      }
    });
    if (inverted.length)
      orderErr(
        path,
        `reads risk factors so that a "yes" could give less than a "not known", or a "not known" less than a "no" (${inverted.join('; ')}): read a risk factor as "yes", or as "yes" and "unknown"`
      );
  };

  questions.forEach((q, i) => {
    const path = `questions[${i}]`;
    if (!pack.sections.some(s => s.id === q.section)) err(`${path}.section`, `unknown section "${q.section}"`);
    if (q.type === 'choice' ? (q.options?.length ?? 0) < 2 : q.options)
      err(
        `${path}.options`,
        q.type === 'choice' ? 'a choice needs at least two options' : `a ${q.type} question has no options`
      );
    if (q.options)
      duplicates(
        q.options.map(o => o.value),
        `${path}.options`,
        'value'
      );
    if (q.id === STAGE_QUESTION && String(answersTo(q)) !== String(STAGES))
      err(`${path}.options`, `"${STAGE_QUESTION}" must be a choice of ${STAGES.join(' and ')}, in that order`);
    if (q.askWhen !== undefined) condition(q.askWhen, `${path}.askWhen`, 'protective', i);
    if (q.riskFactor && q.type !== 'tri')
      err(`${path}.riskFactor`, 'only a yes/no/not known question can be a risk factor');
    if (q.answers && q.type !== 'tri') err(`${path}.answers`, 'only a yes/no/not known question has answer words');
    if (!q.gap) return;
    if (!has(cat.actions, q.gap.action)) err(`${path}.gap.action`, `unknown action "${q.gap.action}"`);
    const allowed = answersTo(q);
    for (const v of q.gap.values ?? [])
      if (allowed && !allowed.includes(v)) err(`${path}.gap.values`, `"${v}" is never an answer to "${q.id}"`);
    if (q.type === 'choice' && !q.gap.values)
      err(`${path}.gap.values`, 'a choice question must list which answers are a gap');
    if (q.riskFactor && q.gap.values?.includes('no')) err(`${path}.gap.values`, 'a "no" to a risk factor is not a gap');
  });

  pack.rules.forEach((rule, i) => {
    const path = `rules[${i}]`;
    const e = rule.effects;
    const effective = !!e.risk || KINDS.some(kind => e[kind]?.length);
    if (!rule.text && !e.indicators?.length)
      err(
        `${path}.text`,
        'is required: only a rule that adds indicators may leave it out (their text then explains it)'
      );
    const protective = !!e.risk || KINDS.some(kind => kind !== 'actions' && e[kind]?.length);
    condition(rule.when, `${path}.when`, protective ? 'protective' : effective ? 'effects' : 'anything');
    cites(rule.cites, path);
    for (const kind of KINDS)
      e[kind]?.forEach(
        (code, j) =>
          has(cat[kind], code) || err(`${path}.effects.${kind}[${j}]`, `unknown ${kind.slice(0, -1)} "${code}"`)
      );
  });

  for (const stage of STAGES) {
    const policy = pack.outcomes[stage];
    [...policy.rows, policy.default].forEach((row, i) => {
      const path = i < policy.rows.length ? `outcomes["${stage}"].rows[${i}]` : `outcomes["${stage}"].default`;
      if (reasons.has(row.id)) err(`${path}.id`, `duplicate id "${row.id}"`);
      reasons.add(row.id);
      if ('when' in row) condition(row.when, `${path}.when`, 'anything');
      cites(row.cites, path);
      [row.recommended, ...row.alternatives].forEach((code, j) => {
        const where = j ? `${path}.alternatives[${j - 1}]` : `${path}.recommended`;
        if (!has(cat.outcomes, code)) err(where, `unknown outcome "${code}"`);
        else if (!outcomeFitsStage(cat.outcomes[code]!.stage, stage))
          err(where, `outcome "${code}" belongs to the ${cat.outcomes[code]!.stage} stage`);
      });
    });
  }
  // Outcome codes are the vocabulary's: hosts map them, and the protection order is defined over them.
  for (const [code, def] of Object.entries(cat.outcomes)) {
    const known = Object.hasOwn(OUTCOMES, code) ? OUTCOMES[code]! : undefined;
    if (!known)
      err(
        `catalogue.outcomes["${code}"]`,
        `"${code}" is not an outcome of the vocabulary (${Object.keys(OUTCOMES).join(', ')})`
      );
    else if (known.stage !== def.stage)
      err(`catalogue.outcomes["${code}"].stage`, `the vocabulary puts "${code}" at the ${known.stage} stage`);
  }
  if (!pack.languages.includes('en')) err('languages', 'must include "en" (English is the fallback for every text)');
  // What can never happen, once the references hold: a question never asked. The search stops at the
  // question where the pack's budget runs out (answer-space.ts), and refuses the pack there.
  const sound = !errors.length;
  if (sound)
    for (const [i, q] of questions.entries()) {
      if (!q.askWhen) continue;
      const path = `questions[${i}].askWhen`;
      if (!satisfiable(q.askWhen, pack)) err(path, `question "${q.id}" can never be asked`);
      if (!charge(pack, 0)) {
        err(path, OVER_BUDGET);
        break;
      }
      yield;
    }
  if (!errors.length) proveProtection(pack).problems.forEach(p => orderErr(p.path, p.message));
  errors.push(...orderErrors);
  return sound;
}

/**
 * For a leaf reading a risk factor as one of `values` (undefined: `answered`), an answer that makes it
 * hold and a more worrying one that does not, in words; undefined when there is none.
 */
function invertingExample(values: readonly string[] | undefined, negated: boolean): string | undefined {
  if (!values) return negated ? undefined : '"no" makes it hold where no answer (not known) does not';
  if (readsUpward(values, negated)) return undefined;
  const holdsFor = (v: string) => values.includes(v) !== negated;
  for (const low of ['no', UNKNOWN])
    for (const high of [UNKNOWN, 'yes'])
      if (LEVEL[low]! < LEVEL[high]! && holdsFor(low) && !holdsFor(high))
        return `"${low}" makes it hold where "${high}" does not`;
  return undefined;
}
