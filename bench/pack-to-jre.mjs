// The same rule pack as json-rules-engine rules, written the way a vendor would use that library:
//   - each answer is a fact; a question not asked has the fact null, one asked but unanswered is undefined
//     (which the operators read as "unknown", as `evaluate` does);
//   - when-to-ask conditions are rules that run first (higher priority, deeper chains later) and, when they
//     fail, replace the answer with null, so a condition reading it sees "not asked" as our engine does;
//   - the pack's rules run next; their success handlers raise the risk level and collect indicators
//     as runtime facts; rules that read those derived facts run after the ones that set them;
//   - the outcome rows run last; the first row that holds, in pack order, is the recommendation.
// Custom operators cover what json-rules-engine lacks: unanswered-as-unknown, answered, not known, risk at
// least, and a `count`
// fact with parameters. `jreEvaluate` returns the fields `evaluate` also returns, so runs can be compared.
import { Engine } from 'json-rules-engine';

const RISK_ORDER = { standard: 0, medium: 1, high: 2 };
const RISK = '$risk';
const INDICATORS = '$indicatorCount';
const STATE = '$state';
const STAGE = '$stage';
const COUNT = '$count';
const STAGE_QUESTION = 'decision.stage';
const UNKNOWN = 'unknown';
const TRI = ['yes', 'no', UNKNOWN];
const PRIORITY = { ask: 1000, rule: 30, derived: 20, outcome: 10 };

function leaf(c) {
  if ('q' in c && 'equals' in c) return { fact: c.q, operator: 'is', value: c.equals };
  if ('in' in c) return { fact: c.q, operator: 'isIn', value: c.in };
  if ('answered' in c) return { fact: c.answered, operator: 'isAnswered', value: true };
  if ('notKnown' in c) return { fact: c.notKnown, operator: 'isNotKnown', value: true };
  if ('count' in c)
    return {
      fact: COUNT,
      params: { questions: c.count, equals: c.equals },
      operator: 'greaterThanInclusive',
      value: c.atLeast
    };
  if ('riskAtLeast' in c) return { fact: RISK, operator: 'riskAtLeast', value: c.riskAtLeast };
  return { fact: INDICATORS, operator: 'greaterThanInclusive', value: c.indicatorsAtLeast };
}

/** A condition of the pack's language → a json-rules-engine condition. */
export function toJreCondition(c) {
  if ('all' in c) return { all: c.all.map(toJreCondition) };
  if ('any' in c) return { any: c.any.map(toJreCondition) };
  if ('not' in c) return { not: toJreCondition(c.not) };
  return leaf(c);
}

/** json-rules-engine wants all, any or not at the top of a rule. */
const topLevel = c => ('all' in c || 'any' in c || 'not' in c ? toJreCondition(c) : { all: [leaf(c)] });

function readsDerived(c) {
  if ('all' in c) return c.all.some(readsDerived);
  if ('any' in c) return c.any.some(readsDerived);
  if ('not' in c) return readsDerived(c.not);
  return 'riskAtLeast' in c || 'indicatorsAtLeast' in c;
}

function questionIds(c, into = new Set()) {
  if ('all' in c) c.all.forEach(x => questionIds(x, into));
  else if ('any' in c) c.any.forEach(x => questionIds(x, into));
  else if ('not' in c) questionIds(c.not, into);
  else if ('q' in c) into.add(c.q);
  else if ('answered' in c) into.add(c.answered);
  else if ('notKnown' in c) into.add(c.notKnown);
  else if ('count' in c) c.count.forEach(q => into.add(q));
  return into;
}

/** How deep each question sits in when-to-ask chains (0: always asked), so chains resolve in order. */
function askDepths(pack) {
  const byId = new Map(pack.questions.map(q => [q.id, q]));
  const depth = new Map();
  const of = id => {
    if (depth.has(id)) return depth.get(id);
    const q = byId.get(id);
    depth.set(id, 0); // validation forbids cycles
    const d = q?.askWhen ? 1 + Math.max(0, ...[...questionIds(q.askWhen)].map(of)) : 0;
    depth.set(id, d);
    return d;
  };
  pack.questions.forEach(q => of(q.id));
  return depth;
}

