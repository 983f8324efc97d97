// The vocabulary's protection order, and the proof that a pack keeps it: for every risk factor (a tri
// question whose "yes" is the worrying answer), "yes" ≥ "not known" ≥ "no" in risk level and in the
// protection of the recommended outcome, at both stages, whatever the other answers are; and release
// under investigation is never recommended or offered at medium or high risk or with any indicator.
//
// The proof has two parts. Rules: risk and indicators can only grow as a risk factor's answer rises,
// because validate.ts lets a rule that raises risk, indicators, grounds or conditions read a risk factor
// only through answer sets closed upwards (no < not known < yes; see `readsUpward`). Outcome rows may read
// anything, so they are searched: every combination of risk, indicator count and the answers the rows
// read (with the questions those depend on) is tried, and each step up in risk, in indicators or in one
// risk factor's answer must not choose a less protective outcome. A search too large to finish is refused,
// never sampled: a sample is not a proof.
import { eachLeaf, holds, UNKNOWN } from '../conditions.js';
import { STAGE_QUESTION } from '../engine.js';
import { answerSpace, BLANK, charge, OTHER_TEXT, OVER_BUDGET, type Answer } from './answer-space.js';
import { RISK_LEVELS, STAGES, type RulePack, type Stage } from './schema.js';

/** Each outcome code of the vocabulary: the stage it belongs to and its place in the protection order. */
export const OUTCOMES: Readonly<Record<string, { stage: Stage | 'either'; protection: number }>> = {
  'refuse-bail': { stage: 'post-charge', protection: 4 },
  'hold-for-court': { stage: 'either', protection: 4 },
  'detain-for-charging-decision': { stage: 'pre-charge', protection: 4 },
  'bail-with-conditions': { stage: 'post-charge', protection: 3 },
  'pre-charge-bail-with-conditions': { stage: 'pre-charge', protection: 3 },
  'bail-without-conditions': { stage: 'post-charge', protection: 2 },
  'pre-charge-bail-without-conditions': { stage: 'pre-charge', protection: 2 },
  'release-under-investigation': { stage: 'pre-charge', protection: 1 },
  'release-no-further-action': { stage: 'pre-charge', protection: 0 }
};

export const RUI = 'release-under-investigation';

/** A risk factor's answers in the protection order: a higher level is more worrying. */
export const LEVEL: Record<string, number> = { no: 0, [UNKNOWN]: 1, yes: 2 };

/**
 * Whether reading a risk factor as one of `values` can only switch a condition on as the answer rises
 * (no < not known < yes): the set is closed upwards, or, under an odd number of `not`s, downwards.
 */
export function readsUpward(values: readonly string[], negated: boolean): boolean {
  const has = (v: string) => values.includes(v);
  return negated
    ? (!has(UNKNOWN) || has('no')) && (!has('yes') || (has(UNKNOWN) && has('no')))
    : (!has(UNKNOWN) || has('yes')) && (!has('no') || (has(UNKNOWN) && has('yes')));
}

export interface ProtectionProblem {
  path: string;
  message: string;
}

export interface ProtectionProof {
  problems: ProtectionProblem[];
  /** Risk-factor questions the proof covers. */
  riskFactors: number;
  /** Combinations of risk, indicators and answers tried, per stage. */
  combinations: Record<Stage, number>;
}

/** The most combinations the outcome search tries per stage before it refuses the pack as unprovable. */
export const SEARCH_LIMIT = 200_000;
const MAX_WITNESSES = 3;

/** The outcome search over both stages. Rules are proved by validate.ts as it reads them. */
export function proveProtection(pack: RulePack): ProtectionProof {
  const problems: ProtectionProblem[] = [];
  const combinations = { 'pre-charge': 0, 'post-charge': 0 };
  for (const stage of STAGES) combinations[stage] = searchStage(pack, stage, problems);
  return { problems, riskFactors: pack.questions.filter(q => q.riskFactor).length, combinations };
}

interface Point {
  values: Answer[];
  risk: number;
  indicators: number;
}

