// validatePack: schema, then references, then limits. Never throws, whatever it is given: a rule pack
// comes from the network or a policy lead's editor, and a bad one must be refused with reasons.
import { checkCondition, questionsIn, readsDerived, readsDerivedNegatively, type Condition } from '../conditions.js';
import { LIMITS, Pack, type RulePack } from './schema.js';

export interface PackProblem {
  /** Where, as a JSON path such as `questions[3].askWhen`. */
  path: string;
  message: string;
}

export type PackValidation =
  { ok: true; pack: RulePack; warnings: PackProblem[] } | { ok: false; errors: PackProblem[]; warnings: PackProblem[] };

const TRI_VALUES = ['yes', 'no', 'unknown'];

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out || '(pack)';
}

function fail(errors: PackProblem[], warnings: PackProblem[] = []): PackValidation {
  return { ok: false, errors, warnings };
}

export function validatePack(input: unknown): PackValidation {
  try {
    return validateUnsafe(input);
  } catch (e) {
    // Belt and braces: nothing a caller passes may escape as an exception.
    return fail([{ path: '(pack)', message: `could not be read: ${e instanceof Error ? e.name : 'error'}` }]);
  }
}

function validateUnsafe(input: unknown): PackValidation {
  let json = input;
  if (typeof input === 'string') {
    if (input.length > LIMITS.packChars)
      return fail([{ path: '(pack)', message: `is larger than ${LIMITS.packChars} characters` }]);
    try {
      json = JSON.parse(input);
    } catch {
      return fail([{ path: '(pack)', message: 'is not valid JSON' }]);
    }
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail([{ path: '(pack)', message: 'must be a JSON object' }]);
  }
  let size: number;
  try {
    size = JSON.stringify(json).length;
  } catch {
    return fail([{ path: '(pack)', message: 'is not plain JSON data (cycles or unsupported values)' }]);
  }
  if (size > LIMITS.packChars)
    return fail([{ path: '(pack)', message: `is larger than ${LIMITS.packChars} characters` }]);

  const parsed = Pack.safeParse(json);
  if (!parsed.success) {
    const errors = parsed.error.issues
      .slice(0, 50)
      .map(issue => ({ path: formatPath(issue.path), message: issue.message }));
    return fail(errors);
  }
  const pack = parsed.data;
  const errors: PackProblem[] = [];
  const warnings: PackProblem[] = [];
  checkReferences(pack, errors, warnings);
  return errors.length ? fail(errors, warnings) : { ok: true, pack, warnings };
}

function duplicates(ids: string[], path: string, what: string, errors: PackProblem[]) {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) errors.push({ path: `${path}[${i}].id`, message: `duplicate ${what} id "${id}"` });
    seen.add(id);
  });
}

