// The engine: answers + pack → an explained recommendation. Pure and synchronous; knows no storage or DOM.
import { eachLeaf, holds, reads, RISK_ORDER, UNKNOWN, type Facts, type Reading } from './conditions.js';
import { STAGES } from './pack/format.js';
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
  const given = givenAnswers(answers);
  for (const q of pack.questions) {
    const v = answerOf(q, given, stage);
    if (v) known.set(q.id, v);
  }
  return known;
}

const givenAnswers = (answers: Answers): Answers => (typeof answers === 'object' && answers !== null ? answers : {});

/** The answer `readAnswers` reads for one question, if any. */
function answerOf(q: Question, given: Answers, stage?: Stage): string | undefined {
  const v =
    q.id === STAGE_QUESTION && STAGES.includes(stage!) ? stage : Object.hasOwn(given, q.id) ? given[q.id] : undefined;
  if (typeof v === 'string' && v && isAnswerTo(q, v)) return v;
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
 * Per pack, once: each rule's test and what it reads, and the rules that read the derived facts (risk, indicator
 * count) ordered by what they read: each indicator count and each risk level a rule waits for, with the rules
 * waiting for it. A rule needs deciding again only when a fact it reads crosses one of its thresholds, so a chain
 * of rules each waiting for the indicators of the one before is decided in one pass, not one pass per link.
 */
interface Plan {
  /** What each rule reads, and its test. */
  rules: Reading[];
  /** Thresholds of `indicatorsAtLeast`, ascending, each with the rules that read it. */
  byCount: [threshold: number, rules: number[]][];
  /** The rules that read `riskAtLeast` of each level, by its RISK_ORDER. */
  byRisk: number[][];
  /** Per language, made when first asked for: what evaluate copies from for each fired rule. */
  texts: Partial<Record<Lang, Texts>>;
}
const KINDS = ['indicators', 'grounds', 'actions', 'conditions'] as const;
type Kind = (typeof KINDS)[number];
/** A catalogue entry in one language (its texts localised, anything else as is), and each rule's rationale text. */
interface Texts {
  items: Record<Kind, Map<string, Record<string, unknown>>>;
  rules: (string | undefined)[];
}
const plans = new WeakMap<RulePack, Plan>();
function planOf(pack: RulePack): Plan {
  let plan = plans.get(pack);
  if (!plan) {
    const rules = pack.rules.map(rule => reads(rule.when));
    const byCount = new Map<number, number[]>();
    const byRisk: number[][] = [[], [], []];
    pack.rules.forEach((rule, i) => {
      if (rules[i]!.derived)
        eachLeaf(rule.when, leaf => {
          if ('indicatorsAtLeast' in leaf) {
            const waiting = byCount.get(leaf.indicatorsAtLeast);
            if (waiting) waiting.push(i);
            else byCount.set(leaf.indicatorsAtLeast, [i]);
          }
          if ('riskAtLeast' in leaf) byRisk[RISK_ORDER[leaf.riskAtLeast]]!.push(i);
        });
    });
    plans.set(pack, (plan = { rules, byCount: [...byCount].sort((a, b) => a[0] - b[0]), byRisk, texts: {} }));
  }
  return plan;
}