function searchStage(pack: RulePack, stage: Stage, problems: ProtectionProblem[]): number {
  const policy = pack.outcomes[stage];
  const rows = [...policy.rows, policy.default];

  // Indicator counts that rows can tell apart: none, one (the RUI rule's line), and each threshold read.
  const thresholds = new Set([0, 1]);
  policy.rows.forEach(r =>
    eachLeaf(r.when, leaf => {
      if ('indicatorsAtLeast' in leaf) thresholds.add(leaf.indicatorsAtLeast);
    })
  );
  const levels = [...thresholds].sort((a, b) => a - b);

  // The answers to the questions the rows read, and to every question their being asked depends on.
  const rowConditions = policy.rows.map(r => r.when);
  const space = answerSpace(pack, rowConditions, RISK_LEVELS, levels, stage);
  const { questions, domains, strides, total, asked } = space;
  if (total > SEARCH_LIMIT || !charge(pack, total * space.width)) {
    problems.push({
      path: `outcomes["${stage}"]`,
      message:
        total > SEARCH_LIMIT
          ? `the rows read too many answers to prove the protection order (${total} combinations of risk, indicators and the answers to ${questions.map(q => q.id).join(', ')}; at most ${SEARCH_LIMIT}): read fewer questions, and let rules raise risk or indicators instead`
          : OVER_BUDGET
    });
    return 0;
  }

  const pointAt = (index: number): Point => {
    const digits = space.digits(index);
    return { risk: digits[0]!, indicators: digits[1]!, values: domains.map((d, k) => d[digits[k + 2]!]) };
  };

  const chosen = new Int32Array(total);
  for (let index = 0; index < total; index++) {
    space.set(index);
    chosen[index] = policy.rows.findIndex(r => holds(r.when, space.facts));
    if (chosen[index] === -1) chosen[index] = policy.rows.length;
  }
  const protection = (index: number) => OUTCOMES[rows[chosen[index]!]!.recommended]?.protection ?? 0;

  let witnesses = 0;
  const report = (message: string, index: number) => {
    if (witnesses++ >= MAX_WITNESSES) return;
    problems.push({ path: rowPath(stage, chosen[index]!, policy.rows.length), message });
  };
  const describe = (index: number) => {
    const p = pointAt(index);
    space.set(index);
    const answers = questions
      .map((q, k) => (q.id !== STAGE_QUESTION && asked.has(q.id) ? `${q.id}: ${shown(p.values[k])}` : ''))
      .filter(Boolean);
    const row = rows[chosen[index]!]!;
    return `row "${row.id}" (${row.recommended}) with risk ${RISK_LEVELS[p.risk]}, ${levels[p.indicators]} indicator(s)${answers.length ? `, ${answers.join(', ')}` : ''}`;
  };

  const riskFactors = questions.map(q => !!q.riskFactor && q.type === 'tri');
  for (let index = 0; index < total; index++) {
    const p = pointAt(index);
    const row = rows[chosen[index]!]!;
    if ((p.risk > 0 || p.indicators > 0) && (row.recommended === RUI || row.alternatives.includes(RUI)))
      report(
        `release under investigation is ${row.recommended === RUI ? 'recommended' : 'offered'} with risk ${RISK_LEVELS[p.risk]} and ${levels[p.indicators]} indicator(s): it never may be at medium or high risk or with any indicator (${describe(index)})`,
        index
      );
    const worse = (step: number, what: string) => {
      if (protection(index + step) < protection(index))
        report(`${what} gives less protection: ${describe(index + step)}, but ${describe(index)}`, index + step);
    };
    if (p.risk + 1 < RISK_LEVELS.length) worse(strides[0]!, `more risk (${RISK_LEVELS[p.risk + 1]})`);
    if (p.indicators + 1 < levels.length) worse(strides[1]!, `more indicators (${levels[p.indicators + 1]})`);
    riskFactors.forEach((isFactor, k) => {
      if (!isFactor) return;
      const d = domains[k]!;
      const here = p.values[k];
      d.forEach((there, j) => {
        if (LEVEL[there ?? UNKNOWN]! <= LEVEL[here ?? UNKNOWN]!) return;
        const step = (j - d.indexOf(here)) * strides[k + 2]!;
        worse(step, `"${shown(there)}" to ${questions[k]!.id} instead of "${shown(here)}"`);
      });
    });
  }
  return total;
}

function rowPath(stage: Stage, index: number, rows: number): string {
  return index < rows ? `outcomes["${stage}"].rows[${index}]` : `outcomes["${stage}"].default`;
}

const shown = (v: string | undefined) => (v === BLANK ? 'not answered' : v === OTHER_TEXT ? '(other text)' : v);
