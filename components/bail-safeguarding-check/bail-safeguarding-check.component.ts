import { LitElement, html, nothing, type PropertyDeclaration, type PropertyValues } from 'lit';
import {
  answer,
  answerValues,
  assessInput,
  begun,
  confirmHostAnswers,
  goBack,
  goNext,
  goTo,
  isAssessmentState,
  newAssessment,
  questionsOn,
  switchView,
  unanswered,
  withPrefill,
  type AssessmentState,
  type Screen
} from '../../src/assessment.js';
import { checkPrefill } from '../../src/assessment-prefill.js';
import { evaluate, STAGE_QUESTION, type Evaluation } from '../../src/engine.js';
import { packIdentity, type PackIdentity } from '../../src/pack/identity.js';
import { loadPack, type LoadedPack, type PackLoad } from '../../src/pack/load.js';
import type { PackPublicKey } from '../../src/pack/signature.js';
import type { Lang, Stage } from '../../src/pack/schema.js';
import { assess } from '../../src/record.js';
import type { BailCheckRecord } from '../../src/record-types.js';
import { deleteDraft, DRAFT_TTL_MS, loadDraft, purgeDrafts, saveDraft } from '../../src/storage/drafts.js';
import { openStorage, type Storage } from '../../src/storage/storage.js';
import { stringsFor } from '../../src/strings.js';
import type { BailCheckErrorDetail, BailCheckEventMap, PackSource } from '../events.js';
import { styles } from './bail-safeguarding-check.styles.js';
import { keyIntent } from './keyboard.js';
import { checkStep } from './steps/check.js';
import { decisionStep, stageOutcomes } from './steps/decision.js';
import { doneStep } from './steps/done.js';
import { draftStep, type DraftOffer, type SavedAssessment } from './steps/draft.js';
import { progressText, questionStep } from './steps/question.js';
import { resultStep } from './steps/result.js';
import { startStep } from './steps/start.js';
import { fieldId, questionText, type View } from './view.js';

const STAGES: readonly string[] = ['pre-charge', 'post-charge'];
const now = () => new Date().toISOString();
const HOUR_MS = 3_600_000;

/** A pack in use, with its identity (hashed once). */
type InUse = LoadedPack & { identity: Promise<PackIdentity> };

/** `draft-ttl` in hours: a positive number, else undefined. */
const hours = (value: string | undefined) =>
  Number(value) > 0 && Number(value) < Infinity ? Number(value) : undefined;

/** A case or officer reference: at most 200 characters, none a control or bidi override (else undefined). */
const reference = (value: string | undefined) =>
  value && value.length <= 200 && !/[\p{Cc}\u202a-\u202e\u2066-\u2069]/u.test(value) ? value : undefined;

/** `en` or `cy` from a language tag (`cy-GB` too); undefined for anything else. */
function readLang(tag: string | undefined): Lang | undefined {
  const primary = (tag || 'en').toLowerCase().split('-')[0];
  return primary === 'en' || primary === 'cy' ? primary : undefined;
}