/** A json-rules-engine Engine holding the pack (built once; `jreEvaluate` runs it). */
export function packToJre(pack) {
  const engine = new Engine([], { allowUndefinedFacts: true });
  // Asked but unanswered (undefined) reads as "unknown"; not asked (null) matches nothing.
  const read = v => (v === undefined ? UNKNOWN : v);
  engine.addOperator('is', (v, value) => read(v) === value);
  engine.addOperator('isIn', (v, values) => values.includes(read(v)));
  engine.addOperator('isAnswered', v => typeof v === 'string');
  engine.addOperator('isNotKnown', v => read(v) === UNKNOWN);
  engine.addOperator('riskAtLeast', (v, min) => RISK_ORDER[v] >= RISK_ORDER[min]);
  engine.addFact(COUNT, async (params, almanac) => {
    let n = 0;
    for (const q of params.questions) if (read(await almanac.factValue(q)) === params.equals) n++;
    return n;
  });

  const depths = askDepths(pack);
  for (const q of pack.questions)
    if (q.askWhen)
      engine.addRule({
        name: `ask:${q.id}`,
        priority: PRIORITY.ask - depths.get(q.id),
        conditions: topLevel(q.askWhen),
        event: { type: 'ask', params: { q: q.id } }
      });
  for (const rule of pack.rules)
    engine.addRule({
      name: rule.id,
      priority: readsDerived(rule.when) ? PRIORITY.derived : PRIORITY.rule,
      conditions: topLevel(rule.when),
      event: { type: 'rule', params: { id: rule.id, risk: rule.effects.risk, indicators: rule.effects.indicators } }
    });
  for (const stage of ['pre-charge', 'post-charge'])
    pack.outcomes[stage].rows.forEach((row, index) =>
      engine.addRule({
        name: row.id,
        priority: PRIORITY.outcome,
        conditions: { all: [{ fact: STAGE, operator: 'equal', value: stage }, toJreCondition(row.when)] },
        event: { type: 'outcome', params: { index } }
      })
    );

  engine.on('failure', (event, almanac) => {
    if (event.type === 'ask') almanac.addRuntimeFact(event.params.q, null);
  });
  engine.on('success', async (event, almanac) => {
    if (event.type !== 'rule') return;
    const { risk, indicators } = event.params;
    // Handlers of one priority run interleaved: read and write the run's state with no await between.
    const state = await almanac.factValue(STATE);
    if (risk && RISK_ORDER[risk] > RISK_ORDER[state.risk]) {
      state.risk = risk;
      almanac.addRuntimeFact(RISK, risk);
    }
    if (indicators?.length) {
      indicators.forEach(code => state.indicators.add(code));
      almanac.addRuntimeFact(INDICATORS, state.indicators.size);
    }
  });
  return engine;
}

/** Runs the engine over answers: the risk level, the rules that fired, what was asked, the outcome. */
export async function jreEvaluate(pack, engine, answers, stage) {
  // The answers `evaluate` reads: possible answers only; a stage given answers the stage question.
  const facts = {};
  for (const q of pack.questions) {
    const v = q.id === STAGE_QUESTION && stage ? stage : answers[q.id];
    const possible = q.type === 'text' || (q.type === 'tri' ? TRI : q.options.map(o => o.value)).includes(v);
    if (typeof v === 'string' && v.length > 0 && possible) facts[q.id] = v;
  }
  const state = { risk: 'standard', indicators: new Set() };
  Object.assign(facts, { [STAGE]: stage, [RISK]: state.risk, [INDICATORS]: 0, [STATE]: state });
  const { results, failureResults } = await engine.run(facts);
  const notAsked = new Set(failureResults.filter(r => r.event.type === 'ask').map(r => r.event.params.q));
  const rows = results.filter(r => r.event.type === 'outcome').map(r => r.event.params.index);
  const policy = pack.outcomes[stage];
  const row = rows.length ? policy.rows[Math.min(...rows)] : policy.default;
  return {
    riskLevel: state.risk,
    fired: results.filter(r => r.event.type === 'rule').map(r => r.event.params.id),
    indicators: [...state.indicators],
    asked: pack.questions.filter(q => !notAsked.has(q.id)).map(q => q.id),
    recommended: row.recommended
  };
}
