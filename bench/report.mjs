// The benchmark's results as plain-text tables (printed by bench/run.mjs, pasted into docs/benchmarks.md).
import { sig, spread } from './stats.mjs';

const n = v => Math.round(v).toLocaleString('en-GB');
/** Evaluation may grow at most this much faster than the pack before it counts as worse than linear. */
export const LINEAR_TOLERANCE = 1.15;

function table(header, rows) {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map(r => String(r[i] ?? '').length)));
  const line = r => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(header), line(widths.map(w => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function machineLine(m) {
  return (
    `${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB; ${m.os}; Node ${m.node}; ${m.chromium ?? 'no Chromium run'}; ` +
    `load average at the end ${m.load?.join(' / ') ?? 'unknown'} (1 / 5 / 15 min)`
  );
}

export function sizeTable(size) {
  const bundle = size.dist.find(d => d.file === 'dist/bail-safeguarding.js');
  const core = size.dist.find(d => d.file === 'dist/core.js');
  const rows = size.budgets.map(b => [
    b.label,
    b.minBytes === undefined ? '' : n(b.minBytes),
    n(b.bytes),
    n(b.budget),
    b.ok ? 'ok' : 'OVER'
  ]);
  for (const d of size.dist.filter(d => d.file !== 'dist/bail-safeguarding.js'))
    rows.push([d.file, n(d.minBytes), n(d.gzipBytes), '', '']);
  rows.push([
    size.surveyjs.name,
    n(size.surveyjs.minBytes),
    n(size.surveyjs.gzipBytes),
    '',
    `${sig(size.surveyjs.gzipBytes / bundle.gzipBytes)}× the bundle`
  ]);
  rows.push([
    size.jsonRulesEngine.name,
    n(size.jsonRulesEngine.minBytes),
    n(size.jsonRulesEngine.gzipBytes),
    '',
    `${sig(size.jsonRulesEngine.gzipBytes / core.gzipBytes)}× dist/core.js`
  ]);
  return table(['what', 'min B', 'min+gzip B', 'budget B', ''], rows);
}

export function attributionTable(attribution, level = 'groups') {
  const rows = attribution[level].map(g => [
    g.group,
    n(g.minBytes),
    n(g.gzipShare),
    `${sig((100 * g.gzipShare) / attribution.gzipBytes)}%`,
    n(g.gzipRemoved)
  ]);
  rows.push(['total', n(attribution.minBytes), n(attribution.gzipBytes), '100%', '']);
  return table(['module group', 'min B', 'gzip share B', 'share', 'gzip saved if removed B'], rows);
}

/** DESIGN.md's speed targets, per CPU slowdown: first question from navigation (warm), keydown → paint p95. */
export const SPEED_TARGETS = { 1: { firstQuestion: 40, keyP95: 16 }, 4: { firstQuestion: 120, keyP95: 33 } };

export function firstQuestionTable(fq) {
  const sections = [];
  for (const [rate, r] of Object.entries(fq.rates)) {
    const rows = [];
    const add = (label, a, b, ratio) => rows.push([label, spread(a), spread(b), `${sig(ratio.median)}×`]);
    for (const cache of ['warm', 'cold']) {
      const c = r[cache];
      add(
        `${cache}: navigation start → first question interactive`,
        c.element.sinceNavigation,
        c.surveyjs.sinceNavigation,
        c.ratio.sinceNavigation
      );
      add(
        `${cache}: connect → first question interactive`,
        c.element.firstQuestion,
        c.surveyjs.firstQuestion,
        c.ratio.firstQuestion
      );
      add(`${cache}: load (fetch + run the code)`, c.element.load, c.surveyjs.load, c.ratio.load);
    }
    const k = r.keys;
    rows.push([
      'keydown → next screen painted: median',
      sig(k.element.median),
      sig(k.surveyjs.median),
      `${sig(k.ratio.median)}×`
    ]);
    rows.push(['keydown → next screen painted: p95', sig(k.element.p95), sig(k.surveyjs.p95), `${sig(k.ratio.p95)}×`]);
    const target = SPEED_TARGETS[rate];
    const first = r.warm.element.sinceNavigation.median;
    const met = (value, limit) => (value <= limit ? 'met' : 'NOT met');
    const classic = r.warm.classic.sinceNavigation;
    sections.push(
      `CPU ${rate}×\n` +
        table(['ms, median [min–max]', 'element', 'SurveyJS', 'SurveyJS ÷ element'], rows) +
        `\nThe same element as a classic script (warm, navigation → interactive): ${spread(classic)} ms, ` +
        `${sig(r.warm.classicRatio.sinceNavigation.median)}× the module.` +
        (r.warm.floor
          ? `\nThe floor (the same page and harness, an empty module and two radio buttons; warm, navigation → ` +
            `interactive): ${spread(r.warm.floor.sinceNavigation)} ms; the element adds ${spread(r.warm.overFloor)} ms ` +
            `to it (per run, median [min–max]).`
          : '') +
        (target
          ? `\nTargets (DESIGN.md): first question ≤ ${target.firstQuestion} ms from navigation, warm: ${met(first, target.firstQuestion)} ` +
            `(median ${sig(first)} ms); keydown → paint p95 ≤ ${target.keyP95} ms: ${met(k.element.p95, target.keyP95)} (${sig(k.element.p95)} ms).`
          : '')
    );
  }
  return sections.join('\n\n');
}

export function evaluationTable(rows) {
  const body = rows.map(r => [
    r.name,
    n(r.rules),
    spread(r.ours),
    r.jre ? spread(r.jre) : '—',
    r.jre ? `${sig(r.jre.median / r.ours.median)}×` : '',
    spread(r.validate),
    r.growth
      ? `${spread(r.growth.paired, '×')} / ${sig(r.growth.ours)}×${r.growth.jre ? ` / ${sig(r.growth.jre)}×` : ''}`
      : '',
    r.jre ? (r.equivalent.length ? `NO (${r.equivalent.length})` : 'yes') : ''
  ]);
  const text = table(
    [
      'pack',
      'rules',
      'evaluate ms',
      'json-rules-engine ms',
      'jre ÷ ours',
      'validatePack ms',
      'growth: ours paired / ours / jre',
      'same results'
    ],
    body
  );
  const def = rows.find(r => r.name === 'default pack');
  // Judged on the paired measurement, which load from other processes disturbs least.
  const verdict = series => {
    const last = series[series.length - 1];
    const linear = last.growth && last.growth.paired.median <= last.growth.linear * LINEAR_TOLERANCE;
    return (
      `${n(last.growth?.from ?? 0)} → ${n(last.size)} questions${last.chain ? ', rules chained' : ''}: ` +
      `${linear ? 'linear' : 'NOT linear'} (paired ${sig(last.growth?.paired.median ?? 0)}×, separate medians ` +
      `${sig(last.growth?.ours ?? 0)}× wall and ${sig(last.growth?.oursCpu ?? 0)}× CPU, for ${last.growth?.linear}× the questions)`
    );
  };
  const plain = rows.filter(r => r.name !== 'default pack' && !r.chain);
  const chained = rows.filter(r => r.chain);
  return (
    `${text}\nGrowth is to the row above in the same series: "paired" alternates batches of both sizes in one process\n` +
    `and takes the median ratio of CPU time per evaluation [min–max]; the others are ratios of the separate medians.\n` +
    `Budget (DESIGN.md): re-evaluation well under 1 ms for the default pack: ` +
    `${def.ours.median < 1 ? 'met' : 'NOT met'} (${sig(def.ours.median)} ms). Within ${LINEAR_TOLERANCE}× of linear: ` +
    [plain, chained]
      .filter(s => s.length > 1)
      .map(verdict)
      .join('; ') +
    '.'
  );
}

export function memoryTable(memory) {
  return table(
    ['pack', 'evaluations', 'heapUsed before', 'peak', 'after (full GC)', 'retained'],
    memory.map(m => [
      m.name,
      n(m.evaluations),
      `${sig(m.before / 1e6)} MB`,
      `${sig(m.peak / 1e6)} MB`,
      `${sig(m.after / 1e6)} MB`,
      `${sig((m.after - m.before) / 1e3)} kB`
    ])
  );
}

export function profileTable(profile, top = 14) {
  const rows = [
    ...profile.categories.map(g => [g.group, sig(g.ms)]),
    ['', ''],
    ...profile.groups.slice(0, top).map(g => [`  ${g.group}`, sig(g.ms)])
  ];
  return (
    table(['where (categories, then the largest module groups)', 'ms'], rows) +
    `\nTotal ${sig(profile.totalMs)} ms of CPU per visit (whole visit, ${profile.visits} visits, profiler overhead included).`
  );
}