/**
 * Walks a custody officer through the safeguarding questions of a domestic abuse bail decision: a short
 * start, the questions section by section (one per screen, or a whole section), check answers, the
 * recommendation with its reasons, and the officer's own decision. Keyboard first: Y, N and K answer yes,
 * no and not known (1 to 9 pick an option), Enter continues, Alt+Backspace goes back, C copies the summary;
 * these keys act only while focus is inside the element. Form-associated: its value is the final record's
 * JSON, and it is invalid (value missing) until the officer has recorded a decision.
 *
 * @summary Custody bail-decision safeguarding check.
 * @tag bail-safeguarding-check
 *
 * @attr rules-src - URL of a rule pack (the page's origin, or one in `rules-origins`), cached for offline use
 *   and refreshed in the background; absent: the bundled default pack. A newer pack never changes an
 *   assessment the officer has begun: it is used from the next one (after `reset()`).
 * @attr rules-origins - Space-separated origins that `rules-src` may name besides the page's own.
 * @attr case-id - The host's custody record reference; shown at the start, put in the record, and (with
 *   `officer-id`) the key of the draft: answers in progress are saved in IndexedDB and offered back after a
 *   reload, then deleted on completion, `reset()`, "Start again" or after `draft-ttl`. Without it nothing is saved.
 *   Changing it (or `officer-id`) once the officer has begun starts a new assessment for that case: the one
 *   before stays saved under its own case and is offered again when that case comes back.
 * @attr drafts - `off`: no draft is saved or offered.
 * @attr draft-ttl - Hours a draft is kept (default 12).
 * @attr officer-id - The deciding officer's identifier, put in the record. A `case-id` or `officer-id` longer than
 *   200 characters or holding a control character (a newline, NUL, a bidi override) is refused with
 *   `attribute-invalid` and treated as absent: not shown, recorded or used as a draft key.
 * @attr lang - Interface and pack language: `en` (default) or `cy`; Welsh falls back to English per string.
 * @attr stage - `pre-charge` or `post-charge` when the host knows it; the officer is then not asked.
 * @attr name - The form field name under which the record's JSON is submitted.
 * @attr disabled - Disables every control and shortcut.
 *
 * @prop {Record<string, unknown>} prefill - Answers the host already holds, keyed by question id; each is
 *   shown as "from the host record" for the officer to confirm (once per section) or change.
 * @prop {unknown} rulePack - A rule pack object to use instead of `rules-src` or the bundled pack. Like any
 *   new pack, one set after the officer has begun is used from the next assessment (call `reset()` to start it).
 * @prop {JsonWebKey | CryptoKey} rulesPublicKey - An ECDSA P-256 public key: packs from `rules-src` (cached
 *   ones too) are used only when their detached signature (`<rules-src>.sig`) verifies against it.
 * @prop {BailCheckRecord | undefined} recommendation - Read-only: the current provisional record, or the final
 *   one once the decision is recorded; undefined before the pack is ready.
 *
 * @fires {CustomEvent<BailCheckReadyDetail>} bail-check-ready - The pack in use and where it came from; again
 *   each time that changes (the bundled pack, then the cached or network one): the last before the first answer
 *   names the pack of the assessment.
 * @fires {CustomEvent<BailCheckChangeDetail>} bail-check-change - After each answer: progress and the provisional record.
 * @fires {CustomEvent<BailCheckRecord>} bail-check-complete - The final record, once the officer records a decision.
 * @fires {CustomEvent<BailCheckErrorDetail>} bail-check-error - Something the host should know; the element keeps
 *   working (`storage-unavailable` at most once per element: it then keeps drafts and packs in memory).
 *
 * @csspart base - The frame around every step.
 * @csspart back - The back link.
 * @csspart error-summary - The "There is a problem" summary.
 * @csspart question - The fieldset of each question (and of the decision).
 * @csspart host-tag - The "From the host record" tag on a prefilled answer.
 * @csspart risk - The (provisional) risk level.
 * @csspart outcome - The recommended outcome.
 * @csspart rationale - The expandable rationale with its citations.
 * @csspart button - Each primary button (Continue, Record my decision, Copy, Resume the draft).
 * @csspart secondary-button - The secondary button (Start again, beside Resume the draft).
 * @csspart panel - The "Decision recorded" panel.
 * @csspart summary-text - The summary for the custody record.
 *
 * @cssprop [--bsc-text-color=#0b0c0c] - Text colour.
 * @cssprop [--bsc-secondary-text-color=#484949] - Hints and captions.
 * @cssprop [--bsc-background=#ffffff] - Background colour.
 * @cssprop [--bsc-border-color=#b1b4b6] - Rules between answers and around fields.
 * @cssprop [--bsc-accent=#1d70b8] - Links and radio buttons.
 * @cssprop [--bsc-focus-color=#ffdd00] - Focus highlight.
 * @cssprop [--bsc-button-background=#00703c] - Primary buttons.
 * @cssprop [--bsc-button-text-color=#ffffff] - Text on primary buttons.
 * @cssprop [--bsc-error-color=#d4351c] - Error summary and messages (always with text, never colour alone).
 * @cssprop [--bsc-tag-background=#eef7ff] - The "From the host record" tag.
 * @cssprop [--bsc-max-width=40em] - Maximum width of the text column.
 */
