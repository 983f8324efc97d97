// The engine: answers + pack → an explained recommendation. Pure and synchronous; knows no storage or DOM.
import { eachLeaf, holds, reads, RISK_ORDER, UNKNOWN, type Condition, type Facts } from './conditions.js';
import { RISK_LEVELS, STAGES } from './pack/format.js';
import type { ActionTime, Lang, LocalText, Question, RiskLevel, RulePack, Stage } from './pack/schema.js';
import { localise } from './text.js';

export type Answers = Readonly<Record<string, unknown>>;

export interface Indicator {
  code: string;
  text: string;
  because: string[];
}
export interface Ground extends Indicator {
  law: string;
}
export interface Action extends Indicator {
  agency: string;
  when: ActionTime;
}
export interface BailCondition extends Indicator {
  purpose: string;
  proportionality?: string;
}
export interface InformationGap {
  question: string;
  text: string;
  action: string;
}
export interface Rationale {
  rule: string;
  text: string;
  saw: Record<string, unknown>;
  cites: string[];
}
export interface Outcome {
  recommended: string;
  alternatives: string[];
  because: string[];
}

export interface Evaluation {
  stage: Stage;
  /** Ids of the questions asked for these answers, in pack order. */
  asked: string[];
  progress: { answered: number; total: number };
  riskLevel: RiskLevel;
  indicators: Indicator[];
  outcome: Outcome;
  grounds: Ground[];
  actions: Action[];
  conditions: BailCondition[];
  informationGaps: InformationGap[];
  rationale: Rationale[];
}

export const STAGE_QUESTION = 'decision.stage';

/** Whether an outcome the catalogue puts at `declared` may be recommended or decided at `stage`. */
export const outcomeFitsStage = (declared: Stage | 'either', stage: Stage) =>
  declared === 'either' || declared === stage;

/** What a rationale's `saw` holds for a question asked but not answered, and for one not asked. */
export const NOT_ANSWERED = 'not answered';
export const NOT_ASKED = 'not asked';

/**
 * How many times `evaluate` has run in this JavaScript realm. Read by tests only: they show that the element
 * evaluates once per answer (its screens, its moves and the record share one evaluation).
 */
export const evaluations = { count: 0 };

/**
 * The answers the engine reads: own values that are possible answers to the pack's questions (a tri
 * answer of yes/no/unknown, a listed option, non-empty text). Anything else is ignored, so it counts as
 * not known: never trusted, never read as "no". A stage the host knows answers the stage question.
 */
export function readAnswers(pack: RulePack, answers: Answers, stage?: Stage): Map<string, string> {
  const known = new Map<string, string>();
  const given = typeof answers === 'object' && answers !== null ? answers : {};
  for (const q of pack.questions) {
    const v =
      q.id === STAGE_QUESTION && STAGES.includes(stage!) ? stage : Object.hasOwn(given, q.id) ? given[q.id] : undefined;
    if (typeof v !== 'string' || !v) continue;
    if (isAnswerTo(q, v)) known.set(q.id, v);
  }
  return known;
}

/** The answers a question can have; undefined for free text. */
export function answersTo(q: Question): string[] | undefined {
  return q.type === 'tri' ? ['yes', 'no', UNKNOWN] : q.options?.map(o => o.value);
}

/** Whether `v` is a possible answer to `q`, without building the list (this runs per question per evaluation). */
export function isAnswerTo(q: Question, v: string): boolean {
  if (q.type === 'tri') return v === 'yes' || v === 'no' || v === UNKNOWN;
  return q.type === 'text' || !!q.options?.some(o => o.value === v);
}

/** A gap's own text, or the question and its help, which says where the answer is found. */
function gapText(q: Question, lang: Lang): string {
  if (q.gap?.text) return localise(q.gap.text, lang);
  return q.help ? `${localise(q.text, lang)} ${localise(q.help, lang)}` : localise(q.text, lang);
}

/**
 * Per pack, once: which rules read the derived facts (risk, indicator count), and those rules ordered by
 * what they read: each indicator count and each risk level a rule waits for, with the rules waiting for it.
 * A rule needs deciding again only when a fact it reads crosses one of its thresholds, so a chain of rules
 * each waiting for the indicators of the one before is decided in one pass, not one pass per link.
 */
