// The default pack against cases written from the domain brief: for each, the codes a competent custody
// sergeant would expect, from the engine (evaluate) and in the record a host receives (assess), in English
// and in Welsh. The same scenarios run in Node over the built core (test/node/scenarios.test.mjs). Then two
// properties on clean standard-risk cases: a single "not known" never gets the least protective outcomes,
// and a single serious factor on its own gets the risk and outcome it must.
import { expect } from '@open-wc/testing';
import { assess, evaluate, verifyRecord, type Stage } from '../../src/core.js';
import { defaultPack } from '../../src/default-pack.js';
import data from './default-pack-scenarios.json';
import vocabulary from './vocabulary.json';
import { scenarioProblems, shownTexts, vocabularyProblems, type Scenario, type Vocabulary } from './expectations.mjs';

const scenarios = data.scenarios as unknown as Scenario[];
const NOW = '2026-11-26T02:30:00Z';
const RETIRED_GROUND = 'already-on-bail';

describe('default pack: the vocabulary', () => {
  it('has one question per vocabulary code with its type, every catalogue code, and Welsh for every text', () => {
    expect(vocabularyProblems(defaultPack, vocabulary as Vocabulary)).to.deep.equal([]);
  });

  it('marks its Welsh as awaiting review by a Welsh-speaking officer', () => {
    expect(defaultPack.meta?.welsh).to.equal('awaiting-review');
  });

  it('has no ground for being on bail: it supports the s.38 grounds, it is not one (vocabulary.md)', () => {
    expect(Object.keys(defaultPack.catalogue.grounds)).to.not.include(RETIRED_GROUND);
  });
});

/** The questions the second vocabulary added, and the answers that make each one matter. */
const NEW_QUESTIONS: Record<string, string[]> = {
  'arrest.for-breach': ['court-bail', 'police-bail', 'protection-order', 'order-offence'],
  'suspect.failed-to-surrender': ['yes'],
  'suspect.on-licence': ['yes'],
  'suspect.sentence-for-this-victim': ['yes'],
  'suspect.past-coercive-control': ['yes'],
  'suspect.firearms-access': ['yes'],
  'suspect.under-18': ['yes'],
  'suspect.bail-address-checked': ['no'],
  'abuse.incidents-12-months': ['3-or-more'],
  'abuse.honour-based': ['yes'],
  'children.contact-with-suspect': ['yes'],
  'children.family-proceedings': ['yes'],
  'victim.whereabouts-known': ['no', 'unknown'],
  'victim.vulnerable': ['yes'],
  'victim.barriers-to-support': ['yes'],
  'case.other-force-area': ['yes'],
  'case.counter-allegation': ['yes']
};

describe('default pack: scenarios from the domain brief', () => {
  it('has at least thirty, with the review’s own case, a standard-risk case and a case where nothing is known', () => {
    expect(scenarios.length).to.be.at.least(30);
    expect(new Set(scenarios.map(s => s.name)).size).to.equal(scenarios.length);
    expect(scenarios.some(s => s.source.includes('dhr-key-learning-points') && s.expect.riskLevel === 'high')).to.equal(
      true
    );
    expect(
      scenarios.some(s => s.expect.riskLevel === 'standard' && s.expect.conditions?.exactly?.length === 0)
    ).to.equal(true);
    expect(scenarios.some(s => Object.keys(s.answers).length === 0)).to.equal(true);
  });

  it('has the review’s case at both stages: detention for a CPS decision before charge, refusal after', () => {
    const review = scenarios.filter(s => s.source.includes('dhr-key-learning-points') && s.name.includes('review'));
    const outcomeAt = (stage: Stage) => review.filter(s => s.stage === stage).map(s => s.expect.outcome);
    expect(outcomeAt('pre-charge')).to.include('detain-for-charging-decision');
    expect(outcomeAt('post-charge')).to.include('refuse-bail');
  });

  it('covers both stages, and every new question with an answer that matters', () => {
    expect(new Set(scenarios.map(s => s.stage))).to.deep.equal(new Set(['pre-charge', 'post-charge']));
    for (const [id, values] of Object.entries(NEW_QUESTIONS))
      for (const value of values)
        expect(
          scenarios.some(s => s.answers[id] === value || (value === 'unknown' && !(id in s.answers))),
          `${id} = ${value}`
        ).to.equal(true);
  });

  it('answers only questions of the pack, with answers those questions allow', () => {
    const pack = defaultPack;
    for (const s of scenarios)
      for (const [id, value] of Object.entries(s.answers)) {
        const q = pack.questions.find(x => x.id === id);
        expect(q, `${s.name}: ${id}`).to.not.equal(undefined);
        if (q!.type === 'tri') expect(['yes', 'no', 'unknown'], `${s.name}: ${id}`).to.include(value);
        if (q!.type === 'choice')
          expect(
            q!.options!.map(o => o.value),
            `${s.name}: ${id}`
          ).to.include(value);
      }
  });

  it('never gives the retired already-on-bail ground, in any scenario', () => {
    for (const s of scenarios)
      expect(
        evaluate(defaultPack, s.answers, s.stage).grounds.map(g => g.code),
        s.name
      ).to.not.include(RETIRED_GROUND);
  });

  for (const s of scenarios) {
    describe(s.name, () => {
      it('the engine recommends what a sergeant would expect', () => {
        expect(scenarioProblems(s, evaluate(defaultPack, s.answers, s.stage))).to.deep.equal([]);
      });

      it('the record a host receives says the same, and verifies', async () => {
        const record = await assess({ answers: s.answers, stage: s.stage, now: NOW });
        expect(scenarioProblems(s, record)).to.deep.equal([]);
        expect(await verifyRecord(record)).to.deep.equal({ ok: true, problems: [] });
      });

      it('in Welsh, the same codes with every text in Welsh', () => {
        const en = evaluate(defaultPack, s.answers, s.stage, 'en');
        const cy = evaluate(defaultPack, s.answers, s.stage, 'cy');
        expect(scenarioProblems(s, cy)).to.deep.equal([]);
        const english = shownTexts(en);
        const welsh = shownTexts(cy);
        expect(welsh.map(([where]) => where)).to.deep.equal(english.map(([where]) => where));
        welsh.forEach(([where, text], i) => expect(text, where).to.not.equal(english[i]![1]));
      });
    });
  }
});

