// Bounded work (issue 15): the worst packs found by trying the validator as an attacker would, each refused
// with the limit it breaks and where, or accepted after a search that stops within the pack's budget. How long
// the accepted ones hold the page is a benchmark figure (bench/bounds.mjs), not asserted here.
import { expect } from '@open-wc/testing';
import { evaluate, validatePack, type PackProblem } from './api.js';
import {
  askChainPack,
  deepPackText,
  indicatorChainPack,
  protectionPack,
  searchPack,
  searchRulesPack,
  worstAcceptedPack
} from './worst-packs.js';

const BUDGET = /^needs more than 250000 steps of search$/;

/** The pack's JSON text, checked to be within the 1,000,000 characters a pack may have. */
function underLimit(pack: unknown): string {
  const text = JSON.stringify(pack);
  expect(text.length).to.be.below(1_000_000);
  return text;
}

function errorsOf(text: string): PackProblem[] {
  const result = validatePack(text);
  if (result.ok) throw new Error('the pack was accepted');
  return result.errors;
}

describe('bounded work: the worst packs found (issue 15)', function () {
  // Generating and parsing packs of 1 MB, twice over, on a busy machine (mocha's timeout; Node's runner has none).
  if (typeof this.timeout === 'function') this.timeout(180_000);

  it('refuses the 2 MB pack whose questions each search 16,384 combinations for its size, unsearched', () => {
    // The pack, accepted with warnings after blocking 7.9 s.
    const text = JSON.stringify(searchPack(6000));
    expect(text.length).to.be.above(1_900_000);
    expect(errorsOf(text)).to.deep.equal([{ path: '(pack)', message: 'is larger than 1000000 characters' }]);
  });

  it('refuses a 1 MB pack whose questions each search 16,384 combinations where the budget runs out', () => {
    // The second search is over the budget (each takes 246,000 steps).
    const text = underLimit(searchPack(2800));
    expect(text.length).to.be.above(900_000);
    const errors = errorsOf(text);
    expect(errors).to.have.length(1);
    expect(errors[0]!.path).to.equal('questions[8].askWhen');
    expect(errors[0]!.message).to.match(BUDGET);
  });

  it('accepts the worst pack within the limits: one such search in 990,000 characters', () => {
    const result = validatePack(underLimit(worstAcceptedPack()));
    expect(result.ok, JSON.stringify(result.ok || result.errors)).to.equal(true);
  });

  it('stops searching for rules that never fire where the warnings budget runs out, and says so', () => {
    const result = validatePack(underLimit(searchRulesPack(200)));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const stopped = result.warnings.filter(w => w.message.startsWith('needs more than 250000 steps of search: '));
    expect(stopped.map(w => w.path)).to.deep.equal(['rules[1].when']);
    expect(stopped[0]!.message).to.contain('no condition from here on was searched');
    expect(result.warnings.filter(w => /can never fire/.test(w.message))).to.deep.equal([]);
  });

  it('refuses a chain of 7,000 when-to-ask conditions, each reading the one before, within the budget', () => {
    // Every search gathers the whole chain before it: quadratic without a budget (37 s in Node).
    const errors = errorsOf(underLimit(askChainPack(7000)));
    expect(errors).to.have.length(1);
    expect(errors[0]!.message).to.match(BUDGET);
    const at = Number(/^questions\[(\d+)\]\.askWhen$/.exec(errors[0]!.path)?.[1]);
    // Early: the search at the seventh question alone (4^7 answers to the chain before it) takes most of it.
    expect(at, errors[0]!.path).to.be.within(1, 400);
  });

  it('refuses outcome rows the protection search cannot prove within its limits', () => {
    // Eight questions: 393,216 combinations per stage, over the 200,000 the search tries.
    const many = errorsOf(underLimit(protectionPack(8, 1)));
    expect(many[0]!.path).to.equal('outcomes["pre-charge"]');
    expect(many[0]!.message).to.match(/too many answers to prove the protection order \(393216 combinations/);
    // Seven questions (98,304 combinations) but 100 rows of 300 parts each tried at every one (250 rows took
    // two minutes). The budget is the pack's: once spent at the first stage, the second is not searched either.
    const wide = errorsOf(underLimit(protectionPack(7, 100)));
    expect(wide.map(e => e.path)).to.deep.equal(['outcomes["pre-charge"]', 'outcomes["post-charge"]']);
    wide.forEach(e => expect(e.message).to.match(BUDGET));
  });

  it('refuses JSON nested half a million deep before parsing it', () => {
    const errors = errorsOf(deepPackText(490_000));
    expect(errors).to.deep.equal([{ path: '(pack)', message: 'is nested more than 64 deep' }]);
  });

  it('accepts a chain of 4,000 rules each firing on the indicators of those before, and follows it to the end', () => {
    const result = validatePack(underLimit(indicatorChainPack(4000)));
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
    expect(evaluate(result.pack, { a: 'yes' }, 'post-charge').indicators).to.have.length(4000);
    expect(evaluate(result.pack, { a: 'no' }, 'post-charge').indicators).to.have.length(0);
  });
});
