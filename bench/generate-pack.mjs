// Generates valid rule packs of any size for the evaluation benchmark, shaped like a real one:
//   - questions in blocks of five: a yes/no/not-known gate, three questions each asked only when the one
//     before was "yes" (askWhen chains three deep), then a choice or free-text question;
//   - about one rule per question, over every operator of the condition language (equals, in, all, any,
//     not, answered, notKnown, count, and riskAtLeast / indicatorsAtLeast on derived facts), each read as
//     validatePack allows (a risk factor read as "not known" alone only adds an action);
//   - an outcome table per stage reading the risk level and the indicator count;
//   - catalogues as a real pack has them: indicators and actions grow with the pack, while the legal
//     grounds (Bail Act) and the bail conditions are a short fixed list however many questions there are.
// Deterministic: the same size always gives the same pack. validatePack accepts up to 1,405 questions (the
// 250,000 steps of search run out at question 1,409; see SIZES in evaluation.mjs).
//
//   node bench/generate-pack.mjs 1000 > /tmp/pack-1000.json   (checked with validatePack first)

export const GROUNDS = 6;
export const CONDITIONS = 12;
const NDM = ['information', 'assessment', 'powers', 'options', 'action'];

const text = en => ({ en });
const pad = n => String(n).padStart(5, '0');
const qid = i => (i === 0 ? 'decision.stage' : `q${pad(i)}`);

/** A pack with `size` questions (at least 5). */
export function generatePack(size) {
  if (!Number.isInteger(size) || size < 5) throw new Error('a generated pack has at least 5 questions');
  const sections = Math.ceil(size / 25);
  const indicators = Math.ceil(size / 5);
  const actions = Math.ceil(size / 10) + 1;
  const questions = [];
  for (let i = 0; i < size; i++) questions.push(question(i));

  const rules = [];
  for (let i = 1; i < size; i++) rules.push(rule(i, questions, indicators, actions));

  const catalogue = {
    indicators: Object.fromEntries(range(indicators).map(k => [`i${pad(k)}`, { text: text(`Indicator ${k}`) }])),
    grounds: Object.fromEntries(
      range(GROUNDS).map(k => [`g${k}`, { text: text(`Ground ${k}`), law: text(`Bail Act 1976, Sch 1, para ${k}`) }])
    ),
    actions: Object.fromEntries(
      range(actions).map(k => [
        `a${pad(k)}`,
        { text: text(`Action ${k}`), agency: text('police'), when: 'before-release' }
      ])
    ),
    conditions: Object.fromEntries(
      range(CONDITIONS).map(k => [`c${k}`, { text: text(`Condition ${k}`), purpose: text('protect the victim') }])
    ),
    outcomes: {
      'detain-for-charging-decision': { stage: 'pre-charge', text: text('Detain for a charging decision') },
      'pre-charge-bail-with-conditions': { stage: 'pre-charge', text: text('Pre-charge bail with conditions') },
      'release-under-investigation': { stage: 'pre-charge', text: text('Release under investigation') },
      'bail-with-conditions': { stage: 'post-charge', text: text('Bail with conditions') },
      'refuse-bail': { stage: 'post-charge', text: text('Refuse bail') }
    }
  };

  return {
    schemaVersion: 1,
    id: `generated-${size}`,
    version: '1.0.0',
    title: text(`Generated pack of ${size} questions`),
    languages: ['en'],
    combine: {
      risk: 'highest',
      indicators: 'collect',
      grounds: 'collect',
      actions: 'collect',
      conditions: 'collect',
      outcome: 'first-match'
    },
    sources: [{ id: 'src', kind: 'guidance', title: text('Generated source'), confidence: 'sourced' }],
    sections: range(sections).map(k => ({ id: `s${pad(k)}`, ndm: NDM[k % NDM.length], title: text(`Section ${k}`) })),
    questions,
    catalogue,
    rules,
    outcomes: {
      'pre-charge': policy(
        'pre',
        'detain-for-charging-decision',
        'pre-charge-bail-with-conditions',
        'release-under-investigation'
      ),
      'post-charge': policy('post', 'refuse-bail', 'bail-with-conditions', 'bail-with-conditions')
    }
  };
}