// ---- Properties on clean standard-risk cases (test-gaps.md, gaps 1 and 2) ----

const STAGE_QUESTION = 'decision.stage';
/** The least worrying answer to each question that is not a risk factor (a risk factor's is "no"). */
const LEAST_WORRYING: Record<string, string> = {
  'arrest.for-breach': 'none',
  'offence.imprisonable': 'yes',
  'evidence.sufficient-to-charge': 'no',
  'suspect.under-18': 'no',
  'risk.assessment-level': 'standard',
  'abuse.incidents-12-months': '0-1',
  'victim.whereabouts-known': 'yes',
  'victim.support-worker': 'yes',
  'victim.views-sought': 'yes',
  'victim.views': 'Spoken to by the OIC.',
  'suspect.bail-address-checked': 'yes',
  'case.other-force-area': 'no',
  'case.counter-allegation': 'no',
  'victim.wishes-to-remain-home': 'no'
};

/**
 * The given answers, with every other question asked answered with its least worrying answer (follow-ups
 * included, until nothing more is asked). Throws on a question this test does not know, so a new question
 * is never silently left "not known".
 */
function cleanCase(stage: Stage, given: Record<string, string> = {}): Record<string, string> {
  const answers = { ...given };
  for (let added = true; added;) {
    added = false;
    for (const id of evaluate(defaultPack, answers, stage).asked) {
      if (id === STAGE_QUESTION || id in answers) continue;
      const q = defaultPack.questions.find(x => x.id === id)!;
      const least = q.riskFactor ? 'no' : LEAST_WORRYING[id];
      if (least === undefined) throw new Error(`no least worrying answer for ${id}: add it to LEAST_WORRYING`);
      answers[id] = least;
      added = true;
    }
  }
  return answers;
}

const BASES: [string, Stage, Record<string, string>][] = [
  ['after charge', 'post-charge', {}],
  ['before charge, not enough evidence to charge', 'pre-charge', { 'evidence.sufficient-to-charge': 'no' }],
  ['before charge, enough evidence to charge', 'pre-charge', { 'evidence.sufficient-to-charge': 'yes' }]
];
/** The outcomes that leave the victim with no condition at all. */
const UNPROTECTED = [
  'bail-without-conditions',
  'pre-charge-bail-without-conditions',
  'release-under-investigation',
  'release-no-further-action'
];

describe('default pack: a single "not known" on a clean standard-risk case', () => {
  for (const [name, stage, given] of BASES) {
    describe(name, () => {
      const base = cleanCase(stage, given);
      const clean = evaluate(defaultPack, base, stage);

      it('the clean case is standard risk with no indicator and no gap', () => {
        expect(clean.riskLevel).to.equal('standard');
        expect(clean.indicators.map(i => i.code)).to.deep.equal([]);
        expect(clean.informationGaps.map(g => g.question)).to.deep.equal([]);
      });

      for (const id of clean.asked.filter(q => defaultPack.questions.find(x => x.id === q)!.riskFactor))
        it(`${id} "not known" never gets bail without conditions, RUI or NFA`, () => {
          const result = evaluate(defaultPack, { ...base, [id]: 'unknown' }, stage);
          expect(UNPROTECTED, `${id} not known: ${result.outcome.because.join()}`).to.not.include(
            result.outcome.recommended
          );
          expect(result.informationGaps.map(g => g.question)).to.include(id);
        });
    });
  }
});