function checkReferences(pack: RulePack, errors: PackProblem[], warnings: PackProblem[]) {
  const err = (path: string, message: string) => errors.push({ path, message });
  const warn = (path: string, message: string) => warnings.push({ path, message });

  duplicates(
    pack.sources.map(s => s.id),
    'sources',
    'source',
    errors
  );
  duplicates(
    pack.sections.map(s => s.id),
    'sections',
    'section',
    errors
  );
  duplicates(
    pack.questions.map(q => q.id),
    'questions',
    'question',
    errors
  );
  duplicates([...pack.rules.map(r => r.id)], 'rules', 'rule', errors);
  const ruleIds = new Set(pack.rules.map(r => r.id));
  for (const stage of ['pre-charge', 'post-charge'] as const) {
    const policy = pack.outcomes[stage];
    [...policy.rows, policy.default].forEach((row, i) => {
      const path = i < policy.rows.length ? `outcomes["${stage}"].rows[${i}]` : `outcomes["${stage}"].default`;
      if (ruleIds.has(row.id)) err(`${path}.id`, `outcome id "${row.id}" is already used by a rule or another row`);
      ruleIds.add(row.id);
    });
  }

  const sourceIds = new Set(pack.sources.map(s => s.id));
  const sectionIds = new Set(pack.sections.map(s => s.id));
  const questions = new Map(pack.questions.map(q => [q.id, q]));
  const valuesOf = (id: string): string[] | undefined => {
    const q = questions.get(id);
    if (!q) return undefined;
    if (q.type === 'tri') return TRI_VALUES;
    if (q.type === 'choice') return (q.options ?? []).map(o => o.value);
    return undefined; // free text: any value
  };
  const cat = pack.catalogue;
  const has = (record: object, code: string) => Object.hasOwn(record, code);

  // Conditions: structure, then the questions and values they name.
  const checkWhen = (value: unknown, path: string, ctx: 'askWhen' | 'rule' | 'outcome', hasDerivedEffects = false) => {
    const problems = checkCondition(value, { depth: LIMITS.conditionDepth, nodes: LIMITS.conditionNodes });
    problems.forEach(p =>
      err(
        path +
          formatPath(p.path)
            .replace(/^\(pack\)$/, '')
            .replace(/^(?=[A-Za-z])/, '.'),
        p.message
      )
    );
    if (problems.length) return false;
    const condition = value as Condition;
    for (const q of questionsIn(condition)) if (!questions.has(q)) err(path, `refers to unknown question "${q}"`);
    walkValues(condition, (q, v) => {
      const allowed = valuesOf(q);
      if (allowed && !allowed.includes(v))
        err(path, `"${v}" is never an answer to "${q}" (answers: ${allowed.join(', ')})`);
    });
    if (ctx === 'askWhen' && readsDerived(condition))
      err(path, 'when-to-ask may read answers only, not risk or indicators');
    if (hasDerivedEffects && readsDerivedNegatively(condition))
      err(path, 'a rule that raises risk or adds indicators may not read risk or indicators under "not"');
    return true;
  };

  pack.questions.forEach((q, i) => {
    const path = `questions[${i}]`;
    if (!sectionIds.has(q.section)) err(`${path}.section`, `unknown section "${q.section}"`);
    if (q.type === 'choice' && !(q.options && q.options.length >= 2))
      err(`${path}.options`, 'a choice question needs at least two options');
    if (q.type !== 'choice' && q.options) err(`${path}.options`, `a ${q.type} question has no options`);
    if (q.options)
      duplicates(
        q.options.map(o => o.value),
        `${path}.options`,
        'option',
        errors
      );
    if (q.askWhen !== undefined) checkWhen(q.askWhen, `${path}.askWhen`, 'askWhen');
    if (q.gap) {
      if (!has(cat.actions, q.gap.action)) err(`${path}.gap.action`, `unknown action "${q.gap.action}"`);
      const allowed = valuesOf(q.id);
      for (const v of q.gap.values ?? [])
        if (allowed && !allowed.includes(v)) err(`${path}.gap.values`, `"${v}" is never an answer to "${q.id}"`);
      if (q.type === 'choice' && !q.gap.values)
        err(`${path}.gap.values`, 'a choice question must list which answers are a gap');
    }
    if (q.riskFactor && q.type !== 'tri')
      err(`${path}.riskFactor`, 'only a yes/no/not known question can be a risk factor');
  });

  checkAskCycles(pack, err);

  pack.rules.forEach((rule, i) => {
    const path = `rules[${i}]`;
    const derivedEffects = !!rule.effects.risk || !!rule.effects.indicators?.length;
    checkWhen(rule.when, `${path}.when`, 'rule', derivedEffects);
    rule.cites.forEach((c, j) => sourceIds.has(c) || err(`${path}.cites[${j}]`, `cites unknown source "${c}"`));
    const e = rule.effects;
    (['indicators', 'grounds', 'actions', 'conditions'] as const).forEach(kind =>
      (e[kind] ?? []).forEach(
        (code, j) =>
          has(cat[kind], code) || err(`${path}.effects.${kind}[${j}]`, `unknown ${kind.replace(/s$/, '')} "${code}"`)
      )
    );
    if (!e.risk && !e.indicators?.length && !e.grounds?.length && !e.actions?.length && !e.conditions?.length)
      warn(`${path}.effects`, 'the rule has no effect');
  });

  for (const stage of ['pre-charge', 'post-charge'] as const) {
    const policy = pack.outcomes[stage];
    const checkOutcome = (code: string, path: string) => {
      if (!has(cat.outcomes, code)) err(path, `unknown outcome "${code}"`);
      else if (cat.outcomes[code]!.stage !== stage)
        err(path, `outcome "${code}" belongs to the ${cat.outcomes[code]!.stage} stage`);
    };
    policy.rows.forEach((row, i) => {
      const path = `outcomes["${stage}"].rows[${i}]`;
      checkWhen(row.when, `${path}.when`, 'outcome');
      checkOutcome(row.recommended, `${path}.recommended`);
      row.alternatives.forEach((a, j) => checkOutcome(a, `${path}.alternatives[${j}]`));
      row.cites.forEach((c, j) => sourceIds.has(c) || err(`${path}.cites[${j}]`, `cites unknown source "${c}"`));
    });
    const d = policy.default;
    checkOutcome(d.recommended, `outcomes["${stage}"].default.recommended`);
    d.alternatives.forEach((a, j) => checkOutcome(a, `outcomes["${stage}"].default.alternatives[${j}]`));
    d.cites.forEach(
      (c, j) => sourceIds.has(c) || err(`outcomes["${stage}"].default.cites[${j}]`, `cites unknown source "${c}"`)
    );
  }
  if (errors.length) return;

  checkReachability(pack, err, warn);

  // Catalogue entries no rule or gap can produce are dead weight, and usually a typo somewhere else.
  const used = {
    indicators: new Set<string>(),
    grounds: new Set<string>(),
    actions: new Set<string>(),
    conditions: new Set<string>()
  };
  for (const r of pack.rules)
    for (const k of Object.keys(used) as (keyof typeof used)[]) r.effects[k]?.forEach(c => used[k].add(c));
  for (const q of pack.questions) if (q.gap) used.actions.add(q.gap.action);
  for (const k of Object.keys(used) as (keyof typeof used)[])
    for (const code of Object.keys(cat[k]))
      if (!used[k].has(code)) warn(`catalogue.${k}["${code}"]`, `no rule produces ${k.replace(/s$/, '')} "${code}"`);
  for (const s of pack.sources)
    if (!pack.rules.some(r => r.cites.includes(s.id))) warn(`sources`, `source "${s.id}" is not cited by any rule`);

  if (pack.languages.includes('cy')) checkWelsh(pack, warn);
}

