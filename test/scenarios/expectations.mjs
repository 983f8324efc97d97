// What a scenario expects, checked against an evaluation or a record of it. Plain JavaScript with no imports,
// so the browser test (over src/) and the Node test (over dist/core.js) share one reading of the scenarios.

const LISTS = /** @type {const} */ (['indicators', 'grounds', 'actions', 'conditions']);

/** The codes of a list in the result, or for gaps the question ids. */
function codesOf(result, kind) {
  if (kind === 'gaps') return result.informationGaps.map(g => g.question);
  if (kind === 'alternatives') return result.outcome.alternatives;
  return result[kind].map(item => item.code);
}

function checkList(problems, kind, actual, expected) {
  if (!expected) return;
  if (expected.exactly) {
    const want = [...expected.exactly].sort();
    const got = [...actual].sort();
    if (want.join() !== got.join()) problems.push(`${kind}: expected exactly [${want}] but got [${got}]`);
  }
  for (const code of expected.include ?? [])
    if (!actual.includes(code)) problems.push(`${kind}: expected ${code}, got [${actual}]`);
  for (const code of expected.exclude ?? [])
    if (actual.includes(code)) problems.push(`${kind}: did not expect ${code}`);
}

/**
 * Every way the result differs from what the scenario expects; empty when it meets them all. `result` is an
 * evaluation from `evaluate` or a record from `assess` (the fields checked have the same names in both).
 */
export function scenarioProblems(scenario, result) {
  const want = scenario.expect;
  const problems = [];
  if (result.stage !== scenario.stage) problems.push(`stage: expected ${scenario.stage}, got ${result.stage}`);
  if (want.riskLevel && result.riskLevel !== want.riskLevel)
    problems.push(`risk: expected ${want.riskLevel}, got ${result.riskLevel}`);
  if (want.outcome && result.outcome.recommended !== want.outcome)
    problems.push(`outcome: expected ${want.outcome}, got ${result.outcome.recommended} (${result.outcome.because})`);
  for (const code of want.outcomeNot ?? [])
    if (result.outcome.recommended === code) problems.push(`outcome: must not be ${code}`);
  if (want.outcomeRow && !result.outcome.because.includes(want.outcomeRow))
    problems.push(`outcome: expected it to come from ${want.outcomeRow}, got ${result.outcome.because}`);
  checkList(problems, 'alternatives', codesOf(result, 'alternatives'), want.alternatives);
  for (const kind of LISTS) checkList(problems, kind, codesOf(result, kind), want[kind]);
  checkList(problems, 'gaps', codesOf(result, 'gaps'), want.gaps);
  for (const [code, when] of Object.entries(want.actionWhen ?? {})) {
    const action = result.actions.find(a => a.code === code);
    if (action && action.when !== when) problems.push(`action ${code}: expected ${when}, got ${action.when}`);
    if (!action) problems.push(`action ${code}: expected (${when}), not there`);
  }
  for (const code of want.proportionality ?? []) {
    const condition = result.conditions.find(c => c.code === code);
    if (!condition?.proportionality) problems.push(`condition ${code}: expected a proportionality note`);
  }
  return problems;
}

/** Texts a result shows the officer, with where each came from: every one must exist in the language asked for. */
export function shownTexts(result) {
  const texts = [];
  for (const kind of LISTS) for (const item of result[kind]) texts.push([`${kind} ${item.code}`, item.text]);
  for (const item of result.conditions)
    if (item.proportionality) texts.push([`proportionality ${item.code}`, item.proportionality]);
  for (const gap of result.informationGaps) texts.push([`gap ${gap.question}`, gap.text]);
  for (const r of result.rationale) texts.push([`rationale ${r.rule}`, r.text]);
  return texts;
}

/**
 * Every way the pack falls short of the vocabulary: each code a question of the listed type (and values),
 * each action, condition, ground and outcome in the catalogue, and every text in English and Welsh.
 */
export function vocabularyProblems(pack, vocabulary) {
  const problems = [];
  const questions = new Map(pack.questions.map(q => [q.id, q]));
  for (const want of vocabulary.questions) {
    const q = questions.get(want.id);
    if (!q) problems.push(`no question for ${want.id}`);
    else if (q.type !== want.type) problems.push(`${want.id} is ${q.type}, the vocabulary says ${want.type}`);
    else if (want.options && String(q.options.map(o => o.value)) !== String(want.options))
      problems.push(`${want.id} offers [${q.options.map(o => o.value)}], the vocabulary says [${want.options}]`);
  }
  for (const q of pack.questions)
    if (!vocabulary.questions.some(v => v.id === q.id) && !q.id.startsWith('x-'))
      problems.push(`question ${q.id} is neither in the vocabulary nor x- prefixed`);
  for (const kind of ['actions', 'conditions', 'grounds'])
    for (const code of vocabulary[kind]) if (!pack.catalogue[kind][code]) problems.push(`no ${kind} entry ${code}`);
  for (const [stage, codes] of Object.entries(vocabulary.outcomes))
    for (const code of codes)
      if (pack.catalogue.outcomes[code]?.stage !== stage) problems.push(`no ${stage} outcome ${code}`);
  const visit = (value, path) => {
    if (typeof value !== 'object' || value === null) return;
    // A source's title in English alone is a proper name with one form (a report published only in English).
    if (/^pack\.sources\.\d+\.title$/.test(path) && value.cy === undefined) return;
    if (typeof value.en === 'string') {
      if (!value.cy || value.cy === value.en) problems.push(`${path} has no Welsh`);
      return;
    }
    for (const [k, v] of Object.entries(value)) visit(v, `${path}.${k}`);
  };
  visit(pack, 'pack');
  return problems;
}
