// The engine: answers + pack → an explained recommendation. Pure and synchronous; knows no storage or DOM.
import { holds, isNotKnown, questionsIn, readsDerived, RISK_ORDER, type Condition, type Facts } from './conditions.js';
import type { Lang, Question, RiskLevel, RulePack, Stage } from './pack/schema.js';
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
  when: 'before-decision' | 'before-release' | 'within-24h';
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
const NOT_ANSWERED = 'not answered';
const NOT_ASKED = 'not asked';

/** Only own string answers to questions the pack has; anything else is ignored, never trusted. */
function readAnswers(pack: RulePack, answers: Answers): Map<string, string> {
  const known = new Map<string, string>();
  if (typeof answers !== 'object' || answers === null) return known;
  for (const q of pack.questions) {
    if (Object.hasOwn(answers, q.id)) {
      const v = answers[q.id];
      if (typeof v === 'string' && v.length > 0) known.set(q.id, v);
    }
  }
  return known;
}

function resolveStage(stage: Stage | undefined, given: Map<string, string>): Stage {
  if (stage === 'pre-charge' || stage === 'post-charge') return stage;
  const answered = given.get(STAGE_QUESTION);
  return answered === 'post-charge' ? 'post-charge' : 'pre-charge';
}

/** Which questions are asked: a question is asked when its askWhen holds over the questions it reads. */
function askedQuestions(pack: RulePack, given: Map<string, string>): Set<string> {
  const byId = new Map<string, Question>(pack.questions.map(q => [q.id, q]));
  const memo = new Map<string, boolean>();
  const visiting = new Set<string>();
  const isAsked = (id: string): boolean => {
    const cached = memo.get(id);
    if (cached !== undefined) return cached;
    const q = byId.get(id);
    if (!q || visiting.has(id)) return false; // validation forbids cycles; stay safe if one slips through
    visiting.add(id);
    const result = q.askWhen ? holds(q.askWhen as Condition, facts) : true;
    visiting.delete(id);
    memo.set(id, result);
    return result;
  };
  const facts: Facts = {
    answer: id => (isAsked(id) ? given.get(id) : null),
    risk: 'standard',
    indicatorCount: 0
  };
  return new Set(pack.questions.filter(q => isAsked(q.id)).map(q => q.id));
}

function sawFor(condition: Condition, facts: Facts): Record<string, unknown> {
  const saw: Record<string, unknown> = {};
  for (const q of questionsIn(condition)) {
    const v = facts.answer(q);
    saw[q] = v === null ? NOT_ASKED : v === undefined ? NOT_ANSWERED : v;
  }
  if (readsDerived(condition)) {
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
  const given = readAnswers(pack, answers);
  const resolvedStage = resolveStage(stage, given);
  given.set(STAGE_QUESTION, resolvedStage);
  const asked = askedQuestions(pack, given);
  const facts: Facts = {
    answer: id => (asked.has(id) ? given.get(id) : null),
    risk: 'standard',
    indicatorCount: 0
  };

  // Rules that read risk or the indicator count are re-run until nothing changes. Validation allows
  // derived facts only in positive positions, so risk and indicators only grow and this terminates.
  let fired: typeof pack.rules = [];
  for (let round = 0; round <= pack.rules.length + 1; round++) {
    fired = pack.rules.filter(rule => holds(rule.when as Condition, facts));
    let risk: RiskLevel = 'standard';
    const indicatorCodes = new Set<string>();
    for (const rule of fired) {
      const raised = rule.effects.risk;
      if (raised && RISK_ORDER[raised] > RISK_ORDER[risk]) risk = raised;
      rule.effects.indicators?.forEach(c => indicatorCodes.add(c));
    }
    if (risk === facts.risk && indicatorCodes.size === facts.indicatorCount) break;
    facts.risk = risk;
    facts.indicatorCount = indicatorCodes.size;
  }

  const cat = pack.catalogue;
  const collect = <T extends Indicator>(
    kind: 'indicators' | 'grounds' | 'actions' | 'conditions',
    make: (code: string) => Omit<T, 'because'>
  ) => {
    const out = new Map<string, T>();
    for (const rule of fired) {
      for (const code of rule.effects[kind] ?? []) {
        let item = out.get(code);
        if (!item) {
          item = { ...make(code), because: [] } as unknown as T;
          out.set(code, item);
        }
        if (!item.because.includes(rule.id)) item.because.push(rule.id);
      }
    }
    return out;
  };
  const indicators = collect<Indicator>('indicators', code => ({
    code,
    text: localise(cat.indicators[code]!.text, lang)
  }));
  const grounds = collect<Ground>('grounds', code => {
    const def = cat.grounds[code]!;
    return { code, text: localise(def.text, lang), law: def.law };
  });
  const actionOf = (code: string): Omit<Action, 'because'> => {
    const def = cat.actions[code]!;
    return { code, text: localise(def.text, lang), agency: def.agency, when: def.when };
  };
  const actions = collect<Action>('actions', actionOf);
  const conditions = collect<BailCondition>('conditions', code => {
    const def = cat.conditions[code]!;
    return {
      code,
      text: localise(def.text, lang),
      purpose: def.purpose,
      ...(def.proportionality ? { proportionality: localise(def.proportionality, lang) } : {})
    };
  });

  const informationGaps: InformationGap[] = [];
  for (const q of pack.questions) {
    if (!q.gap || !asked.has(q.id)) continue;
    const value = given.get(q.id);
    const gapValues = q.gap.values ?? ['unknown'];
    if (isNotKnown(value) || (value !== undefined && gapValues.includes(value))) {
      informationGaps.push({ question: q.id, text: localise(q.gap.text, lang), action: q.gap.action });
      const because = `gap:${q.id}`;
      const existing = actions.get(q.gap.action);
      if (existing) existing.because.push(because);
      else actions.set(q.gap.action, { ...actionOf(q.gap.action), because: [because] });
    }
  }

  const policy = pack.outcomes[resolvedStage];
  const row = policy.rows.find(r => holds(r.when as Condition, facts));
  const chosen = row ?? policy.default;
  const outcome: Outcome = {
    recommended: chosen.recommended,
    alternatives: [...chosen.alternatives],
    because: [chosen.id]
  };

  const rationale: Rationale[] = fired.map(rule => ({
    rule: rule.id,
    text: localise(rule.text, lang),
    saw: sawFor(rule.when as Condition, facts),
    cites: [...rule.cites]
  }));
  rationale.push({
    rule: chosen.id,
    text: localise(chosen.text, lang),
    saw: row ? sawFor(row.when as Condition, facts) : { risk: facts.risk },
    cites: [...chosen.cites]
  });

  const askedIds = pack.questions.filter(q => asked.has(q.id)).map(q => q.id);
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
