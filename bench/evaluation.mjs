// Evaluation at scale, in Node over the built dist/core.js: our `evaluate` against json-rules-engine
// running the same rules (bench/pack-to-jre.mjs), on the default pack and on generated packs.
// Each figure is the median of repeated samples; a sample times as many evaluations as fit in
// `sampleMs` (at least 3), cycling through a pool of different answer sets, after a warm-up. Each
// measurement runs in its own Node process (see measureOne).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateAnswers, generateChainPack, generatePack } from './generate-pack.mjs';
import { jreEvaluate, packToJre } from './pack-to-jre.mjs';
import { summarize } from './stats.mjs';

/**
 * Generated pack sizes, in questions. The series stops at 1,000 because a pack must pass validatePack and
 * its limits (src/pack/format.ts, answer-space.ts): 1,000,000 characters and 250,000 steps of search. The
 * search is the tighter one: generated packs are refused from 1,410 questions (the when-to-ask search
 * passes 250,000 steps at question 1,409), when they have about 500,000 characters; 1,000 questions
 * (354,349 characters) keep a margin of about 30% on the search and 65% on the characters.
 */
export const SIZES = [100, 300, 1000];
/** Packs whose rules chain through indicators (generateChainPack), measured with ours and validatePack. */
export const CHAIN_SIZES = [100, 300, 1000];

/**
 * The core measured: dist/core.js, or the build named by BENCH_CORE (to try a change to the engine
 * before it lands: build it elsewhere and point BENCH_CORE at it; every child process inherits it).
 */
export function importCore() {
  const path = process.env.BENCH_CORE;
  return import(path ? pathToFileURL(resolve(path)).href : '../dist/core.js');
}
const POOL = 16;

/** The default pack and the generated ones (chained: generateChainPack), each validated by the core's own validatePack. */
export function benchPacks(core, sizes = SIZES, { chain = false } = {}) {
  const raw = [{ name: 'default pack', raw: core.defaultPack }];
  for (const size of sizes)
    raw.push(
      chain
        ? { name: `${size} questions, rules chained`, size, raw: generateChainPack(size) }
        : { name: `${size} questions`, size, raw: generatePack(size) }
    );
  return raw.map(({ name, size, raw: input }) => {
    const result = core.validatePack(input);
    if (!result.ok) throw new Error(`${name}: not a valid pack: ${JSON.stringify(result.errors.slice(0, 3))}`);
    return { name, size: size ?? input.questions.length, raw: input, pack: result.pack };
  });
}

const stageOf = seed => (seed % 2 ? 'pre-charge' : 'post-charge');

/**
 * Both engines over the same answers must agree on what was asked, which rules fired, the risk level,
 * the indicators and the recommended outcome; otherwise the comparison would not be of equal work.
 */
export async function checkEquivalence(core, pack, jre, seeds = 24) {
  const problems = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const answers = generateAnswers(pack, seed);
    const ours = core.evaluate(pack, answers, stageOf(seed));
    const theirs = await jreEvaluate(pack, jre, answers, stageOf(seed));
    const same = (a, b) => [...a].sort().join() === [...b].sort().join();
    const fired = ours.rationale.slice(0, -1).map(r => r.rule); // the last entry is the outcome row
    if (ours.riskLevel !== theirs.riskLevel)
      problems.push(`seed ${seed}: risk ${ours.riskLevel} ≠ ${theirs.riskLevel}`);
    if (!same(fired, theirs.fired)) problems.push(`seed ${seed}: fired rules differ`);
    if (ours.asked.join() !== theirs.asked.join()) problems.push(`seed ${seed}: asked questions differ`);
    if (
      !same(
        ours.indicators.map(i => i.code),
        theirs.indicators
      )
    )
      problems.push(`seed ${seed}: indicators differ`);
    if (ours.outcome.recommended !== theirs.recommended) problems.push(`seed ${seed}: outcome differs`);
  }
  return problems;
}

/** One sample: wall-clock and CPU time (this process's user + system) per call, in ms. */
async function sample(run, count, sampleMs) {
  let n = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  let elapsed = 0;
  while (n < 3 || elapsed < sampleMs) {
    await run(n++ % count);
    elapsed = performance.now() - start;
  }
  const used = process.cpuUsage(cpu);
  return { wall: elapsed / n, cpu: (used.user + used.system) / 1000 / n };
}

/**
 * Time per call of `run(i)` over `samples` samples after a warm-up: wall-clock (the figure reported) and
 * CPU time, which other processes on a shared machine disturb less.
 */
export async function timePerCall(run, { count = POOL, samples = 15, sampleMs = 60 } = {}) {
  await sample(run, count, sampleMs * 3); // warm-up: let the JIT settle
  const times = [];
  for (let s = 0; s < samples; s++) times.push(await sample(run, count, sampleMs));
  return { ...summarize(times.map(t => t.wall)), cpu: summarize(times.map(t => t.cpu)) };
}

const MEASURES = {
  ours:
    ({ core, pack, answers }) =>
    i =>
      core.evaluate(pack, answers[i], stageOf(i + 1)),
  jre: ({ pack, answers }) => {
    const jre = packToJre(pack);
    return i => jreEvaluate(pack, jre, answers[i], stageOf(i + 1));
  },
  validate:
    ({ core, raw }) =>
    () =>
      core.validatePack(raw)
};

