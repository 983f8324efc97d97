// The walk-through: the assessment's state and the officer's moves over it (answer, continue, back, change of
// view, the decision), with the error summary, the live region's words and where focus goes next. Each move is a
// pure transition of src/assessment.ts: this keeps the result, evaluates it once per change of answers, and says
// when it changed (`changed`), for the element to save the draft and make the record.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  answer,
  confirmHostAnswers,
  evaluationCache,
  goBack,
  goNext,
  goTo,
  newAssessment,
  questionsOn,
  switchView,
  type AssessmentState,
  type Screen
} from '../../../src/assessment.js';
import { STAGE_QUESTION, type Evaluation } from '../../../src/engine.js';
import type { RulePack } from '../../../src/pack/schema.js';
import type { BailCheckRecord } from '../../../src/record-types.js';
import { stringsFor } from '../../../src/strings.js';
import type { Settings } from '../attributes.js';
import { screenErrors } from '../screen-errors.js';
import { progressText } from '../steps/question.js';
import { fieldId, type View } from '../view.js';

const now = () => new Date().toISOString();

export interface AssessmentOptions {
  /** The pack in use: the walk-through is shown, and moves, only once there is one. */
  pack(): RulePack | undefined;
  /** The attributes as the element uses them. */
  settings(): Settings;
  /** The record the last screen shows and copies. */
  record(): BailCheckRecord | undefined;
  /** True while no control may act (the element, or a fieldset or form around it, is disabled). */
  disabled(): boolean;
  /** The walk-through changed: `change` after an answer, `complete` once the decision is recorded. */
  changed(kind?: 'change' | 'complete'): void;
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

export class AssessmentController implements ReactiveController {
  readonly #host: Host;
  readonly #options: AssessmentOptions;
  readonly #evaluationOf = evaluationCache();
  #state = newAssessment(now());
  /** Messages of the error summary, by field key (a question id, `_outcome`, `_reason`). */
  #errors: Record<string, string> = {};
  #announce = '';
  /** The officer asked to change a stage the host prefilled. */
  #changingStage = false;
  /** Where focus goes after the next update: the step's heading, the error summary, or a field's id. */
  #focus: 'heading' | 'errors' | string | undefined;