export class BailSafeguardingCheck extends LitElement {
  static formAssociated = true;
  static override styles = styles;

  static override properties = {
    rulesSrc: { type: String, attribute: 'rules-src' },
    rulesOrigins: { type: String, attribute: 'rules-origins' },
    drafts: { type: String },
    draftTtl: { type: String, attribute: 'draft-ttl' },
    caseId: { type: String, attribute: 'case-id' },
    officerId: { type: String, attribute: 'officer-id' },
    lang: { type: String },
    stage: { type: String },
    name: { type: String, reflect: true },
    disabled: { type: Boolean },
    rulePack: { attribute: false },
    prefill: { attribute: false },
    rulesPublicKey: { attribute: false },
    _pack: { state: true },
    _state: { state: true },
    _errors: { state: true },
    _record: { state: true },
    _announce: { state: true },
    _formDisabled: { state: true },
    _changingStage: { state: true },
    _offer: { state: true }
  };

  declare rulesSrc: string | undefined;
  declare rulesOrigins: string | undefined;
  declare drafts: string | undefined;
  declare draftTtl: string | undefined;
  declare caseId: string | undefined;
  declare officerId: string | undefined;
  declare stage: string | undefined;
  declare name: string | undefined;
  declare disabled: boolean;
  /** A rule pack object to use instead of `rules-src` or the bundled pack. */
  declare rulePack: unknown;
  /** Answers the host already holds, keyed by question id. */
  declare prefill: Record<string, unknown> | undefined;
  /** The key packs from `rules-src` must be signed with. */
  declare rulesPublicKey: PackPublicKey | undefined;
  declare private _pack: InUse | undefined;
  declare private _state: AssessmentState;
  declare private _errors: Record<string, string>;
  declare private _record: BailCheckRecord | undefined;
  declare private _announce: string;
  declare private _formDisabled: boolean;
  declare private _changingStage: boolean;
  declare private _offer: DraftOffer | undefined;

  private readonly internals: ElementInternals;
  private readonly storage: Storage;
  /** The current loadPack call: results of an earlier one are ignored. */
  private load: PackLoad | undefined;
  /** A newer pack that arrived after the officer began: used from the next assessment. */
  private nextPack: InUse | undefined;
  /** Draft reads and writes, in order. */
  private drafting: Promise<void> = Promise.resolve();
  private ev!: Evaluation;
  private focusNext: 'heading' | 'errors' | string | undefined;
  private work: Promise<void> = Promise.resolve();
  /** Properties set after the upgrade and before the first update (see getPropertyDescriptor). */
  private early: Map<PropertyKey, unknown> | undefined;
  private late: Map<PropertyKey, unknown> | undefined;
  /** Counts assessments started (reset, another case): a draft looked up for an earlier one is not offered. */
  private starts = 0;

  /**
   * Lit puts back the values a host set before the element was defined at the first update, over any value
   * set since: the setter remembers those later ones, and the first update puts them back on top.
   */
  protected static override getPropertyDescriptor(
    name: PropertyKey,
    key: string | symbol,
    options: PropertyDeclaration
  ) {
    const descriptor = super.getPropertyDescriptor(name, key, options)!;
    const set = descriptor.set!;
    descriptor.set = function (this: BailSafeguardingCheck, value: unknown) {
      this.early?.set(name, value);
      set.call(this, value);
    };
    return descriptor;
  }

  override performUpdate() {
    this.late ??= this.early;
    this.early = undefined;
    super.performUpdate();
  }

  constructor() {
    super();
    this.disabled = false;
    this._errors = {};
    this._announce = '';
    this._formDisabled = false;
    this._changingStage = false;
    this._state = newAssessment(now());
    this.internals = this.attachInternals();
    this.storage = openStorage({
      onUnavailable: message => this.emitError({ code: 'storage-unavailable', message })
    });
    this.addEventListener('keydown', this.onKey);
    this.early = new Map();
  }

