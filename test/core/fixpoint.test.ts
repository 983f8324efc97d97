// Rules that read what other rules found (riskAtLeast, indicatorsAtLeast), chained: the engine decides them
// from what they wait for, and must reach exactly the fixed point of re-running every rule until nothing
// changes (the reference below, the engine's old loop written plainly). Seeded random packs, so a failure
// can be replayed.
import { expect } from '@open-wc/testing';
import { evaluate, validatePack, type Condition, type Rule, type RulePack } from './api.js';
import { applied, rawPack, rule, tri } from './pack-builder.js';
import { pick, prng } from './random.js';

/** A valid pack of `questions` tri questions (always asked) and these rules, with indicators k0…k(n-1). */
function chainPack(questions: number, rules: Rule[], indicators: number): RulePack {
  const raw = rawPack({ questions: Array.from({ length: questions }, (_, i) => tri(`q${i}`)), rules });
  for (let k = 0; k < indicators; k++) raw.catalogue.indicators[`k${k}`] = { text: { en: `Indicator ${k}` } };
  const result = validatePack(raw);
  if (!result.ok) throw new Error(`invalid chain pack: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return result.pack;
}

type Risk = 'standard' | 'medium' | 'high';
const RISK_ORDER: Record<Risk, number> = { standard: 0, medium: 1, high: 2 };
interface Facts {
  answers: Record<string, string>;
  risk: Risk;
  indicatorCount: number;
}

/** The operators these packs use, read plainly: an oracle of its own, sharing no code with the engine. */
function holds(c: Condition, facts: Facts): boolean {
  if ('all' in c) return c.all.every(x => holds(x, facts));
  if ('any' in c) return c.any.some(x => holds(x, facts));
  if ('q' in c && 'equals' in c) return facts.answers[c.q] === c.equals;
  if ('riskAtLeast' in c) return RISK_ORDER[facts.risk] >= RISK_ORDER[c.riskAtLeast];
  if ('indicatorsAtLeast' in c) return facts.indicatorCount >= c.indicatorsAtLeast;
  throw new Error(`the reference does not read ${JSON.stringify(c)}`);
}

/** The fixed point by brute force: every rule re-run against the facts until the facts stop changing. */
function reference(pack: RulePack, answers: Record<string, string>) {
  const facts: Facts = { answers, risk: 'standard', indicatorCount: 0 };
  for (;;) {
    const fired = pack.rules.filter(r => holds(r.when, facts));
    let risk: Risk = 'standard';
    const codes = new Set<string>();
    for (const r of fired) {
      if (r.effects.risk && RISK_ORDER[r.effects.risk] > RISK_ORDER[risk]) risk = r.effects.risk;
      r.effects.indicators?.forEach(c => codes.add(c));
    }
    if (risk === facts.risk && codes.size === facts.indicatorCount)
      return { fired: fired.map(r => r.id), risk, indicators: [...codes].sort() };
    facts.risk = risk;
    facts.indicatorCount = codes.size;
  }
}

function engine(pack: RulePack, answers: Record<string, string>) {
  const result = evaluate(pack, answers, 'pre-charge');
  return {
    fired: applied(result.rationale).slice(0, -1), // the last is the outcome row
    risk: result.riskLevel,
    indicators: result.indicators.map(i => i.code).sort()
  };
}

describe('rules chained through what other rules found', () => {
  it('follows a chain of 300 rules, each waiting for the indicators of the one before, listed last to first', () => {
    const n = 300;
    // Rule c{k} holds once k indicators are found and q{k} is "yes"; it finds indicator k{k}.
    const rules = Array.from({ length: n }, (_, k) =>
      rule(
        `c${k}`,
        k ? { all: [{ indicatorsAtLeast: k }, { q: `q${k}`, equals: 'yes' }] } : { q: 'q0', equals: 'yes' },
        { indicators: [`k${k}`], ...(k === n - 1 ? { risk: 'high' as const } : {}) }
      )
    ).reverse();
    const pack = chainPack(n, rules, n);
    const yes = Object.fromEntries(Array.from({ length: n }, (_, k) => [`q${k}`, 'yes']));
    const all = engine(pack, yes);
    expect(all.fired).to.have.length(n);
    expect([all.fired[0], all.fired.at(-1), all.risk]).to.deep.equal([`c${n - 1}`, 'c0', 'high']);
    // A "no" half-way breaks the chain there.
    const broken = engine(pack, { ...yes, q150: 'no' });
    expect(broken).to.deep.equal(reference(pack, { ...yes, q150: 'no' }));
    expect([broken.fired.length, broken.risk]).to.deep.equal([150, 'standard']);
  });

  it('reaches the same fixed point as re-running every rule, on 200 random packs of chains and risk reads', () => {
    const random = prng(20261130);
    for (let p = 0; p < 200; p++) {
      const questions = 6;
      const indicators = 8;
      const leaf = (): Condition => {
        const r = random();
        if (r < 0.5) return { q: `q${Math.floor(random() * questions)}`, equals: pick(random, ['yes', 'unknown']) };
        if (r < 0.8) return { indicatorsAtLeast: 1 + Math.floor(random() * indicators) };
        return { riskAtLeast: pick(random, ['medium', 'high'] as const) };
      };
      const condition = (): Condition => {
        const r = random();
        if (r < 0.4) return leaf();
        return r < 0.7 ? { all: [leaf(), leaf()] } : { any: [leaf(), leaf(), leaf()] };
      };
      const rules = Array.from({ length: 4 + Math.floor(random() * 12) }, (_, i) =>
        rule(`r${i}`, condition(), {
          indicators: [`k${Math.floor(random() * indicators)}`],
          ...(random() < 0.4 ? { risk: pick(random, ['medium', 'high'] as const) } : {})
        })
      );
      const pack = chainPack(questions, rules, indicators);
      for (let a = 0; a < 8; a++) {
        const answers = Object.fromEntries(
          Array.from({ length: questions }, (_, i) => [`q${i}`, pick(random, ['yes', 'no', 'unknown'])])
        );
        expect(engine(pack, answers), `pack ${p}, answers ${JSON.stringify(answers)}`).to.deep.equal(
          reference(pack, answers)
        );
      }
    }
  });
});