interface DerivedIndex {
  derived: boolean[];
  /** Thresholds of `indicatorsAtLeast`, ascending, each with the rules that read it. */
  byCount: [threshold: number, rules: number[]][];
  /** The rules that read `riskAtLeast` of each level. */
  byRisk: Record<RiskLevel, number[]>;
}
const derivedIndexes = new WeakMap<RulePack, DerivedIndex>();
function derivedIndex(pack: RulePack): DerivedIndex {
  let index = derivedIndexes.get(pack);
  if (!index) {
    const derived = pack.rules.map(rule => reads(rule.when).derived);
    const byCount = new Map<number, number[]>();
    const byRisk: Record<RiskLevel, number[]> = { standard: [], medium: [], high: [] };
    pack.rules.forEach((rule, i) => {
      if (!derived[i]) return;
      eachLeaf(rule.when, leaf => {
        if ('indicatorsAtLeast' in leaf) {
          const waiting = byCount.get(leaf.indicatorsAtLeast);
          if (waiting) waiting.push(i);
          else byCount.set(leaf.indicatorsAtLeast, [i]);
        }
        if ('riskAtLeast' in leaf) byRisk[leaf.riskAtLeast].push(i);
      });
    });
    index = { derived, byCount: [...byCount].sort((a, b) => a[0] - b[0]), byRisk };
    derivedIndexes.set(pack, index);
  }
  return index;
}

function sawFor(condition: Condition, facts: Facts): Record<string, unknown> {
  const saw: Record<string, unknown> = {};
  const { questions, derived } = reads(condition);
  for (const q of questions) {
    const v = facts.answer(q);
    saw[q] = v === null ? NOT_ASKED : v === undefined ? NOT_ANSWERED : v;
  }
  if (derived) {
    saw['risk'] = facts.risk;
    saw['indicators'] = facts.indicatorCount;
  }
  return saw;
}

/**
 * Evaluates a validated pack against answers. Unanswered asked questions count as "not known", so a
 * partial assessment shows every risk that cannot yet be ruled out.
 */
