// The combinations that decide a set of conditions, for an exhaustive search: a risk level, an indicator
// count, and an answer to each question the conditions read and to each question whose askWhen decides
// whether those are asked, each answer one that can make a difference. satisfiable.ts searches it for a
// condition that can hold; protection.ts for a break of the protection order.
import { eachLeaf, holds, reads, UNKNOWN, type Condition, type Facts } from '../conditions.js';
import { answersTo, STAGE_QUESTION } from '../engine.js';
import type { Question, RiskLevel, RulePack, Stage } from './schema.js';

/** No answer (asked, but not answered). */
export const BLANK = undefined;
/** Free text other than every value the conditions compare it with. */
export const OTHER_TEXT = '\u0000';

export type Answer = string | undefined;

/** The answer values a leaf accepts for a question, or undefined for `answered` (blank and "not known" differ). */
export function leafValues(leaf: Condition): readonly string[] | undefined {
  if ('in' in leaf) return leaf.in;
  if ('equals' in leaf) return [leaf.equals];
  if ('notKnown' in leaf) return [UNKNOWN];
  return undefined;
}

export interface AnswerSpace {
  /** The questions searched, in pack order (askWhen reads only earlier questions), and the answers tried. */
  questions: Question[];
  domains: Answer[][];
  /** What one step in each digit of a combination (risk, indicator count, each question's answer) adds to its index. */
  strides: number[];
  total: number;
  /** Steps one combination costs: the questions searched and the parts of every condition they need. */
  width: number;
  /** The facts of the combination last `set`; `asked`, the questions asked in it. */
  facts: Facts;
  asked: Set<string>;
  /** The digits of combination `index`. */
  digits(index: number): number[];
  /** Makes `facts` those of combination `index`, each question asked or not as the engine decides. */
  set(index: number): void;
}

const positions = new WeakMap<RulePack, Map<string, number>>();

/**
 * The steps of search the checks of one pack may take (each combination tried costs one step for each
 * question whose asking it decides and each condition part it reads; gathering the questions, 24 for each,
 * as that is slower), so no pack holds the page however its conditions are written. The element's check runs
 * in slices (check.ts) but one search is one slice, so this bounds the longest: 250,000 steps took 25–65 ms
 * in Chromium and Firefox on a loaded machine (docs/benchmarks.md, bench/bounds.mjs). It is 75 times what the
 * element's check of the default pack takes (3,300), and more than its warnings take (190,000).
 */
export const SEARCH_STEPS = 250_000;
const spent = new WeakMap<RulePack, number>();

/** Charges `steps` to the pack's search; false once it has taken more than SEARCH_STEPS (it must stop). */
export const charge = (pack: RulePack, steps: number): boolean =>
  spent.set(pack, (spent.get(pack) ?? 0) + steps).get(pack)! <= SEARCH_STEPS;

/** A budget of its own for the warnings' search (warnings.ts), which the element never runs. */
export const restartSearch = (pack: RulePack): boolean => spent.delete(pack);

/** The refusal of a pack whose search is over budget (validate.ts), and its warning (warnings.ts). */
export const OVER_BUDGET = `needs more than ${SEARCH_STEPS} steps of search`;

/**
 * The space of `conditions` over `risks` and indicator counts `levels`. With `stage`, the stage question is
 * asked and answered with it, as the outcome rows of that stage see it.
 */
export function answerSpace(
  pack: RulePack,
  conditions: readonly Condition[],
  risks: readonly RiskLevel[],
  levels: readonly number[],
  stage?: Stage
): AnswerSpace {
  let position = positions.get(pack);
  if (!position) positions.set(pack, (position = new Map(pack.questions.map((q, i) => [q.id, i]))));
  // The questions read, and those their askWhen reads (iteratively: a chain of askWhen can be long).
  const read = [...conditions];
  const ids = new Set(read.flatMap(c => reads(c).questions));
  for (const id of ids) {
    const ask = position.has(id) ? pack.questions[position.get(id)!]!.askWhen : undefined;
    if (ask) {
      read.push(ask);
      reads(ask).questions.forEach(q => ids.add(q));
    }
  }
  const questions = [...ids]
    .filter(id => position.has(id))
    .sort((a, b) => position.get(a)! - position.get(b)!)
    .map(id => pack.questions[position.get(id)!]!);
  // Free text can be each value it is compared with, or something else.
  const compared = new Map<string, Set<string>>();
  let width = questions.length;
  for (const c of read)
    eachLeaf(c, leaf => {
      width++;
      if ('q' in leaf) leafValues(leaf)?.forEach(v => compared.set(leaf.q, (compared.get(leaf.q) ?? new Set()).add(v)));
    });
  charge(pack, 24 * (width + ids.size));
  const domains = questions.map(q =>
    stage && q.id === STAGE_QUESTION
      ? [stage]
      : [BLANK, ...(answersTo(q) ?? [OTHER_TEXT, ...(compared.get(q.id) ?? [])])]
  );

  // A combination's digits: risk, indicator count, then each question's answer.
  const sizes = [risks.length, levels.length, ...domains.map(d => d.length)];
  const strides: number[] = [];
  const total = sizes.reduce((stride, size) => (strides.push(stride), stride * size), 1);
  const given = new Map<string, Answer>();
  const asked = new Set<string>();
  const facts: Facts = { answer: id => (asked.has(id) ? given.get(id) : null), risk: 'standard', indicatorCount: 0 };
  const digits = (index: number) => sizes.map((size, k) => Math.floor(index / strides[k]!) % size);
  return {
    questions,
    domains,
    strides,
    total,
    width,
    facts,
    asked,
    digits,
    set(index) {
      const d = digits(index);
      facts.risk = risks[d[0]!]!;
      facts.indicatorCount = levels[d[1]!]!;
      asked.clear();
      questions.forEach((q, k) => {
        given.set(q.id, domains[k]![d[k + 2]!]);
        if ((stage && q.id === STAGE_QUESTION) || !q.askWhen || holds(q.askWhen, facts)) asked.add(q.id);
      });
    }
  };
}
