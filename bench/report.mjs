// The benchmark's results as plain-text tables (printed by bench/run.mjs, pasted into docs/benchmarks.md).
import { sig, spread } from './stats.mjs';

const n = v => Math.round(v).toLocaleString('en-GB');
const FRAME_MS = 1000 / 60;
/** Evaluation may grow at most this much faster than the pack before it counts as worse than linear. */
export const LINEAR_TOLERANCE = 1.15;

function table(header, rows) {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map(r => String(r[i] ?? '').length)));
  const line = r => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(header), line(widths.map(w => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function machineLine(m) {
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB; ${m.os}; Node ${m.node}; ${m.chromium ?? 'no Chromium run'}`;
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

export function firstQuestionTable(fq) {
  const rows = [];
  for (const cache of ['warm', 'cold']) {
    const r = fq[cache];
    const add = (label, field) =>
      rows.push([
        `${cache}: ${label}`,
        spread(r.element[field]),
        spread(r.surveyjs[field]),
        `${sig(r.ratio[field].median)}×`
      ]);
    add('connect → first question interactive', 'firstQuestion');
    add('connect → next frame', 'toNextFrame');
    add('load (fetch + run the code)', 'load');
    add('navigation start → interactive', 'sinceNavigation');
  }
  const warm = fq.warm.element.firstQuestion.median;
  const verdict = warm <= FRAME_MS ? 'within' : 'NOT within';
  return (
    table(['ms, median [min–max]', 'element', 'SurveyJS', 'SurveyJS ÷ element'], rows) +
    `\nBudget (DESIGN.md): first question within one frame (${sig(FRAME_MS)} ms) when cached: ` +
    `${verdict} (warm median ${sig(warm)} ms).`
  );
}

export function evaluationTable(rows) {
  const body = rows.map(r => [
    r.name,
    n(r.rules),
    spread(r.ours),
    spread(r.jre),
    `${sig(r.jre.median / r.ours.median)}×`,
    spread(r.validate),
    r.growth ? `${spread(r.growth.paired, '×')} / ${sig(r.growth.ours)}× / ${sig(r.growth.jre)}×` : '',
    r.equivalent.length ? `NO (${r.equivalent.length})` : 'yes'
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
  const last = rows[rows.length - 1];
  // Judged on the paired measurement, which load from other processes disturbs least.
  const linear = last.growth && last.growth.paired.median <= last.growth.linear * LINEAR_TOLERANCE;
  const growthNote = rows
    .filter(r => r.growth)
    .map(r => `${n(r.growth.from)} → ${n(r.size)} questions is ${r.growth.linear}× the pack`)
    .join('; ');
  return (
    `${text}\nGrowth is to the row above (${growthNote}): "paired" alternates batches of both sizes in one process\n` +
    `and takes the median ratio of CPU time per evaluation [min–max]; the others are ratios of the separate medians.\n` +
    `Budget (DESIGN.md): re-evaluation well under 1 ms for the default pack: ` +
    `${def.ours.median < 1 ? 'met' : 'NOT met'} (${sig(def.ours.median)} ms). ` +
    `Linear from ${n(last.growth?.from ?? 0)} to ${n(last.size)} questions: ` +
    `${linear ? 'yes' : 'NO'} (paired ${sig(last.growth?.paired.median ?? 0)}×, separate medians ` +
    `${sig(last.growth?.ours ?? 0)}× wall and ${sig(last.growth?.oursCpu ?? 0)}× CPU, for ${last.growth?.linear}× ` +
    `the questions; see docs/benchmarks.md).`
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
