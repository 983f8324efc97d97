// The walk-through's state as plain, JSON-serialisable data, and pure transitions over it. No DOM, no Lit:
// a draft can be saved after every change and restored later, and each move can be tested on its own.
import { evaluate, STAGE_QUESTION, type Evaluation } from './engine.js';
import { questionOf, questionOrder, questionsIn } from './pack/lookup.js';
import type { Lang, RulePack, Stage } from './pack/schema.js';
import type { AssessInput } from './record.js';
import { ANSWER_SOURCES, type AnswerSource } from './record-types.js';

export interface GivenAnswer {
  value: string;
  source: AnswerSource;
  /** ISO 8601 time the answer was given (for a host answer: when it was prefilled). */
  at: string;
  /** A host answer the officer has confirmed (once per screen, never one by one). */
  confirmed?: boolean;
}

/** `one`: one question per screen; `section`: a section's asked questions on one screen. */
export type ViewMode = 'one' | 'section';

/** A screen of the walk-through. `host` lists a section's prefilled answers to confirm in one go. */
export type Screen =
  | { kind: 'start' | 'check' | 'result' | 'decision' | 'done' }
  | { kind: 'question'; id: string }
  | { kind: 'host' | 'section'; id: string };

/** A screen after the questions (check answers, result, decision, done): its code loads on demand. */
export const afterQuestions = (screen: Screen): screen is { kind: 'check' | 'result' | 'decision' | 'done' } =>
  !('id' in screen) && screen.kind !== 'start';

export interface AssessmentState {
  version: 1;
  step: Screen;
  answers: Record<string, GivenAnswer>;
  view: ViewMode;
  startedAt: string;
  /** Set by a change link on check answers: Continue goes back there once nothing new needs asking. */
  returnToCheck: boolean;
  /** The question ids the host prefilled (in one-question view they are confirmed together, per section). */
  prefilled: string[];
  /**
   * The officer's decision, as a draft until `at` is set on completion. `conditions`: the codes the officer chose to
   * impose; undefined until they change the recommended ones (completion then records those).
   */
  decision: { outcome?: string; reason: string; at?: string; conditions?: string[] };
  completedAt?: string;
}

export function newAssessment(now: string, view: ViewMode = 'one'): AssessmentState {
  return {
    version: 1,
    step: { kind: 'start' },
    answers: {},
    view,
    startedAt: now,
    returnToCheck: false,
    prefilled: [],
    decision: { reason: '' }
  };
}

const isTime = (t: unknown) => typeof t === 'string' && !Number.isNaN(Date.parse(t));

const isGivenAnswer = (a: unknown): a is GivenAnswer => {
  const given = a as GivenAnswer | null;
  return (
    typeof given === 'object' &&
    given !== null &&
    typeof given.value === 'string' &&
    ANSWER_SOURCES.includes(given.source) &&
    isTime(given.at)
  );
};

/**
 * A shape check for a restored draft (stored data, so never trusted): anything else starts afresh. Times must
 * be times, so a draft can always be made into a record. A draft is never complete (it is deleted on
 * completion): one with a decision's time or a completion time would make a final record no officer confirmed.
 */
export function isAssessmentState(value: unknown): value is AssessmentState {
  const s = value as AssessmentState | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    s.version === 1 &&
    typeof s.step?.kind === 'string' &&
    typeof s.answers === 'object' &&
    s.answers !== null &&
    Object.values(s.answers).every(isGivenAnswer) &&
    (s.view === 'one' || s.view === 'section') &&
    isTime(s.startedAt) &&
    Array.isArray(s.prefilled) &&
    typeof s.decision?.reason === 'string' &&
    s.decision.at === undefined &&
    (s.decision.conditions === undefined ||
      (Array.isArray(s.decision.conditions) && s.decision.conditions.every(c => typeof c === 'string'))) &&
    s.completedAt === undefined
  );
}

/**
 * Where a resumed draft opens: where the officer was among the questions, or check answers for any screen after
 * them, so they review what was answered (and by whom) before the recommendation and never land on the decision.
 */