export function evaluate(pack: RulePack, answers: Answers, stage?: Stage, lang: Lang = 'en'): Evaluation {
  evaluations.count++;
  const given = readAnswers(pack, answers, stage);
  // Without a stage from the host or the officer, assume pre-charge but leave the question unanswered,
  // so the record never claims an answer nobody gave. (A pack without the question takes the stage given.)
  const resolvedStage = (given.get(STAGE_QUESTION) ?? stage) === 'post-charge' ? 'post-charge' : 'pre-charge';
  const asked = new Set<string>();
  const facts: Facts = {
    answer: id => (asked.has(id) ? given.get(id) : null),
    risk: 'standard',
    indicatorCount: 0
  };
  // Validation lets askWhen read only earlier questions, so one pass in pack order decides what is asked.
  for (const q of pack.questions) if (!q.askWhen || holds(q.askWhen, facts)) asked.add(q.id);

  // Rules that read only answers are decided once. Rules that read risk or the indicator count are decided
  // after them, and again only when a fact they read crosses a threshold they wait for: validation allows
  // derived facts only in positive positions, so risk and indicators only grow, a rule that holds keeps
  // holding, and this reaches the same fixed point as re-running every rule until nothing changes.
  const { derived, byCount, byRisk } = derivedIndex(pack);
  const holdsNow = pack.rules.map(() => false);
  let risk: RiskLevel = 'standard';
  const indicatorCodes = new Set<string>();
  const decide = (i: number) => {
    const rule = pack.rules[i]!;
    if (holdsNow[i] || !holds(rule.when, facts)) return;
    holdsNow[i] = true;
    const raised = rule.effects.risk;
    if (raised && RISK_ORDER[raised] > RISK_ORDER[risk]) risk = raised;
    rule.effects.indicators?.forEach(c => indicatorCodes.add(c));
  };
  const derivedRules: number[] = [];
  derived.forEach((reading, i) => (reading ? derivedRules.push(i) : decide(i)));
  let pending: Iterable<number> = derivedRules;
  let crossed = 0; // thresholds in byCount at or below facts.indicatorCount
  for (;;) {
    facts.risk = risk;
    facts.indicatorCount = indicatorCodes.size;
    for (const i of pending) decide(i);
    // The rules waiting for a count or a risk level that the rules just decided have reached.
    const next = new Set<number>();
    for (; crossed < byCount.length && byCount[crossed]![0] <= indicatorCodes.size; crossed++)
      if (byCount[crossed]![0] > facts.indicatorCount) byCount[crossed]![1].forEach(i => next.add(i));
    for (const level of RISK_LEVELS)
      if (RISK_ORDER[level] > RISK_ORDER[facts.risk] && RISK_ORDER[level] <= RISK_ORDER[risk])
        byRisk[level].forEach(i => next.add(i));
    if (!next.size) break;
    pending = next;
  }
  facts.risk = risk;
  facts.indicatorCount = indicatorCodes.size;
  const fired = pack.rules.filter((_, i) => holdsNow[i]);

  // A catalogue entry in the interface language: its texts localised, anything else (an action's `when`) as is.
  type Kind = 'indicators' | 'grounds' | 'actions' | 'conditions';
  const itemOf = (kind: Kind, code: string, because: string[]) => {
    const def = pack.catalogue[kind][code]! as Record<string, LocalText | string>;
    const item: Record<string, unknown> = { code, because };
    for (const key in def) {
      const v = def[key]!;
      item[key] = typeof v === 'string' ? v : localise(v, lang);
    }
    return item;
  };
  const collect = <T extends Indicator>(kind: Kind) => {
    const out = new Map<string, T>();
    for (const rule of fired)
      for (const code of rule.effects[kind] ?? []) {
        const item = out.get(code);
        // Rules are visited in order, so a repeat of this rule can only be the last reason.
        if (!item) out.set(code, itemOf(kind, code, [rule.id]) as unknown as T);
        else if (item.because[item.because.length - 1] !== rule.id) item.because.push(rule.id);
      }
    return out;
  };
  const indicators = collect<Indicator>('indicators');
  const grounds = collect<Ground>('grounds');
  const actions = collect<Action>('actions');
  const conditions = collect<BailCondition>('conditions');

  const informationGaps: InformationGap[] = [];
  for (const q of pack.questions) {
    if (!q.gap || !asked.has(q.id)) continue;
    const value = given.get(q.id) ?? UNKNOWN;
    if (value === UNKNOWN || q.gap.values?.includes(value)) {
      informationGaps.push({ question: q.id, text: gapText(q, lang), action: q.gap.action });
      const because = `gap:${q.id}`;
      const existing = actions.get(q.gap.action);
      if (existing) existing.because.push(because);
      else actions.set(q.gap.action, itemOf('actions', q.gap.action, [because]) as unknown as Action);
    }
  }

  const policy = pack.outcomes[resolvedStage];
  const row = policy.rows.find(r => holds(r.when, facts));
  const chosen = row ?? policy.default;
  const outcome: Outcome = {
    recommended: chosen.recommended,
    alternatives: [...chosen.alternatives],
    because: [chosen.id]
  };

  const rationale: Rationale[] = fired.map(rule => ({
    rule: rule.id,
    text: rule.text
      ? localise(rule.text, lang)
      : (rule.effects.indicators ?? []).map(code => localise(pack.catalogue.indicators[code]!.text, lang)).join('; '),
    saw: sawFor(rule.when, facts),
    cites: [...rule.cites]
  }));
  rationale.push({
    rule: chosen.id,
    text: localise(chosen.text, lang),
    saw: row ? sawFor(row.when, facts) : { risk: facts.risk },
    cites: [...chosen.cites]
  });

  const askedIds = [...asked];
  return {
    stage: resolvedStage,
    asked: askedIds,
    progress: { answered: askedIds.filter(id => given.has(id)).length, total: askedIds.length },
    riskLevel: facts.risk,
    indicators: [...indicators.values()],
    outcome,
    grounds: [...grounds.values()],
    actions: [...actions.values()],
    conditions: [...conditions.values()],
    informationGaps,
    rationale
  };
}
