// npm run bench: size, first question and keypress → next screen (unthrottled and with the CPU slowed 4×),
// evaluation at scale (chains of rules through indicators included) and memory, beside SurveyJS and
// json-rules-engine. Builds dist/ when it is missing or older than the sources, prints the tables and
// writes bench/results.json. See docs/benchmarks.md for what each figure means.
//
//   npm run bench                      everything (a few minutes)
//   npm run bench -- --runs 5          fewer browser runs and timing samples
//   npm run bench -- --skip browser    no Chromium (size, evaluation, memory only)
//   npm run bench -- --skip evaluation size and the browser figures only
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isBuilt } from '../scripts/build.mjs';
import { BUNDLE_FILE, buildBundle, gzipSize, measureBudgets } from '../scripts/size.mjs';
import { attribute } from './attribution.mjs';
import { jsonRulesEngineSize, surveyjsSizes } from './comparison-sizes.mjs';
import { benchEvaluation } from './evaluation.mjs';
import { profileFirstQuestion } from './first-question-profile.mjs';
import { benchFirstQuestion, writeSurveyQuestionnaire } from './first-question.mjs';
import { generateAnswers } from './generate-pack.mjs';
import { describeMachine } from './machine.mjs';
import { checkVisibility } from './pack-to-surveyjs.mjs';
import {
  attributionTable,
  evaluationTable,
  firstQuestionTable,
  machineLine,
  memoryTable,
  profileTable,
  sizeTable
} from './report.mjs';
import { ROOT } from './server.mjs';

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '15' }, skip: { type: 'string', multiple: true, default: [] } }
});
const runs = Number(args.runs);
const log = message => process.stderr.write(`  … ${message}\n`);

const DIST = ['dist/bail-safeguarding.js', 'dist/element.js', 'dist/core.js'];

function ensureBuilt() {
  if (isBuilt()) return false;
  log('building dist/ (missing or older than the sources)');
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return true;
}

async function sizes() {
  log('size');
  const budgets = await measureBudgets();
  const dist = DIST.map(file => {
    const data = readFileSync(join(ROOT, file));
    return { file, minBytes: data.length, gzipBytes: gzipSize(data) };
  });
  const element = await buildBundle({ emptyPack: true });
  const bundle = readFileSync(join(ROOT, BUNDLE_FILE), 'utf8');
  const bundleMap = JSON.parse(readFileSync(join(ROOT, `${BUNDLE_FILE}.map`), 'utf8'));
  return {
    budgets,
    dist,
    surveyjs: surveyjsSizes(),
    jsonRulesEngine: await jsonRulesEngineSize(),
    attribution: {
      element: attribute(element.code, element.map, element.dir),
      bundle: attribute(bundle, bundleMap, join(ROOT, 'dist'))
    }
  };
}

function memory() {
  log('memory (10,000 evaluations)');
  const out = execFileSync(process.execPath, ['--expose-gc', 'bench/memory.mjs'], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out);
}

async function firstQuestion(core) {
  const surveyjs = writeSurveyQuestionnaire(core.defaultPack);
  const Survey = createRequire(import.meta.url)('survey-core');
  const pack = core.validatePack(core.defaultPack).pack;
  const visibility = checkVisibility(core, Survey, pack, seed => generateAnswers(pack, seed));
  log(`first question and keypresses at 1× and 4× CPU (${runs} runs warm, ${runs} cold)`);
  const timings = await benchFirstQuestion({ runs, log });
  log('first question: CPU profile');
  const profile = await profileFirstQuestion({ visits: 5 });
  return { ...timings, profile, surveyjs: { ...surveyjs, visibilityMismatches: visibility } };
}

const rebuilt = ensureBuilt();
const core = await import('../dist/core.js');
const results = { date: new Date().toISOString(), rebuilt, size: await sizes() };
if (!args.skip.includes('evaluation')) {
  results.evaluation = await benchEvaluation({ samples: runs, log });
  results.memory = memory();
}
if (!args.skip.includes('browser')) {
  try {
    results.firstQuestion = await firstQuestion(core);
  } catch (e) {
    results.firstQuestionError = e.message;
    process.exitCode = 1; // every other figure is still printed and written
  }
}
results.machine = describeMachine({ chromium: results.firstQuestion?.chromium });

const sections = [
  `Machine: ${machineLine(results.machine)}`,
  `Size (bytes; budgets from DESIGN.md, 1 kB = 1,000 B)\n${sizeTable(results.size)}`,
  `Where the element's bytes go (the empty-pack build, from its source map)\n` +
    `${attributionTable(results.size.attribution.element, 'categories')}\n\n` +
    `${attributionTable(results.size.attribution.element)}`,
  results.firstQuestionError && `First question: NOT MEASURED: ${results.firstQuestionError}`,
  results.firstQuestion &&
    `First question and keypress → next screen (${runs} runs each, ${results.firstQuestion.presses} presses; ` +
      `default pack; SurveyJS shows the same questions: ` +
      `${results.firstQuestion.surveyjs.visibilityMismatches.length ? 'NO' : 'yes'})\n${firstQuestionTable(results.firstQuestion)}`,
  results.firstQuestion &&
    `Where the element's first-question time goes (Chromium CPU profile, self time per warm visit)\n` +
      profileTable(results.firstQuestion.profile),
  results.evaluation && `Evaluation (Node, dist/core.js; ${runs} samples each)\n${evaluationTable(results.evaluation)}`,
  results.memory && `Memory (node --expose-gc)\n${memoryTable(results.memory)}`
];
console.log(sections.filter(Boolean).join('\n\n'));
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
log('wrote bench/results.json');