export const resumed = (s: AssessmentState): AssessmentState =>
  afterQuestions(s.step) ? goTo(s, { kind: 'check' }) : s;

/** The officer has begun: past the start, or an answer of their own. A newer pack then waits for the next one. */
export const begun = (s: AssessmentState) =>
  s.step.kind !== 'start' || Object.values(s.answers).some(a => a.source === 'officer');

export function answerValues(state: AssessmentState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, a] of Object.entries(state.answers)) out[id] = a.value;
  return out;
}

/** The evaluation of a walk-through's answers under a pack, for the stage the host gave and the language. */
export type EvaluationOf = (pack: RulePack, state: AssessmentState, stage: Stage | undefined, lang: Lang) => Evaluation;

/**
 * The engine for one walk-through, run once per change of the answers' values (or of pack, stage or
 * language): every screen, move and record made from the same answers reads the same evaluation.
 */
export function evaluationCache(): EvaluationOf {
  let last:
    { pack: RulePack; stage?: Stage; lang: Lang; state: AssessmentState; values: string; ev: Evaluation } | undefined;
  return (pack, state, stage, lang) => {
    if (last?.pack === pack && last.stage === stage && last.lang === lang) {
      if (last.state.answers === state.answers) return last.ev;
      // A move or a confirmation makes new answers with the same values: still the same evaluation.
      const values = JSON.stringify(answerValues(state));
      if (values === last.values) {
        last.state = state;
        return last.ev;
      }
    }
    const answers = answerValues(state);
    last = { pack, stage, lang, state, values: JSON.stringify(answers), ev: evaluate(pack, answers, stage, lang) };
    return last.ev;
  };
}

/** The asked question ids of an evaluation as a set, made once per evaluation. */
const askedSets = new WeakMap<Evaluation, Set<string>>();
function isAsked(ev: Evaluation, id: string): boolean {
  let asked = askedSets.get(ev);
  if (!asked) askedSets.set(ev, (asked = new Set(ev.asked)));
  return asked.has(id);
}

/** Host answers fill only questions the officer has not answered: an officer's answer is never replaced. */
export function withPrefill(state: AssessmentState, answers: Record<string, string>, now: string): AssessmentState {
  const next = { ...state.answers };
  for (const [id, value] of Object.entries(answers)) {
    if (next[id]?.source !== 'officer') next[id] = { value, source: 'host', at: now };
  }
  return { ...state, answers: next, prefilled: [...new Set([...state.prefilled, ...Object.keys(answers)])] };
}

/** The officer's answer. Choosing the value already shown changes nothing (a host answer stays the host's). */
export function answer(state: AssessmentState, id: string, value: string, now: string): AssessmentState {
  if (state.answers[id]?.value === value) return state;
  return { ...state, answers: { ...state.answers, [id]: { value, source: 'officer', at: now } } };
}

export function confirmHostAnswers(state: AssessmentState, ids: string[]): AssessmentState {
  const next = { ...state.answers };
  let changed = false;
  for (const id of ids) {
    const a = next[id];
    if (a?.source === 'host' && !a.confirmed) {
      next[id] = { ...a, confirmed: true };
      changed = true;
    }
  }
  return changed ? { ...state, answers: next } : state;
}

/** The questions of a section screen, in pack order: the asked ones, the stage excepted (the start asks it). */
function sectionQuestions(pack: RulePack, ev: Evaluation, section: string): string[] {
  return questionsIn(pack, section).filter(id => id !== STAGE_QUESTION && isAsked(ev, id));
}

/**
 * The sections the walk-through shows, in pack order: those with a question besides the stage (the start asks
 * it). Fixed for a pack, so "Section 2 of 6" keeps its total however many follow-up questions appear.
 */
export function sectionsShown(pack: RulePack): string[] {
  return pack.sections.filter(s => questionsIn(pack, s.id).some(id => id !== STAGE_QUESTION)).map(s => s.id);
}