function walkValues(condition: Condition, visit: (question: string, value: string) => void) {
  if ('all' in condition) condition.all.forEach(c => walkValues(c, visit));
  else if ('any' in condition) condition.any.forEach(c => walkValues(c, visit));
  else if ('not' in condition) walkValues(condition.not, visit);
  else if ('q' in condition && 'equals' in condition) visit(condition.q, condition.equals);
  else if ('in' in condition) condition.in.forEach(v => visit(condition.q, v));
  else if ('count' in condition) condition.count.forEach(q => visit(q, condition.equals));
}

function checkAskCycles(pack: RulePack, err: (path: string, message: string) => void) {
  const deps = new Map(pack.questions.map(q => [q.id, q.askWhen ? questionsIn(q.askWhen as Condition) : []]));
  const state = new Map<string, 'visiting' | 'done'>();
  const index = new Map(pack.questions.map((q, i) => [q.id, i]));
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      err(
        `questions[${index.get(id)}].askWhen`,
        `when-to-ask conditions form a cycle: ${[...trail.slice(trail.indexOf(id)), id].join(' → ')}`
      );
      return;
    }
    state.set(id, 'visiting');
    for (const d of deps.get(id) ?? []) if (deps.has(d)) visit(d, [...trail, id]);
    state.set(id, 'done');
  };
  for (const q of pack.questions) visit(q.id, []);
}

/**
 * A question is reachable when some answers can make its when-to-ask hold; a rule can fire when some
 * answers and a reachable risk make its condition hold. Decided by a three-valued walk: each question
 * is either never asked, or asked with any of its answers possible.
 */
function checkReachability(
  pack: RulePack,
  err: (path: string, message: string) => void,
  warn: (path: string, message: string) => void
) {
  const reachable = new Set<string>();
  // askWhen may depend on other questions; settle reachability in rounds (the graph is acyclic).
  for (let changed = true, round = 0; changed && round <= pack.questions.length; round++) {
    changed = false;
    for (const q of pack.questions) {
      if (reachable.has(q.id)) continue;
      if (!q.askWhen || canHold(q.askWhen as Condition, reachable, true)) {
        reachable.add(q.id);
        changed = true;
      }
    }
  }
  pack.questions.forEach((q, i) => {
    if (!reachable.has(q.id)) err(`questions[${i}].askWhen`, `question "${q.id}" can never be asked`);
  });
  pack.rules.forEach((r, i) => {
    if (!canHold(r.when as Condition, reachable, true)) warn(`rules[${i}].when`, `rule "${r.id}" can never fire`);
  });
}

/** Can `condition` be `want` for some answers to the reachable questions (derived facts free)? */
function canHold(condition: Condition, reachable: Set<string>, want: boolean): boolean {
  if ('all' in condition)
    return want
      ? condition.all.every(c => canHold(c, reachable, true))
      : condition.all.some(c => canHold(c, reachable, false));
  if ('any' in condition)
    return want
      ? condition.any.some(c => canHold(c, reachable, true))
      : condition.any.every(c => canHold(c, reachable, false));
  if ('not' in condition) return canHold(condition.not, reachable, !want);
  if ('q' in condition) return want ? reachable.has(condition.q) : true;
  if ('answered' in condition) return want ? reachable.has(condition.answered) : true;
  if ('notKnown' in condition) return want ? reachable.has(condition.notKnown) : true;
  if ('count' in condition)
    return want ? condition.count.filter(q => reachable.has(q)).length >= condition.atLeast : true;
  return true;
}

function checkWelsh(pack: RulePack, warn: (path: string, message: string) => void) {
  let missing = 0;
  const visit = (value: unknown, path: string) => {
    if (typeof value !== 'object' || value === null) return;
    if ('en' in value && typeof (value as { en: unknown }).en === 'string') {
      if (!(value as { cy?: string }).cy && missing++ < 5) warn(path, 'has no Welsh text (English will be shown)');
      return;
    }
    for (const [k, v] of Object.entries(value))
      visit(v, path ? `${path}${Array.isArray(value) ? `[${k}]` : `.${k}`}` : k);
  };
  visit(pack, '');
  if (missing > 5) warn('(pack)', `${missing - 5} more texts have no Welsh`);
}