type Level = 'high' | 'medium';
/** What each level, or each arrest for breach, must lead to, at each stage (pre-charge: enough evidence). */
const MUST: Record<Level | 'court', Record<Stage, string>> = {
  high: { 'post-charge': 'refuse-bail', 'pre-charge': 'detain-for-charging-decision' },
  medium: { 'post-charge': 'bail-with-conditions', 'pre-charge': 'pre-charge-bail-with-conditions' },
  court: { 'post-charge': 'hold-for-court', 'pre-charge': 'hold-for-court' }
};
/** Single factors, each with the risk it must raise on its own and what it must lead to. */
const SINGLE_FACTORS: [string, Record<string, string>, Level, keyof typeof MUST][] = [
  ['strangulation', { 'abuse.strangulation': 'yes' }, 'high', 'high'],
  ['threats to kill', { 'abuse.threats-to-kill': 'yes' }, 'high', 'high'],
  ['a weapon used or threatened', { 'abuse.weapons': 'yes' }, 'high', 'high'],
  ['access to firearms', { 'suspect.firearms-access': 'yes' }, 'high', 'high'],
  ['stalking', { 'abuse.stalking': 'yes' }, 'high', 'high'],
  ['honour-based abuse', { 'abuse.honour-based': 'yes' }, 'high', 'high'],
  [
    'on bail for offences against this victim',
    { 'suspect.on-bail': 'yes', 'suspect.on-bail-same-victim': 'yes' },
    'high',
    'high'
  ],
  ['an order protecting the victim in force', { 'suspect.subject-to-order': 'yes' }, 'high', 'high'],
  [
    'a sentence for offences against this victim',
    { 'suspect.under-supervision': 'yes', 'suspect.sentence-for-this-victim': 'yes' },
    'high',
    'high'
  ],
  ['a MARAC case', { 'victim.marac-case': 'yes' }, 'high', 'high'],
  ['a DASH graded high', { 'risk.assessment-level': 'high' }, 'high', 'high'],
  ['arrest for breaking court bail', { 'arrest.for-breach': 'court-bail' }, 'high', 'court'],
  ['arrest for breaking a DVPO', { 'arrest.for-breach': 'protection-order' }, 'high', 'court'],
  ['arrest for breaking an order that is an offence', { 'arrest.for-breach': 'order-offence' }, 'high', 'high'],
  ['arrest for breaking pre-charge police bail', { 'arrest.for-breach': 'police-bail' }, 'high', 'high'],
  ['on bail for another matter', { 'suspect.on-bail': 'yes' }, 'medium', 'medium'],
  ['broke bail conditions or an order before', { 'suspect.previous-breach': 'yes' }, 'medium', 'medium'],
  ['three or more incidents in 12 months', { 'abuse.incidents-12-months': '3-or-more' }, 'medium', 'medium'],
  ['separation in the past year', { 'relationship.separation': 'yes' }, 'medium', 'medium'],
  ['controlling behaviour', { 'abuse.coercive-control': 'yes' }, 'medium', 'medium'],
  ['suicide or self-harm threats', { 'suspect.self-harm-suicide': 'yes' }, 'medium', 'medium'],
  ['pregnancy or a baby under 18 months', { 'victim.pregnant-or-new-baby': 'yes' }, 'medium', 'medium'],
  ['a DASH graded medium', { 'risk.assessment-level': 'medium' }, 'medium', 'medium']
];

describe('default pack: a single serious factor on a clean case', () => {
  for (const [name, stage, given] of [BASES[0]!, BASES[2]!])
    describe(name, () => {
      for (const [factor, answers, risk, route] of SINGLE_FACTORS)
        it(`${factor}: ${risk} risk, ${MUST[route][stage]}`, () => {
          const result = evaluate(defaultPack, cleanCase(stage, { ...given, ...answers }), stage);
          expect(result.riskLevel, factor).to.equal(risk);
          expect(result.outcome.recommended, `${factor}: ${result.outcome.because.join()}`).to.equal(
            MUST[route][stage]
          );
        });
    });
});

describe('default pack: the own-protection ground (s.38(1)(a)(vi))', () => {
  const after = (answers: Record<string, string>) =>
    evaluate(defaultPack, cleanCase('post-charge', answers), 'post-charge');

  it('comes with suicide or self-harm threats, and says it depends on the healthcare practitioner finding a risk', () => {
    const ground = after({ 'suspect.self-harm-suicide': 'yes' }).grounds.find(g => g.code === 's38-own-protection');
    expect(ground?.text).to.match(/\bif\b.*healthcare practitioner/i);
  });

  it('does not come with mental-health concerns or substance misuse alone, or before charge', () => {
    const codes = (answers: Record<string, string>) => after(answers).grounds.map(g => g.code);
    expect(codes({ 'suspect.mental-health': 'yes', 'suspect.substance-misuse': 'yes' })).to.not.include(
      's38-own-protection'
    );
    const before = evaluate(defaultPack, cleanCase('pre-charge', { 'suspect.self-harm-suicide': 'yes' }), 'pre-charge');
    expect(before.grounds.map(g => g.code)).to.not.include('s38-own-protection');
  });
});
