// The default pack's questionnaire as a SurveyJS survey, so both render the same first question:
//   tri → radiogroup yes / no / not known; choice → radiogroup of its options; text → comment;
//   sections → pages, shown one question per page (as the element shows one question);
//   askWhen → visibleIf, where SurveyJS expressions can say it (every operator but the derived facts,
//   which validation keeps out of askWhen anyway); bench/run.mjs checks that SurveyJS then shows the
//   questions `evaluate` asks.
// Rules, outcomes and gaps have no SurveyJS equivalent and are left out: this is the questionnaire only.
//
//   node bench/pack-to-surveyjs.mjs [pack.json] > survey.json   (default: rules/default-pack.json)
import { readFileSync } from 'node:fs';

const TRI = [
  ['yes', 'Yes', 'Ydy'],
  ['no', 'No', 'Nac ydy'],
  ['unknown', 'Not known', 'Ddim yn hysbys']
]; // the element's own words for these (src/strings.ts)

const loc = t => (t.cy ? { default: t.en, cy: t.cy } : t.en);
const quote = v => `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** SurveyJS names may not contain dots or hyphens (a dot reads a nested value): one safe name per id. */
function namesFor(questions) {
  const names = new Map();
  const used = new Set();
  for (const q of questions) {
    let name = q.id.replace(/[^A-Za-z0-9_]/g, '_');
    while (used.has(name)) name += '_';
    used.add(name);
    names.set(q.id, name);
  }
  return names;
}

/**
 * A pack condition → a SurveyJS expression, or null when it reads what SurveyJS cannot see. A question
 * that is not asked reads as nothing in the pack's language, while a hidden SurveyJS question may still
 * hold a value, so each read of a conditional question is guarded by that question's own visibleIf.
 */
export function toExpression(c, names, shownWhen = () => null) {
  const v = id => `{${names.get(id)}}`;
  const guard = (id, test) => {
    const shown = shownWhen(id);
    return shown ? `(${shown} and ${test})` : test;
  };
  const join = (items, op) => {
    const parts = items.map(x => toExpression(x, names, shownWhen));
    return parts.includes(null) ? null : `(${parts.join(` ${op} `)})`;
  };
  // An asked question left blank reads as "unknown" (src/conditions.ts).
  const is = (id, value) =>
    value === 'unknown' ? `(${v(id)} = 'unknown' or ${v(id)} empty)` : `${v(id)} = ${quote(value)}`;
  if ('all' in c) return join(c.all, 'and');
  if ('any' in c) return join(c.any, 'or');
  if ('not' in c) {
    const inner = toExpression(c.not, names, shownWhen);
    return inner === null ? null : `!(${inner})`;
  }
  if ('q' in c && 'equals' in c) return guard(c.q, is(c.q, c.equals));
  if ('in' in c) return guard(c.q, `(${c.in.map(value => is(c.q, value)).join(' or ')})`);
  if ('answered' in c) return guard(c.answered, `${v(c.answered)} notempty`);
  if ('notKnown' in c) return guard(c.notKnown, is(c.notKnown, 'unknown'));
  if ('count' in c)
    return `(${c.count.map(q => `iif(${guard(q, is(q, c.equals))}, 1, 0)`).join(' + ')}) >= ${c.atLeast}`;
  return null; // riskAtLeast, indicatorsAtLeast: derived facts, which SurveyJS does not compute
}

/** The survey JSON, and how many askWhen conditions could not be expressed. */
export function packToSurvey(pack) {
  const names = namesFor(pack.questions);
  const byId = new Map(pack.questions.map(q => [q.id, q]));
  const visibleIf = new Map();
  const shownWhen = id => {
    if (!visibleIf.has(id)) {
      const askWhen = byId.get(id)?.askWhen;
      visibleIf.set(id, askWhen ? toExpression(askWhen, names, shownWhen) : null);
    }
    return visibleIf.get(id);
  };
  let unexpressed = 0;
  const element = q => {
    const base = { name: names.get(q.id), title: loc(q.text), ...(q.help ? { description: loc(q.help) } : {}) };
    if (q.askWhen) {
      const expression = shownWhen(q.id);
      if (expression === null) unexpressed++;
      else base.visibleIf = expression;
    }
    if (q.type === 'text') return { type: 'comment', ...base };
    const choices =
      q.type === 'tri'
        ? TRI.map(([value, en, cy]) => ({ value, text: { default: en, cy } }))
        : q.options.map(o => ({ value: o.value, text: loc(o.text) }));
    return { type: 'radiogroup', ...base, choices };
  };
  const pages = [];
  const pageOf = new Map();
  for (const q of pack.questions) {
    if (!pageOf.has(q.section)) {
      const section = pack.sections.find(s => s.id === q.section);
      const page = { name: names.get(q.id) + '_page', title: section ? loc(section.title) : q.section, elements: [] };
      pageOf.set(q.section, page);
      pages.push(page);
    }
    pageOf.get(q.section).elements.push(element(q));
  }
  return {
    survey: {
      title: loc(pack.title),
      questionsOnPageMode: 'questionPerPage',
      showQuestionNumbers: 'off',
      pages
    },
    unexpressed,
    names
  };
}

/**
 * For answer sets from `answersFor(seed)`, whether SurveyJS (survey-core, in Node) shows exactly the
 * questions `evaluate` asks. Returns the mismatches, each "seed: question".
 */
export function checkVisibility(core, Survey, pack, answersFor, seeds = 12) {
  const { survey, names } = packToSurvey(pack);
  const problems = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const answers = answersFor(seed);
    const stage = seed % 2 ? 'pre-charge' : 'post-charge';
    const asked = new Set(core.evaluate(pack, answers, stage).asked);
    const model = new Survey.Model(survey);
    const data = {};
    for (const q of pack.questions) if (answers[q.id] !== undefined) data[names.get(q.id)] = answers[q.id];
    if (names.has('decision.stage')) data[names.get('decision.stage')] = stage;
    model.data = data;
    for (const q of pack.questions)
      if (model.getQuestionByName(names.get(q.id)).isVisible !== asked.has(q.id)) problems.push(`${seed}: ${q.id}`);
  }
  return problems;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const file = process.argv[2] ?? new URL('../rules/default-pack.json', import.meta.url);
  const { survey, unexpressed } = packToSurvey(JSON.parse(readFileSync(file, 'utf8')));
  if (unexpressed) console.error(`${unexpressed} when-to-ask conditions could not be expressed in SurveyJS`);
  process.stdout.write(`${JSON.stringify(survey, null, 2)}\n`);
}