  override connectedCallback() {
    super.connectedCallback();
    this.draftOp(() => purgeDrafts(this.storage, { ttlMs: this.draftOptions.ttlMs }));
  }

  /** The current provisional record, or the final one once complete; undefined before the pack is ready. */
  get recommendation(): BailCheckRecord | undefined {
    return this._record;
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /**
   * Back to the start with every answer cleared (the host's prefill is offered again) and the draft deleted;
   * a newer pack kept aside is used from here. Focus to the start heading.
   */
  reset(): void {
    this.draftOp(() => deleteDraft(this.storage, this.draftOptions));
    this.restart();
    this.focusNext = 'heading';
  }

  /** A new assessment, the host's prefill offered again; a newer pack kept aside is used from here. */
  private restart() {
    const next = this.nextPack;
    if (next) this._pack = next;
    this.nextPack = this._offer = undefined;
    this.starts++;
    this._state = this.prefilled(newAssessment(now(), this._state.view), !!next);
    this._errors = {};
    this._changingStage = false;
    this._record = undefined;
    this.internals.setFormValue(null);
    this.afterChange();
  }

  formResetCallback() {
    this.reset();
  }

  formDisabledCallback(disabled: boolean) {
    this._formDisabled = disabled;
  }

  /** Called after every change of the assessment state: saves the draft, or deletes it on completion. */
  protected onStateChange(state: AssessmentState): void {
    const options = this.draftOptions;
    const pack = this._pack?.identity;
    if (!pack) return;
    if (state.completedAt) this.draftOp(() => deleteDraft(this.storage, options));
    else if (begun(state))
      this.draftOp(async () =>
        saveDraft(this.storage, options, { pack: await pack, assessment: state } satisfies SavedAssessment)
      );
  }

  /** Restores a saved state (a draft); returns false, changing nothing, when it is not one. */
  protected restoreState(state: unknown): boolean {
    if (!isAssessmentState(state)) return false;
    this._state = state;
    this._errors = {};
    this.afterChange();
    return true;
  }

  /** The case-id and officer-id in use: each undefined when absent or refused. */
  private get ids() {
    return { caseId: reference(this.caseId), officerId: reference(this.officerId) };
  }

  private get draftOptions() {
    const { caseId, officerId } = this.ids;
    const ttl = hours(this.draftTtl);
    return { caseId, officerId, enabled: this.drafts !== 'off', ttlMs: ttl ? ttl * HOUR_MS : DRAFT_TTL_MS };
  }

  private draftOp(op: () => Promise<unknown>) {
    this.drafting = this.drafting.then(op).then(
      () => {},
      () => {}
    );
  }

  private get language(): Lang {
    return readLang(this.lang) ?? 'en';
  }

  private get hostStage(): Stage | undefined {
    return STAGES.includes(this.stage ?? '') ? (this.stage as Stage) : undefined;
  }

  private get isDisabled() {
    return this.disabled || this._formDisabled;
  }

  private evaluateState(state: AssessmentState): Evaluation {
    return evaluate(this._pack!.pack, answerValues(state), this.hostStage, this.language);
  }

  override willUpdate(changed: PropertyValues<this>) {
    this.late?.forEach((value, name) => ((this as unknown as Record<PropertyKey, unknown>)[name] = value));
    this.late = undefined;
    // Reflected here, not after render: the attribute's formDisabledCallback then lands in this same update.
    if (changed.has('disabled')) this.toggleAttribute('disabled', this.disabled);
    const source = (['rulePack', 'rulesSrc', 'rulesPublicKey', 'rulesOrigins'] as const).some(k => changed.has(k));
    const before = this._pack;
    if (!this.load || source) this.startLoad();
    // A new pack refreshes the record once it is ready (announceReady); a new prefill does it here.
    if (this._pack === before && changed.has('prefill')) {
      this._state = this.prefilled(this._state, true);
      this.afterChange();
    }
    const keyed = (['caseId', 'officerId'] as const).filter(p => changed.has(p));
    // Another case (or officer) in the same element: its own assessment. The last one stays saved under its key.
    const lastCase = changed.has('caseId') ? (changed.get('caseId') as string | undefined) : this.caseId;
    if (this.hasUpdated && keyed.length && reference(lastCase) && (begun(this._state) || this._offer)) this.restart();
    if (keyed.length || changed.has('drafts')) this.offerDraft();
    if (changed.has('lang') && this.lang && !readLang(this.lang)) this.attributeError('lang', 'one of en, cy');
    // The provisional record follows the language at once; a final one was given to the host and stays.
    if (changed.has('lang') && this.hasUpdated && !this._state.completedAt) void this.refresh();
    if (changed.has('stage') && this.stage && !this.hostStage)
      this.attributeError('stage', `one of ${STAGES.join(', ')}`);
    for (const [prop, name] of [
      ['caseId', 'case-id'],
      ['officerId', 'officer-id']
    ] as const)
      if (changed.has(prop) && this[prop] && !this.ids[prop])
        this.attributeError(name, 'at most 200 characters, with no control characters');
    if (changed.has('draftTtl') && this.draftTtl != null && !hours(this.draftTtl))
      this.attributeError('draft-ttl', 'a number of hours above 0');
    if (this._pack) this.ev = this.evaluateState(this._state);
  }

  override updated(changed: PropertyValues) {
    if (changed.has('_pack') && this._pack) void this.announceReady(this._pack);
    const root = this.renderRoot as ShadowRoot;
    const heading = root.querySelector<HTMLElement>('[data-heading]') ?? undefined;
    if (this._record?.completedAt) this.internals.setValidity({});
    else this.internals.setValidity({ valueMissing: true }, stringsFor(this.language).incomplete, heading);
    const target = this.focusNext;
    this.focusNext = undefined;
    if (target === 'heading') heading?.focus();
    else if (target === 'errors') root.querySelector<HTMLElement>('.error-summary')?.focus();
    else if (target) root.getElementById(target)?.focus();
  }

  /** Renders the initial pack at once, then takes the cached one, then (after any draft is offered) a new one. */
  private startLoad() {
    const load = (this.load = loadPack({
      rulePack: this.rulePack,
      rulesSrc: this.rulesSrc,
      rulesPublicKey: this.rulesPublicKey,
      allowedOrigins: this.rulesOrigins,
      storage: this.storage,
      report: e => this.emitError(e)
    }));
    // The bundled pack at once; a rulePack property once the validator, loaded for it, has checked it.
    if (load.initial instanceof Promise) void load.initial.then(initial => this.usePack(load, initial));
    else this.usePack(load, load.initial);
    void load.cached
      .then(cached => this.usePack(load, cached))
      .then(() => this.drafting)
      .then(() => load.fresh)
      .then(fresh => this.usePack(load, fresh));
  }

  /** `updateComplete` also waits for a rulePack property being validated: then the pack is on screen. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const settled = await super.getUpdateComplete();
    const initial = this.load?.initial;
    if (!(initial instanceof Promise)) return settled;
    await initial;
    return (await super.getUpdateComplete()) && settled;
  }

  /** Uses a pack from the current load, unless the officer has begun (or has a draft on offer): then it waits. */
  private usePack(load: PackLoad, loaded: LoadedPack | undefined) {
    if (!loaded || load !== this.load) return;
    const next = { ...loaded, identity: packIdentity(loaded.pack) };
    if (this._pack && (this._offer || begun(this._state))) {
      this.nextPack = next;
      return;
    }
    this._pack = next;
    this.nextPack = undefined;
    this._state = this.prefilled(newAssessment(now(), this._state.view), true);
  }

  /** Offers the draft saved for this case (after the cached pack is in use), unless the officer has begun. */
  private offerDraft() {
    const options = this.draftOptions;
    const cached = this.load!.cached;
    const starts = this.starts;
    this.draftOp(async () => {
      const draft = await loadDraft(this.storage, options);
      await cached;
      const saved = draft?.state as Partial<SavedAssessment> | undefined;
      if (!draft || begun(this._state) || this._offer || starts !== this.starts) return;
      if (!isAssessmentState(saved?.assessment) || typeof saved.pack?.sha256 !== 'string')
        return deleteDraft(this.storage, options);
      const same = saved.pack.sha256 === (await this._pack!.identity).sha256;
      if (begun(this._state) || starts !== this.starts) return;
      this._offer = { pack: saved.pack, assessment: saved.assessment, savedAt: draft.savedAt, same };
      this._announce = stringsFor(this.language).draftTitle;
      // Focus moves only if the officer is already in the element: a page's focus is never taken on load.
      if (this.matches(':focus-within')) this.focusNext = 'heading';
    });
  }

  private readonly resume = () => {
    const { assessment } = this._offer!;
    this._offer = undefined;
    this.focusNext = 'heading';
    this.restoreState(assessment);
  };

  private readonly startAgain = () => this.reset();

  /** Applies the host's prefill to the state; with `report`, names (ids only) what was skipped. */
  private prefilled(state: AssessmentState, report = false): AssessmentState {
    if (!this._pack || this.prefill === undefined || this.prefill === null) return state;
    const { answers, rejected, invalid } = checkPrefill(this._pack.pack, this.prefill);
    const more = rejected.length > 10 ? ` and ${rejected.length - 10} more` : '';
    if (report && (rejected.length || invalid))
      this.emitError({
        code: 'prefill-invalid',
        message: invalid
          ? 'Prefill must be an object of answers keyed by question id'
          : `Prefill skipped unknown questions or invalid answers for: ${rejected.slice(0, 10).join(', ')}${more}`
      });
    return withPrefill(state, answers, now());
  }

  private attributeError(name: string, allowed: string) {
    this.emitError({
      code: 'attribute-invalid',
      message: `The ${name} attribute must be ${allowed}; using the default instead`
    });
  }

  private async announceReady(loaded: InUse) {
    await this.refresh();
    const identity = await loaded.identity;
    if (this._pack !== loaded) return;
    this.emit('bail-check-ready', { rulePack: identity, source: loaded.source as PackSource });
  }

  /** Rebuilds the record from the current state, in order; `change` and `complete` also tell the host. */
  private refresh(kind?: 'change' | 'complete'): Promise<void> {
    const loaded = this._pack;
    if (!loaded) return this.work;
    const state = this._state;
    const progress = this.evaluateState(state).progress;
    const { caseId, officerId } = this.ids;
    const input = assessInput(state, {
      pack: loaded.pack,
      lang: this.language,
      now: now(),
      ...(this.hostStage ? { stage: this.hostStage } : {}),
      ...(caseId ? { caseId } : {}),
      ...(officerId ? { officerId } : {})
    });
    this.work = this.work
      .then(() => assess(input))
      // On completion, the draft is deleted before the host hears of it: a host that submits or navigates
      // on bail-check-complete must not leave the answers behind in IndexedDB.
      .then(record => (kind === 'complete' ? this.drafting.then(() => record) : record))
      .then(record => {
        if (this._state === state) {
          this._record = record;
          this.internals.setFormValue(record.completedAt ? JSON.stringify(record) : null);
        }
        if (kind === 'change') this.emit('bail-check-change', { progress, recommendation: record });
        if (kind === 'complete') this.emit('bail-check-complete', record);
      })
      .catch(() => {
        // Only an invalid decision can make assess reject, and the decision step validates first.
      });
    return this.work;
  }

  private emitError(detail: BailCheckErrorDetail) {
    this.emit('bail-check-error', detail);
  }

  private emit<K extends keyof BailCheckEventMap>(type: K, detail: BailCheckEventMap[K]['detail']) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  private afterChange(kind?: 'change' | 'complete') {
    this.onStateChange(this._state);
    void this.refresh(kind);
  }

  /** A new state from the officer: on a move, focus the new heading and announce where they are. */
  private commit(next: AssessmentState, moved: boolean, answered = false) {
    if (next === this._state && !moved) return;
    const riskBefore = this.evaluateState(this._state).riskLevel;
    this._state = next;
    const ev = this.evaluateState(next);
    const t = stringsFor(this.language);
    const said: string[] = [];
    if (moved) {
      this._errors = {};
      this._changingStage = false;
      this.focusNext = 'heading';
      said.push(progressText(this.view(ev), next.step));
    }
    if (ev.riskLevel !== riskBefore) said.push(`${t.provisional}: ${t.levels[ev.riskLevel]}`);
    if (said.some(Boolean)) this._announce = said.filter(Boolean).join('. ');
    this.afterChange(answered ? 'change' : undefined);
  }

  private view(ev: Evaluation = this.ev): View {
    return {
      pack: this._pack!.pack,
      lang: this.language,
      t: stringsFor(this.language),
      state: this._state,
      ev,
      hostStage: this.hostStage,
      caseId: this.ids.caseId,
      errors: this._errors,
      record: this._record,
      changingStage: this._changingStage,
      go: (screen: Screen) => this.commit(goTo(this._state, screen, true), true),
      copy: () => void this.copy(),
      changeStage: () => {
        this._changingStage = true;
        this.focusNext = fieldId(STAGE_QUESTION);
      }
    };
  }

  private readonly onChange = (e: Event) => {
    const input = e.target as HTMLInputElement | HTMLTextAreaElement;
    if (input.name === '_outcome' || input.name === '_reason') {
      const key = input.name === '_outcome' ? 'outcome' : 'reason';
      this._state = { ...this._state, decision: { ...this._state.decision, [key]: input.value } };
      this.onStateChange(this._state);
    } else if (input.name && (input.type === 'radio' || input.value.trim())) {
      this.commit(answer(this._state, input.name, input.value.trim(), now()), false, true);
    }
  };

  private readonly onSubmit = (e: Event) => {
    e.preventDefault();
    if (this.isDisabled) return;
    // Text typed but not yet committed (no blur before Ctrl+Enter) counts.
    (e.target as HTMLFormElement)
      .querySelectorAll('textarea:not([readonly])')
      .forEach(ta => ta.dispatchEvent(new Event('change', { bubbles: true })));
    this.continue();
  };

  private continue() {
    const pack = this._pack!.pack;
    const state = this._state;
    const ev = this.evaluateState(state);
    const step = state.step;
    const t = stringsFor(this.language);
    const errors: Record<string, string> = {};
    if (step.kind === 'start' && !this.hostStage && !state.answers[STAGE_QUESTION])
      errors[STAGE_QUESTION] = t.needChoice;
    for (const id of unanswered(pack, state, ev, step)) {
      const type = pack.questions.find(q => q.id === id)?.type;
      errors[id] = type === 'tri' ? t.needTri : type === 'text' ? t.needText : t.needChoice;
    }
    if (step.kind === 'decision') {
      const { outcome, reason } = state.decision;
      if (!outcome || !stageOutcomes(this.view(ev)).includes(outcome)) errors['_outcome'] = t.needOutcome;
      else if (outcome !== ev.outcome.recommended && !reason.trim()) errors['_reason'] = t.needReason;
    }
    if (Object.keys(errors).length) {
      this._errors = errors;
      this.focusNext = 'errors';
      return;
    }
    const shown = step.kind === 'start' ? [STAGE_QUESTION] : questionsOn(pack, state, ev, step);
    const confirmed = confirmHostAnswers(state, shown);
    if (step.kind === 'decision') return this.complete(confirmed);
    if (step.kind !== 'done') this.commit(goNext(pack, confirmed, this.evaluateState(confirmed)), true);
  }

  private complete(state: AssessmentState) {
    const at = now();
    this._state = { ...state, decision: { ...state.decision, at }, completedAt: at, step: { kind: 'done' } };
    this._errors = {};
    this.focusNext = 'heading';
    this.afterChange('complete');
  }

  private readonly back = () => {
    const ev = this.evaluateState(this._state);
    const next = goBack(this._pack!.pack, this._state, ev);
    if (next !== this._state) this.commit(next, true);
  };

  private readonly toggleView = () => {
    const ev = this.evaluateState(this._state);
    this.commit(switchView(this._pack!.pack, this._state, ev, this._state.view === 'one' ? 'section' : 'one'), true);
  };

  private async copy() {
    const t = stringsFor(this.language);
    try {
      await navigator.clipboard.writeText(this._record?.summaryText ?? '');
      this._announce = t.copied;
    } catch {
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>('textarea[readonly]');
      area?.focus();
      area?.select();
      this._announce = t.copyFailed;
    }
  }

  private readonly onKey = (e: KeyboardEvent) => {
    const target = e.composedPath()[0];
    if (this.isDisabled || !this._pack || !(target instanceof Element)) return;
    const intent = keyIntent(e, target);
    const kind = this._state.step.kind;
    if (!intent) return;
    if (intent === 'back') {
      if (kind !== 'start' && kind !== 'done') this.back();
    } else if (intent === 'continue') {
      this.renderRoot.querySelector('form')?.requestSubmit();
    } else if (intent === 'copy') {
      if (kind !== 'done') return;
      void this.copy();
    } else {
      const groups = [...this.renderRoot.querySelectorAll<HTMLElement>('fieldset.q')];
      const group =
        target.closest<HTMLElement>('fieldset.q') ?? groups.find(g => !g.querySelector('input:checked')) ?? groups[0];
      const radios = [...(group?.querySelectorAll<HTMLInputElement>('input[type=radio]') ?? [])];
      const radio = 'answer' in intent ? radios.find(r => r.value === intent.answer) : radios[intent.option - 1];
      if (!radio) return;
      radio.click();
      if (kind === 'question') this.continue();
      else
        // On to the next question once rendered: the answer may have made a follow-up appear.
        void this.updateComplete.then(() => {
          const all = [...this.renderRoot.querySelectorAll<HTMLElement>('fieldset.q')];
          const after = all[all.findIndex(g => g.dataset.q === group!.dataset.q) + 1];
          (after?.querySelector<HTMLElement>('input:checked, input, textarea') ?? radio).focus();
        });
    }
    e.preventDefault();
  };

  override render() {
    const t = stringsFor(this.language);
    if (!this._pack) return html`<p role="status">${t.loading}</p>`;
    const v = this.view();
    const step = this._state.step;
    const errors = Object.entries(this._errors);
    const offer = step.kind === 'start' && this._offer;
    return html`<fieldset class="frame" part="base" ?disabled=${this.isDisabled}>
        <div class="nav">
          ${
            step.kind === 'start' || step.kind === 'done'
              ? nothing
              : html`<button
                  type="button"
                  class="link back"
                  part="back"
                  aria-keyshortcuts="Alt+Backspace"
                  @click=${this.back}
                >
                  ${t.back}
                </button>`
          }
          ${
            'id' in step
              ? html`<button type="button" class="link" @click=${this.toggleView}>
                  ${this._state.view === 'one' ? t.viewSection : t.viewOne}
                </button>`
              : nothing
          }
        </div>
        ${
          errors.length
            ? html`<div class="error-summary" role="alert" tabindex="-1" part="error-summary">
                <h2>${t.problem}</h2>
                <ul>
                  ${errors.map(
                    ([key, message]) =>
                      html`<li>
                        <a href=${`#${fieldId(key)}`} @click=${(e: Event) => this.focusField(e, key)}
                          >${errors.length > 1 && key[0] !== '_' ? `${questionText(v, key)}: ` : ''}${message}</a
                        >
                      </li>`
                  )}
                </ul>
              </div>`
            : nothing
        }
        ${
          offer
            ? draftStep(t, offer, this.resume, this.startAgain)
            : html`<form novalidate @submit=${this.onSubmit} @change=${this.onChange}>
                ${this.renderStep(v, step)}
              </form>`
        }
      </fieldset>
      <p class="vh" role="status">${this._announce}</p>`;
  }

  private focusField(e: Event, key: string) {
    e.preventDefault();
    (this.renderRoot as ShadowRoot).getElementById(fieldId(key))?.focus();
  }

  private renderStep(v: View, step: Screen) {
    switch (step.kind) {
      case 'start':
        return startStep(v);
      case 'check':
        return checkStep(v);
      case 'result':
        return resultStep(v);
      case 'decision':
        return decisionStep(v);
      case 'done':
        return doneStep(v);
      default:
        return questionStep(v, step);
    }
  }
}