/**
 * One measurement in this process: `what` (ours, jre or validate) on the pack named `name` ("default"
 * or a size). Run by `benchEvaluation` in a fresh Node process each, so no measurement pays for the
 * heap of another (a 1,000-question pack and its json-rules-engine copy slow every later collection).
 */
export async function measureOne(name, what, { samples = 15, sampleMs = 60 } = {}) {
  const core = await importCore();
  const chain = name.startsWith('chain-');
  const packs = benchPacks(core, name === 'default' ? [] : [Number(name.replace('chain-', ''))], { chain });
  const { raw, pack } = packs[packs.length - 1];
  const answers = Array.from({ length: POOL }, (_, i) => generateAnswers(pack, i + 1));
  const run = MEASURES[what]({ core, raw, pack, answers });
  const timing = await timePerCall(run, { count: what === 'validate' ? 1 : POOL, samples, sampleMs });
  const extra = what === 'jre' ? { equivalent: await checkEquivalence(core, pack, packToJre(pack)) } : {};
  return { timing, rules: pack.rules.length, questions: pack.questions.length, ...extra };
}

/**
 * Growth from one generated size to another, paired: both packs in one process, batches of each
 * alternating, and the ratio of each pair's CPU time per evaluation. Whatever else the machine runs
 * slows both sides of a pair alike, so the median ratio holds where separate medians drift.
 */
export async function measureGrowth(from, to, { samples = 15, sampleMs = 60, chain = false } = {}) {
  const core = await importCore();
  const sides = benchPacks(core, [from, to], { chain })
    .slice(1)
    .map(({ pack }) => {
      const answers = Array.from({ length: POOL }, (_, i) => generateAnswers(pack, i + 1));
      return i => core.evaluate(pack, answers[i], stageOf(i + 1));
    });
  for (const run of sides) await sample(run, POOL, sampleMs * 3); // warm-up
  const ratios = [];
  for (let s = 0; s < samples; s++) {
    const [a, b] = [await sample(sides[0], POOL, sampleMs), await sample(sides[1], POOL, sampleMs)];
    ratios.push(b.cpu / a.cpu);
  }
  return summarize(ratios);
}

function measureInChild(name, what, options) {
  const out = execFileSync(
    process.execPath,
    [fileURLToPath(import.meta.url), name, what, String(options.samples), String(options.sampleMs)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }
  );
  return JSON.parse(out);
}

/** One row per pack: ours, json-rules-engine, validatePack, and the growth from the size before. */
export async function benchEvaluation({ samples = 15, sampleMs = 60, log = () => {} } = {}) {
  const rows = [];
  for (const name of ['default', ...SIZES.map(String)]) {
    log(`evaluation: ${name === 'default' ? 'default pack' : `${name} questions`}`);
    const ours = measureInChild(name, 'ours', { samples, sampleMs });
    const jre = measureInChild(name, 'jre', { samples, sampleMs });
    const validate = measureInChild(name, 'validate', { samples, sampleMs });
    rows.push({
      name: name === 'default' ? 'default pack' : `${name} questions`,
      size: ours.questions,
      rules: ours.rules,
      ours: ours.timing,
      jre: jre.timing,
      validate: validate.timing,
      equivalent: jre.equivalent
    });
  }
  for (const size of CHAIN_SIZES) {
    log(`evaluation: ${size} questions, rules chained through indicators`);
    const ours = measureInChild(`chain-${size}`, 'ours', { samples, sampleMs });
    const validate = measureInChild(`chain-${size}`, 'validate', { samples, sampleMs });
    rows.push({
      name: `${size} questions, rules chained`,
      chain: true,
      size: ours.questions,
      rules: ours.rules,
      ours: ours.timing,
      validate: validate.timing,
      equivalent: []
    });
  }
  // Growth between consecutive generated sizes of each series, against linear growth (the ratio of sizes).
  for (const chain of [false, true]) {
    const generated = rows.filter(r => r.name !== 'default pack' && !!r.chain === chain);
    for (let i = 1; i < generated.length; i++) {
      const [a, b] = [generated[i - 1], generated[i]];
      log(`evaluation: growth ${a.size} → ${b.size}${chain ? ', chained' : ''}, paired`);
      b.growth = {
        from: a.size,
        linear: b.size / a.size,
        paired: measureInChild(`${chain ? 'chain-' : ''}${a.size}-${b.size}`, 'growth', { samples, sampleMs }),
        ours: b.ours.median / a.ours.median,
        oursCpu: b.ours.cpu.median / a.ours.cpu.median,
        oursMin: b.ours.min / a.ours.min,
        ...(b.jre ? { jre: b.jre.median / a.jre.median } : {}),
        validate: b.validate.median / a.validate.median
      };
    }
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [name, what, samples, sampleMs] = process.argv.slice(2);
  if (!name || !what) {
    console.error(
      'usage: node bench/evaluation.mjs default|SIZE|chain-SIZE ours|jre|validate [samples] [sampleMs]\n' +
        '       node bench/evaluation.mjs [chain-]FROM-TO growth\n' +
        'the whole table: npm run bench -- --skip browser'
    );
    process.exit(2);
  }
  const options = { samples: Number(samples ?? 15), sampleMs: Number(sampleMs ?? 60) };
  const result =
    what === 'growth'
      ? await measureGrowth(...name.replace('chain-', '').split('-').map(Number), {
          ...options,
          chain: name.startsWith('chain-')
        })
      : await measureOne(name, what, options);
  process.stdout.write(JSON.stringify(result));
}