/** The section a question screen belongs to; undefined for the start and the steps after the questions. */
export function sectionOfScreen(pack: RulePack, screen: Screen): string | undefined {
  if (screen.kind === 'question') return questionOf(pack, screen.id)?.section;
  return screen.kind === 'host' || screen.kind === 'section' ? screen.id : undefined;
}

/**
 * The officer has answered something: a question of their own (the stage aside) or host answers they confirmed.
 * Until then there is no provisional risk to show: it would rest on nothing they have checked.
 */
export const officerHasAnswered = (state: AssessmentState) =>
  Object.entries(state.answers).some(
    ([id, a]) => id !== STAGE_QUESTION && (a.source === 'officer' || a.confirmed === true)
  );

/** The conditions the officer's decision imposes: those they chose, or until they change them the recommended ones. */
export const decidedConditions = (state: AssessmentState, ev: Evaluation): string[] =>
  state.decision.conditions ?? ev.conditions.map(c => c.code);

/** Every screen for these answers, in order. Changes as answers make follow-up questions asked or not. */
export function screens(pack: RulePack, state: AssessmentState, ev: Evaluation): Screen[] {
  const list: Screen[] = [{ kind: 'start' }];
  for (const section of pack.sections) {
    const ids = sectionQuestions(pack, ev, section.id);
    if (!ids.length) continue;
    if (state.view === 'section') {
      list.push({ kind: 'section', id: section.id });
      continue;
    }
    if (ids.some(id => state.prefilled.includes(id))) list.push({ kind: 'host', id: section.id });
    for (const id of ids) if (!state.prefilled.includes(id)) list.push({ kind: 'question', id });
  }
  list.push({ kind: 'check' }, { kind: 'result' }, { kind: 'decision' }, { kind: 'done' });
  return list;
}

/** The question ids a screen shows. */
export function questionsOn(pack: RulePack, state: AssessmentState, ev: Evaluation, screen: Screen): string[] {
  if (screen.kind === 'question') return isAsked(ev, screen.id) ? [screen.id] : [];
  if (screen.kind === 'section') return sectionQuestions(pack, ev, screen.id);
  if (screen.kind === 'host') return sectionQuestions(pack, ev, screen.id).filter(id => state.prefilled.includes(id));
  return [];
}

/** The answer to `id`, if given (own keys only: a question may be called "constructor"). */
const given = (state: AssessmentState, id: string) =>
  Object.hasOwn(state.answers, id) ? state.answers[id] : undefined;

/** Asked questions on the screen with no answer: Continue is refused until they have one. */
export function unanswered(pack: RulePack, state: AssessmentState, ev: Evaluation, screen: Screen): string[] {
  return questionsOn(pack, state, ev, screen).filter(id => !given(state, id));
}

function needsAttention(pack: RulePack, state: AssessmentState, ev: Evaluation, screen: Screen): boolean {
  return questionsOn(pack, state, ev, screen).some(id => {
    const a = given(state, id);
    return !a || (a.source === 'host' && !a.confirmed);
  });
}

const sameScreen = (a: Screen, b: Screen) => a.kind === b.kind && ('id' in a ? a.id : '') === ('id' in b ? b.id : '');

/** Where the current step sits in the list; a screen that is no longer asked sits where it was in pack order. */
function indexOf(pack: RulePack, list: Screen[], step: Screen): number {
  const i = list.findIndex(s => sameScreen(s, step));
  if (i >= 0 || !('id' in step)) return i;
  const order = (s: Screen) => {
    if (!('id' in s)) return s.kind === 'start' ? -1 : Infinity;
    // A section's screen stands where its first question does.
    const first = s.kind === 'question' ? s.id : questionsIn(pack, s.id)[0];
    return (first === undefined ? undefined : questionOrder(pack, first)) ?? Infinity;
  };
  const at = order(step);
  return list.findIndex(s => order(s) > at) - 1;
}