  constructor(host: Host, options: AssessmentOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get state(): AssessmentState {
    return this.#state;
  }

  /** What the polite live region says: where the officer is, the provisional risk, a draft offered, a copy. */
  get announce(): string {
    return this.#announce;
  }

  /** The walk-through from `state` on (a new one, or one resumed), with no error shown. */
  begin(state: AssessmentState): void {
    this.#errors = {};
    this.#changingStage = false;
    this.replace(state);
  }

  /** The same walk-through in another state that is no move of the officer's (the host's prefill joined it). */
  replace(state: AssessmentState, kind?: 'change' | 'complete'): void {
    this.#state = state;
    this.#host.requestUpdate();
    this.#options.changed(kind);
  }

  say(words: string): void {
    this.#announce = words;
    this.#host.requestUpdate();
  }

  /** Moves focus after the next update. */
  focus(target: 'heading' | 'errors' | string): void {
    this.#focus = target;
    this.#host.requestUpdate();
  }

  /** The evaluation of the answers: the engine runs once per change of them, whoever asks. */
  evaluation(state = this.#state): Evaluation {
    const { stage, lang } = this.#options.settings();
    return this.#evaluationOf(this.#options.pack()!, state, stage, lang);
  }

  /** What every step renders from. */
  view(ev = this.evaluation()): View {
    const { lang, stage, caseId } = this.#options.settings();
    return {
      pack: this.#options.pack()!,
      lang,
      t: stringsFor(lang),
      state: this.#state,
      ev,
      hostStage: stage,
      caseId,
      errors: this.#errors,
      record: this.#options.record(),
      changingStage: this.#changingStage,
      go: (screen: Screen) => this.#move(goTo(this.#state, screen, true), true),
      copy: () => void this.copy(),
      changeStage: () => {
        this.#changingStage = true;
        this.focus(fieldId(STAGE_QUESTION));
      }
    };
  }

  /**
   * An answer or the decision's fields, as the officer changes them. Nothing changes a completed assessment: a
   * text area left behind by completion may still report its last change (Chromium does, as focus leaves it).
   */
  readonly change = (e: Event) => {
    const input = e.target as HTMLInputElement | HTMLTextAreaElement;
    if (this.#state.completedAt) return;
    if (input.name === '_outcome' || input.name === '_reason') {
      const key = input.name === '_outcome' ? 'outcome' : 'reason';
      this.replace({ ...this.#state, decision: { ...this.#state.decision, [key]: input.value } });
    } else if (input.name && (input.type === 'radio' || input.value.trim())) {
      this.#move(answer(this.#state, input.name, input.value.trim(), now()), false, true);
    }
  };

  readonly submit = (e: SubmitEvent) => {
    e.preventDefault();
    if (this.#options.disabled()) return;
    // Text typed but not yet committed (no blur before Ctrl+Enter) counts.
    (e.target as HTMLFormElement)
      .querySelectorAll('textarea:not([readonly])')
      .forEach(ta => ta.dispatchEvent(new Event('change', { bubbles: true })));
    this.continue();
  };

  /** Continue: the error summary if the screen is not done, else the next screen (or the decision recorded). */
  continue(): void {
    const v = this.view();
    const errors = screenErrors(v);
    if (Object.keys(errors).length) {
      this.#errors = errors;
      this.focus('errors');
      return;
    }
    const { pack, state, ev } = v;
    const confirmed = confirmHostAnswers(
      state,
      state.step.kind === 'start' ? [STAGE_QUESTION] : questionsOn(pack, state, ev, state.step)
    );
    if (state.step.kind === 'decision') this.#complete(confirmed);
    else if (state.step.kind !== 'done') this.#move(goNext(pack, confirmed, this.evaluation(confirmed)), true);
  }

  readonly back = () => {
    const next = goBack(this.#options.pack()!, this.#state, this.evaluation());
    if (next !== this.#state) this.#move(next, true);
  };

  readonly toggleView = () => {
    const view = this.#state.view === 'one' ? 'section' : 'one';
    this.#move(switchView(this.#options.pack()!, this.#state, this.evaluation(), view), true);
  };

  /** Copies the summary for the custody record; where the clipboard is refused, selects it for Ctrl+C. */
  async copy(): Promise<void> {
    const t = stringsFor(this.#options.settings().lang);
    try {
      await navigator.clipboard.writeText(this.#options.record()?.summaryText ?? '');
      this.say(t.copied);
    } catch {
      const area = this.#host.renderRoot.querySelector<HTMLTextAreaElement>('textarea[readonly]');
      area?.focus();
      area?.select();
      this.say(t.copyFailed);
    }
  }

  hostUpdated() {
    const root = this.#host.renderRoot as ShadowRoot;
    const target = this.#focus;
    this.#focus = undefined;
    if (target === 'heading') root.querySelector<HTMLElement>('[data-heading]')?.focus();
    else if (target === 'errors') root.querySelector<HTMLElement>('.error-summary')?.focus();
    else if (target) root.getElementById(target)?.focus();
  }

  /** A new state from the officer: on a move, focus the new heading and announce where they are. */
  #move(next: AssessmentState, moved: boolean, answered = false) {
    if (next === this.#state && !moved) return;
    const t = stringsFor(this.#options.settings().lang);
    const riskBefore = this.evaluation().riskLevel;
    const ev = this.evaluation(next);
    const said: string[] = [];
    if (moved) {
      this.#errors = {};
      this.#changingStage = false;
      this.#focus = 'heading';
      said.push(progressText({ ...this.view(ev), state: next }, next.step));
    }
    if (ev.riskLevel !== riskBefore) said.push(`${t.provisional}: ${t.levels[ev.riskLevel]}`);
    const words = said.filter(Boolean).join('. ');
    if (words) this.#announce = words;
    this.replace(next, answered ? 'change' : undefined);
  }

  #complete(state: AssessmentState) {
    const at = now();
    this.#errors = {};
    this.#focus = 'heading';
    this.replace(
      { ...state, decision: { ...state.decision, at }, completedAt: at, step: { kind: 'done' } },
      'complete'
    );
  }
}