function sawFor({ questions, derived }: Reading, facts: Facts): Record<string, unknown> {
  const saw: Record<string, unknown> = {};
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
  const given = givenAnswers(answers);
  const plan = planOf(pack);
  // What is asked, each with its answer ('' for none): one map, so the conditions look an answer up once.
  const seen = new Map<string, string>();
  const facts: Facts = {
    answer: id => {
      const v = seen.get(id);
      return v === undefined ? null : v || undefined;
    },
    risk: 'standard',
    indicatorCount: 0
  };
  // Without a stage from the host or the officer, assume pre-charge but leave the question unanswered,
  // so the record never claims an answer nobody gave. (A pack without the question takes the stage given.)
  let stageGiven: string | undefined = stage;
  const asked: string[] = [];
  let answered = 0;
  // Validation lets askWhen read only earlier questions, so one pass in pack order decides what is asked.
  for (const q of pack.questions) {
    const v = answerOf(q, given, stage);
    if (q.id === STAGE_QUESTION && v) stageGiven = v;
    if (q.askWhen && !holds(q.askWhen, facts)) continue;
    seen.set(q.id, v ?? '');
    asked.push(q.id);
    if (v) answered++;
  }
  const resolvedStage = stageGiven === 'post-charge' ? 'post-charge' : 'pre-charge';

  // Rules that read only answers are decided once. Rules that read risk or the indicator count are decided
  // after them, and again only when a fact they read crosses a threshold they wait for: validation allows
  // derived facts only in positive positions, so risk and indicators only grow, a rule that holds keeps
  // holding, and this reaches the same fixed point as re-running every rule until nothing changes.
  const { rules, byCount, byRisk } = plan;
  const holdsNow = new Uint8Array(rules.length);
  let risk: RiskLevel = 'standard';
  const indicatorCodes = new Set<string>();
  const decide = (i: number) => {
    if (holdsNow[i] || !rules[i]!.test(facts)) return;
    holdsNow[i] = 1;
    const effects = pack.rules[i]!.effects;
    const raised = effects.risk;
    if (raised && RISK_ORDER[raised] > RISK_ORDER[risk]) risk = raised;
    effects.indicators?.forEach(c => indicatorCodes.add(c));
  };
  const derivedRules: number[] = [];
  rules.forEach((read, i) => (read.derived ? derivedRules.push(i) : decide(i)));
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
    for (let level = RISK_ORDER[facts.risk] + 1; level <= RISK_ORDER[risk]; level++)
      byRisk[level]!.forEach(i => next.add(i));
    if (!next.size) break;
    pending = next;
  }
  facts.risk = risk;
  facts.indicatorCount = indicatorCodes.size;
  const fired: number[] = [];
  for (let i = 0; i < rules.length; i++) if (holdsNow[i]) fired.push(i);

  // Localised once per pack and language: evaluation copies, so a fired rule costs one object, not a walk.
  const texts = (plan.texts[lang] ??= {
    items: { indicators: new Map(), grounds: new Map(), actions: new Map(), conditions: new Map() },
    rules: []
  });
  // A catalogue entry in the interface language: its texts localised, anything else (an action's `when`) as is.
  const itemOf = (kind: Kind, code: string, because: string[]) => {
    let local = texts.items[kind].get(code);
    if (!local) {
      const def = pack.catalogue[kind][code]! as Record<string, LocalText | string>;
      local = {};
      for (const key in def) {
        const v = def[key]!;
        local[key] = typeof v === 'string' ? v : localise(v, lang);
      }
      texts.items[kind].set(code, local);
    }
    return { code, because, ...local };
  };
  // One pass over the fired rules, each kind's entries in rule order: a repeat of a rule can only be the last reason.
  const found: Record<Kind, Map<string, Indicator>> = {
    indicators: new Map(),
    grounds: new Map(),
    actions: new Map(),
    conditions: new Map()
  };
  for (const i of fired) {
    const { id, effects } = pack.rules[i]!;
    for (const kind of KINDS) {
      const codes = effects[kind];
      if (codes)
        for (const code of codes) {
          const item = found[kind].get(code);
          if (!item) found[kind].set(code, itemOf(kind, code, [id]) as unknown as Indicator);
          else if (item.because[item.because.length - 1] !== id) item.because.push(id);
        }
    }
  }
  const actions = found.actions as Map<string, Action>;

  const informationGaps: InformationGap[] = [];
  for (const q of pack.questions) {
    const { gap } = q;
    const value = seen.get(q.id); // '' when asked and not answered
    if (gap && value !== undefined && (!value || value === UNKNOWN || gap.values?.includes(value))) {
      informationGaps.push({ question: q.id, text: gapText(q, lang), action: gap.action });
      const because = `gap:${q.id}`;
      const existing = actions.get(gap.action);
      if (existing) existing.because.push(because);
      else actions.set(gap.action, itemOf('actions', gap.action, [because]) as unknown as Action);
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

  const rationale: Rationale[] = fired.map(i => {
    const rule = pack.rules[i]!;
    return {
      rule: rule.id,
      text: (texts.rules[i] ??= rule.text
        ? localise(rule.text, lang)
        : (rule.effects.indicators ?? [])
            .map(code => localise(pack.catalogue.indicators[code]!.text, lang))
            .join('; ')),
      saw: sawFor(rules[i]!, facts),
      cites: [...rule.cites]
    };
  });
  rationale.push({
    rule: chosen.id,
    text: localise(chosen.text, lang),
    saw: row ? sawFor(reads(row.when), facts) : { risk: facts.risk },
    cites: [...chosen.cites]
  });

  return {
    stage: resolvedStage,
    asked,
    progress: { answered, total: asked.length },
    riskLevel: facts.risk,
    indicators: [...found.indicators.values()],
    outcome,
    grounds: [...found.grounds.values()] as Ground[],
    actions: [...actions.values()],
    conditions: [...found.conditions.values()] as BailCondition[],
    informationGaps,
    rationale
  };
}
