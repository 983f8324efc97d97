// The default pack against cases written from the domain brief: for each, the codes a competent custody
// sergeant would expect, from the engine (evaluate) and in the record a host receives (assess), in English
// and in Welsh. The same scenarios run in Node over the built core (test/node/scenarios.test.mjs).
import { expect } from '@open-wc/testing';
import { assess, evaluate, verifyRecord } from '../../src/core.js';
import { defaultPack } from '../../src/default-pack.js';
import data from './default-pack-scenarios.json';
import vocabulary from './vocabulary.json';
import { scenarioProblems, shownTexts, vocabularyProblems, type Scenario, type Vocabulary } from './expectations.mjs';

const scenarios = data.scenarios as unknown as Scenario[];
const NOW = '2026-11-26T02:30:00Z';

describe('default pack: the vocabulary', () => {
  it('has one question per vocabulary code with its type, every catalogue code, and Welsh for every text', () => {
    expect(vocabularyProblems(defaultPack, vocabulary as Vocabulary)).to.deep.equal([]);
  });

  it('marks its Welsh as awaiting review by a Welsh-speaking officer', () => {
    expect(defaultPack.meta?.welsh).to.equal('awaiting-review');
  });
});

describe('default pack: scenarios from the domain brief', () => {
  it('has at least twelve, with the review’s own case, a standard-risk case and a case where nothing is known', () => {
    expect(scenarios.length).to.be.at.least(12);
    expect(new Set(scenarios.map(s => s.name)).size).to.equal(scenarios.length);
    expect(scenarios.some(s => s.source.includes('dhr-key-learning-points') && s.expect.riskLevel === 'high')).to.equal(
      true
    );
    expect(
      scenarios.some(s => s.expect.riskLevel === 'standard' && s.expect.conditions?.exactly?.length === 0)
    ).to.equal(true);
    expect(scenarios.some(s => Object.keys(s.answers).length === 0)).to.equal(true);
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