function range(n) {
  return Array.from({ length: n }, (_, k) => k);
}

function question(i) {
  const section = `s${pad(Math.floor(i / 25))}`;
  if (i === 0)
    return {
      id: qid(0),
      section,
      type: 'choice',
      options: [
        { value: 'pre-charge', text: text('Release before charge') },
        { value: 'post-charge', text: text('Bail after charge') }
      ],
      text: text('What decision are you making?')
    };
  const slot = i % 5;
  const base = { id: qid(i), section, text: text(`Q${i}?`) };
  if (slot === 0) {
    // The fifth of a block: a choice, or free text every other block.
    if ((i / 5) % 2)
      return {
        ...base,
        type: 'choice',
        options: ['low', 'some', 'many'].map(v => ({ value: v, text: text(v) })),
        gap: { values: ['many'], text: text(`G${i}`), action: `a${pad(Math.floor(i / 10))}` }
      };
    return { ...base, type: 'text' };
  }
  const tri = { ...base, type: 'tri', riskFactor: true };
  if (slot === 1) return { ...tri, gap: { text: text(`G${i}`), action: `a${pad(Math.floor(i / 10))}` } };
  return { ...tri, askWhen: { q: qid(i - 1), equals: 'yes' } }; // slots 2-4: a chain of three
}

function rule(i, questions, indicators, actions) {
  const q = questions[i];
  const block = i - (i % 5);
  const gate = qid(Math.max(1, block + 1));
  const last = questions[block];
  const other =
    last.type === 'text'
      ? { answered: last.id }
      : { q: last.id, equals: last.type === 'choice' && block > 0 ? 'low' : 'post-charge' };
  const indicator = `i${pad(Math.floor(i / 5) % indicators)}`;
  // Every rule adds an indicator; grounds, conditions and actions come from some rules each (so the
  // pack stays small: about 354 characters a question, under validation's 1,000,000-character limit).
  const effects = { indicators: [indicator] };
  if (i % 3 === 0) effects.grounds = [`g${(i / 3) % GROUNDS}`];
  if (i % 4 === 1) effects.conditions = [`c${((i - 1) / 4) % CONDITIONS}`];
  if (i % 2 === 0) effects.actions = [`a${pad(i % actions)}`];
  let when;
  if (q.type === 'text') when = { answered: q.id };
  else if (q.type === 'choice') when = { q: q.id, in: ['some', 'many'] };
  else {
    switch (i % 7) {
      case 0:
        // "Not known" alone may not raise risk (a "yes" would give less), so this rule only asks for an
        // action: find out.
        when = { notKnown: q.id };
        break;
      case 1:
        // `not` may not read a risk factor (validation), so it reads the block's choice or text question.
        when = { all: [{ q: q.id, equals: 'yes' }, { q: gate, in: ['yes', 'unknown'] }, { not: other }] };
        break;
      case 2:
        when = {
          any: [
            { q: q.id, equals: 'yes' },
            { q: gate, in: ['yes', 'unknown'] }
          ]
        };
        break;
      case 3:
        when = { count: range(4).map(k => qid(block + 1 + k)), equals: 'yes', atLeast: 2 };
        break;
      default:
        when = { q: q.id, equals: 'yes' };
    }
  }
  const raises = i % 3 === 0 ? 'high' : 'medium';
  // A rule on "not known" alone (case 0) only adds an action: validation refuses one that raises risk or
  // adds indicators, grounds or conditions, since yes ≥ not known ≥ no must hold for such rules.
  const actionOnly = 'notKnown' in when;
  if (actionOnly) {
    delete effects.indicators;
    delete effects.grounds;
    delete effects.conditions;
    effects.actions = [`a${pad(i % actions)}`];
  }
  // One rule in 20 reads a derived fact; such rules add grounds, actions and conditions only, as the
  // validator requires of rules that read risk or indicators.
  if (i % 20 === 7) {
    when = { all: [when, i % 40 === 7 ? { riskAtLeast: 'medium' } : { indicatorsAtLeast: 3 }] };
    delete effects.indicators;
    if (!actionOnly) effects.grounds = [`g${i % GROUNDS}`];
  } else if (!actionOnly) effects.risk = raises;
  return {
    id: `r${pad(i)}`,
    ndm: NDM[i % NDM.length],
    when,
    text: text(`R${i}`),
    effects,
    cites: ['src']
  };
}