export function goTo(state: AssessmentState, step: Screen, returnToCheck = false): AssessmentState {
  return { ...state, step, returnToCheck };
}

/**
 * Continue. After a change from check answers it asks any screen that now needs an answer (a newly asked
 * follow-up) and then returns to check answers; otherwise the next screen in order. Check answers itself
 * sends the officer to anything still unanswered before the recommendation.
 */
export function goNext(pack: RulePack, state: AssessmentState, ev: Evaluation): AssessmentState {
  const list = screens(pack, state, ev);
  const i = indexOf(pack, list, state.step);
  const checkAt = list.findIndex(s => s.kind === 'check');
  if (state.returnToCheck || state.step.kind === 'check') {
    const pending = list.slice(0, checkAt).find((s, j) => j > i && needsAttention(pack, state, ev, s));
    const first = list.slice(1, checkAt).find(s => needsAttention(pack, state, ev, s));
    const target = pending ?? (state.step.kind === 'check' ? first : undefined);
    if (target) return goTo(state, target, true);
    if (state.step.kind !== 'check') return goTo(state, list[checkAt]!);
  }
  return goTo(state, list[Math.min(i + 1, list.length - 1)]!);
}

/** Back: the screen before this one (none before the start, none after completion). */
export function goBack(pack: RulePack, state: AssessmentState, ev: Evaluation): AssessmentState {
  if (state.step.kind === 'done' || state.step.kind === 'start') return state;
  if (state.returnToCheck) return goTo(state, { kind: 'check' });
  const list = screens(pack, state, ev);
  const i = indexOf(pack, list, state.step);
  // A screen no longer asked sits just after the one indexOf names: that one is the screen before it.
  const listed = list.some(s => sameScreen(s, state.step));
  return goTo(state, list[Math.max(listed ? i - 1 : i, 0)]!);
}

/** The screen on which a question is asked (for check answers' change links). */
export function screenOf(pack: RulePack, state: AssessmentState, id: string): Screen {
  const q = questionOf(pack, id);
  if (!q || id === STAGE_QUESTION) return { kind: 'start' };
  if (state.view === 'section') return { kind: 'section', id: q.section };
  return state.prefilled.includes(id) ? { kind: 'host', id: q.section } : { kind: 'question', id };
}

/** Switches view, keeping the officer in the same section. */
export function switchView(pack: RulePack, state: AssessmentState, ev: Evaluation, view: ViewMode): AssessmentState {
  if (view === state.view) return state;
  const switched = { ...state, view };
  const step = state.step;
  if (!('id' in step)) return switched;
  const section = sectionOfScreen(pack, step);
  if (view === 'section') return { ...switched, step: { kind: 'section', id: section ?? step.id } };
  const inSection = screens(pack, switched, ev).filter(s => 'id' in s && sectionOfScreen(pack, s) === section);
  const target = inSection.find(s => needsAttention(pack, switched, ev, s)) ?? inSection[0];
  return target ? { ...switched, step: target } : switched;
}

/** Everything `assess` needs from the state; the host's stage (attribute) wins over any answer. */
export function assessInput(
  state: AssessmentState,
  extra: { stage?: Stage; pack: RulePack; caseId?: string; officerId?: string; lang: Lang; now: string }
): AssessInput {
  const answerSources: Record<string, AnswerSource> = {};
  const answeredAt: Record<string, string> = {};
  for (const [id, a] of Object.entries(state.answers)) {
    answerSources[id] = a.source;
    answeredAt[id] = a.at;
  }
  if (extra.stage) {
    answerSources[STAGE_QUESTION] = 'host';
    answeredAt[STAGE_QUESTION] = state.startedAt;
  }
  const { outcome, reason, at, conditions } = state.decision;
  return {
    ...extra,
    answers: answerValues(state),
    now: state.completedAt ?? extra.now,
    startedAt: state.startedAt,
    answerSources,
    answeredAt,
    ...(at && outcome ? { decision: { outcome, reason, at, ...(conditions ? { conditions } : {}) } } : {})
  };
}