function policy(stage, strong, middle, weak) {
  return {
    rows: [
      row(`${stage}.high`, { riskAtLeast: 'high' }, strong, [middle]),
      row(`${stage}.many`, { indicatorsAtLeast: 5 }, strong, [middle]),
      // Release under investigation (the weakest) only with no risk and no indicator, as validation requires.
      row(`${stage}.medium`, { any: [{ riskAtLeast: 'medium' }, { indicatorsAtLeast: 1 }] }, middle, [strong])
    ],
    default: {
      id: `${stage}.default`,
      recommended: weak,
      alternatives: [strong],
      text: text('No risk found'),
      cites: ['src']
    }
  };
}

function row(id, when, recommended, alternatives) {
  return { id, when, recommended, alternatives, text: text(`Outcome ${id}`), cites: ['src'] };
}

/** Answers for a pack, the same for the same seed: mostly no, some yes, some not known, a few blank. */
export function generateAnswers(pack, seed) {
  let state = seed >>> 0 || 1;
  const random = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const answers = {};
  for (const q of pack.questions) {
    const r = random();
    if (r < 0.1) continue; // left blank
    if (q.type === 'tri') answers[q.id] = r < 0.55 ? 'no' : r < 0.85 ? 'yes' : 'unknown';
    else if (q.type === 'choice') answers[q.id] = q.options[Math.floor(random() * q.options.length)].value;
    else answers[q.id] = 'Free text from the custody record.';
  }
  return answers;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const size = Number(process.argv[2] ?? 100);
  const { validatePack } = await import('../dist/core.js');
  const pack = generatePack(size);
  const result = validatePack(pack);
  if (!result.ok) {
    console.error(JSON.stringify(result.errors.slice(0, 5), null, 2));
    process.exit(1);
  }
  process.stdout.write(JSON.stringify(pack));
}

/**
 * A generated pack whose rules chain through indicators: the first rule holds whatever the answers and
 * finds one indicator; each rule after it waits for the indicators of all the rules before it
 * (`indicatorsAtLeast: k`) and finds one more. Every evaluation follows the whole chain, the worst case for
 * an engine that re-runs every rule until nothing changes (n rounds of n rules).
 */
export function generateChainPack(size) {
  const pack = generatePack(size);
  const actions = Object.keys(pack.catalogue.actions).length;
  const rules = pack.questions.slice(1).map((_, k) => ({
    id: `chain${pad(k)}`,
    ndm: NDM[k % NDM.length],
    when: k ? { indicatorsAtLeast: k } : { q: qid(1), in: ['yes', 'no', 'unknown'] },
    text: text(`Chain link ${k}`),
    effects: { indicators: [`k${pad(k)}`], ...(k % 3 === 0 ? { actions: [`a${pad(k % actions)}`] } : {}) },
    cites: ['src']
  }));
  const indicators = Object.fromEntries(rules.map((_, k) => [`k${pad(k)}`, { text: text(`Link ${k}`) }]));
  return {
    ...pack,
    id: `generated-chain-${size}`,
    catalogue: { ...pack.catalogue, indicators },
    rules
  };
}
