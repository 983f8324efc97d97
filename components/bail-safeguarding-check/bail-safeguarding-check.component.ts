import { LitElement, html, type PropertyDeclaration, type PropertyValues } from 'lit';
import {
  afterQuestions,
  begun,
  isAssessmentState,
  newAssessment,
  resumed,
  withPrefill,
  type AssessmentState
} from '../../src/assessment.js';
import { checkPrefill, prefillProblem } from '../../src/assessment-prefill.js';
import type { Lang, RulePack, Stage } from '../../src/pack/schema.js';
import type { PackPublicKey } from '../../src/pack/signature.js';
import type { BailCheckRecord } from '../../src/record-types.js';
import { openStorage } from '../../src/storage/storage.js';
import { stringsFor } from '../../src/strings.js';
import type { Prefill } from '../../src/vocabulary-answers.js';
import { dispatch, type BailCheckErrorDetail } from '../events.js';
import { attributeProblems, readReference, readSettings, type Settings } from './attributes.js';
import { styles } from './bail-safeguarding-check.styles.js';
import { AssessmentController } from './controllers/assessment.js';
import { DraftController } from './controllers/drafts.js';
import { FormController } from './controllers/form.js';
import { KeyboardController } from './controllers/keyboard.js';
import { PackController } from './controllers/packs.js';
import { LaterStepsController } from './controllers/later-steps.js';
import { RecordController } from './controllers/record.js';
import { LateProperties } from './late-properties.js';
import { frame } from './steps/frame.js';

const now = () => new Date().toISOString();

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
 *   assessment the officer has begun: it is used from the next one (after `reset()`). A server that sends nothing
 *   for 15 s, or not all after 120 s, is given up on (`rules-timeout`); a change or removal of `rules-src`, or the
 *   element leaving the page, abandons the request in flight.
 * @attr rules-origins - Space-separated origins that `rules-src` may name besides the page's own.
 * @attr rules-id - The id the `rules-src` pack must have (e.g. the production pack's): a pack with another id,
 *   however well signed, is refused with `rules-invalid` (cached copies too).
 * @attr case-id - The host's custody record reference; shown at the start, put in the record, and (with
 *   `officer-id`) the key of the draft: answers in progress are saved in IndexedDB and offered back after a
 *   reload, then deleted on completion, `reset()`, "Start again" or after `draft-ttl`. Without it nothing is saved.
 *   Changing it (or `officer-id`) once the officer has begun starts a new assessment for that case: the one
 *   before stays saved under its own case and is offered again when that case comes back.
 * @attr drafts - `off`: no draft is saved or offered.
 * @attr draft-ttl - Hours a draft is kept (default 12).
 * @attr officer-id - The deciding officer's identifier, put in the record. A `case-id` or `officer-id` longer than
 *   200 characters or holding a control or invisible character (a newline, NUL, a line separator, a bidi override
 *   or mark, a zero-width space, a byte order mark, a soft hyphen) is refused with `attribute-invalid` and treated
 *   as absent: not shown, recorded or used as a draft key.
 * @attr lang - Interface and pack language: `en` (default) or `cy`; Welsh falls back to English per string.
 * @attr stage - `pre-charge` or `post-charge` when the host knows it; the officer is then not asked.
 * @attr name - The form field name under which the record's JSON is submitted.
 * @attr disabled - Disables every control and shortcut.
 *
 * @prop {Prefill} prefill - Answers the host already holds, keyed by question id (the vocabulary's codes, and a
 *   pack's own `x-` codes); each is shown as "from the host record" for the officer to confirm (once per section)
 *   or change.
 * @prop {RulePack | string} rulePack - A rule pack (an object, or a pack file's JSON text) to use instead of
 *   `rules-src` or the bundled pack. Like any new pack, one set after the officer has begun is used from the next
 *   assessment (call `reset()` to start it). With `rulesPublicKey` it must be signed: the file's exact text, with
 *   its manifest as `rulePackSignature`; else it is refused (`rules-signature-invalid`) and not used.
 * @prop {string} rulePackSignature - With `rulesPublicKey`: the signed manifest of `rulePack`, the text of the
 *   `.sig` file `rules:sign` wrote beside the pack (`{ id, version, expires, sha256, signature }`), checked as a
 *   `rules-src` pack's is (signature, bytes, id, version, expiry, no replay, `rules-id`). Ignored without a key.
 * @prop {JsonWebKey | CryptoKey} rulesPublicKey - An ECDSA P-256 public key: packs from `rules-src` (cached
 *   ones too) and the `rulePack` property are used only when their signed manifest (`<rules-src>.sig`, or
 *   `rulePackSignature`, written by `rules:sign`) verifies against it, names the pack's exact bytes, id and
 *   version, and has not expired; a version lower than one accepted before for the same id is refused as a
 *   replay (`rules-signature-invalid`).
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
 * @cssprop [--bsc-max-width=60em] - Maximum width of the element (paragraphs keep a readable measure within it).
 */
export class BailSafeguardingCheck extends LitElement {
  static formAssociated = true;
  static override styles = styles;

  static override properties = {
    rulesSrc: { type: String, attribute: 'rules-src' },
    rulesOrigins: { type: String, attribute: 'rules-origins' },
    rulesId: { type: String, attribute: 'rules-id' },
    drafts: { type: String },
    draftTtl: { type: Number, attribute: 'draft-ttl' },
    caseId: { type: String, attribute: 'case-id' },
    officerId: { type: String, attribute: 'officer-id' },
    lang: { type: String },
    stage: { type: String },
    name: { type: String, reflect: true },
    disabled: { type: Boolean },
    rulePack: { attribute: false },
    rulePackSignature: { attribute: false },
    prefill: { attribute: false },
    rulesPublicKey: { attribute: false }
  };

  declare rulesSrc: string | undefined;
  declare rulesOrigins: string | undefined;
  declare rulesId: string | undefined;
  declare drafts: 'off' | undefined;
  declare draftTtl: number | undefined;
  declare caseId: string | undefined;
  declare officerId: string | undefined;
  /** `en` or `cy`, or a tag of either (`cy-GB`); unset: English. */
  declare lang: Lang | `${Lang}-${string}`;
  declare stage: Stage | undefined;
  declare name: string | undefined;
  declare disabled: boolean;
  /** A rule pack object or JSON text to use instead of `rules-src` or the bundled pack (validated: anything may be given). */
  declare rulePack: RulePack | string | undefined;
  /** With `rulesPublicKey`: the manifest (`.sig` text) that signs `rulePack`, given as the pack file's exact text. */
  declare rulePackSignature: string | undefined;
  /** Answers the host already holds, keyed by question id. */
  declare prefill: Prefill | undefined;
  /** The key packs from `rules-src` and the `rulePack` property must be signed with. */
  declare rulesPublicKey: PackPublicKey | undefined;

  private readonly lateProperties = new LateProperties();
  readonly #storage = openStorage({ onUnavailable: message => this.#report('storage-unavailable', message) });
  readonly #packs: PackController = new PackController(this, {
    storage: this.#storage,
    report: e => dispatch(this, 'bail-check-error', e),
    held: () => begun(this.#walk.state) || !!this.#draftStore.offer,
    changed: () => this.#newAssessment(true),
    beforeReady: () => this.#records.settled
  });
  readonly #draftStore: DraftController = new DraftController(this, {
    storage: this.#storage,
    options: () => {
      const { caseId, officerId, drafts, draftTtlMs } = this.#settings;
      return { caseId, officerId, enabled: drafts, ttlMs: draftTtlMs };
    },
    offered: () => this.#draftOffered()
  });
  readonly #walk: AssessmentController = new AssessmentController(this, {
    pack: () => this.#packs.inUse?.pack,
    settings: () => this.#settings,
    record: () => this.#records.record,
    disabled: () => this.#isDisabled,
    changed: kind => this.#stateChanged(kind)
  });
  readonly #records: RecordController = new RecordController(this, {
    beforeComplete: () => this.#draftStore.settled,
    recorded: record => this.#field.setRecord(record)
  });
  readonly #internals = this.attachInternals();
  readonly #field: FormController = new FormController(this, this.#internals, {
    message: () => stringsFor(this.#settings.lang).incomplete,
    // No render root before the first connection (a host may call reset() on an element not yet in the page).
    anchor: () => (this.renderRoot as ShadowRoot | undefined)?.querySelector<HTMLElement>('[data-heading]') ?? undefined
  });
  // A later screen drawn while its code was loading gets the focus its heading would have had.
  readonly #later = new LaterStepsController(this, () => {
    if (afterQuestions(this.#walk.state.step) && this.matches(':focus-within')) this.#walk.focus('heading');
  });
  private readonly keys = new KeyboardController(this, {
    // No shortcut on a screen whose code has not arrived.
    screen: () =>
      this.#isDisabled || !this.#packs.inUse || this.#waitsForLater ? undefined : this.#walk.state.step.kind,
    back: () => this.#walk.back(),
    copy: () => void this.#walk.copy(),
    continue: () => this.#walk.continue()
  });
  /** Counts assessments started (reset, another case): a draft looked up for an earlier one is not offered. */
  #assessments = 0;

  /** See LateProperties: each set is reported there. */
  protected static override getPropertyDescriptor(
    name: PropertyKey,
    key: string | symbol,
    options: PropertyDeclaration
  ) {
    const descriptor = super.getPropertyDescriptor(name, key, options)!;
    const set = descriptor.set!;
    descriptor.set = function (this: BailSafeguardingCheck, value: unknown) {
      this.lateProperties?.set(name, value);
      set.call(this, value);
    };
    return descriptor;
  }

  override performUpdate() {
    this.lateProperties.stop();
    super.performUpdate();
  }

  constructor() {
    super();
    this.disabled = false;
    this.lateProperties.listen();
  }

  /** The current provisional record, or the final one once complete; undefined before the pack is ready. */
  get recommendation(): BailCheckRecord | undefined {
    return this.#records.record;
  }

  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }
  get validity(): ValidityState {
    return this.#internals.validity;
  }
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  /**
   * Back to the start with every answer cleared (the host's prefill is offered again) and the draft deleted;
   * a newer pack kept aside is used from here. Focus to the start heading.
   */
  reset(): void {
    this.#draftStore.discard();
    this.#startAssessment();
    this.#walk.focus('heading');
  }

  formResetCallback() {
    this.reset();
  }

  formDisabledCallback(disabled: boolean) {
    this.#field.setDisabled(disabled);
  }

  /** Called after every change of the walk-through, with its plain state: a seam for subclasses (drafts are saved anyway). */
  protected onStateChange(_state: AssessmentState): void {}

  /**
   * Resumes a saved walk-through (a draft), on check answers if it was saved past the questions; returns false,
   * changing nothing, when it is not one.
   */
  protected resumeAssessment(state: unknown): boolean {
    if (!isAssessmentState(state)) return false;
    this.#walk.begin(resumed(state));
    return true;
  }

  // The flow, in one place. A change of pack source (and the first update) loads packs in this order: the initial
  // pack at once, then the cached copy; then the draft saved for this case is offered under that pack; only then
  // may a fresh pack from the network replace it. A pack that arrives once the officer has begun, or while a draft
  // is on offer, waits for the next assessment: reset(), "Start again", or another case.

  override willUpdate(changed: PropertyValues) {
    this.lateProperties.putBack(this);
    const has = (...names: string[]) => names.some(name => changed.has(name));
    // Reflected here, not after render: the attribute's formDisabledCallback then lands in this same update.
    if (has('disabled')) this.toggleAttribute('disabled', this.disabled);
    const pack = this.#packs.inUse;
    if (
      !this.hasUpdated ||
      has('rulePack', 'rulePackSignature', 'rulesSrc', 'rulesPublicKey', 'rulesOrigins', 'rulesId')
    )
      void this.#loadPacks();
    // A new pack began an assessment with the prefill in it; otherwise the prefill joins the one under way.
    if (has('prefill') && this.#packs.inUse === pack) this.#walk.replace(this.#prefilled(this.#walk.state, true));
    if (has('caseId', 'officerId')) this.#caseChanged(has('caseId') ? changed.get('caseId') : this.caseId);
    if (has('caseId', 'officerId', 'drafts')) this.#offerDraft();
    for (const message of attributeProblems(this, name => has(name))) this.#report('attribute-invalid', message);
    // The provisional record follows the language at once; a final one was given to the host and stays.
    if (has('lang') && this.hasUpdated && !this.#walk.state.completedAt) this.#updateRecord();
  }

  /**
   * `updateComplete` also waits for a rulePack property being validated (then the pack is on screen), and on a
   * screen after the questions for that screen's code, loaded on demand.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const settled = await super.getUpdateComplete();
    const initial = this.#packs.currentLoad?.initial;
    // Not after a failed fetch: reading updateComplete must not start another one (Try again does).
    const later = this.#waitsForLater && !this.#later.failed;
    if (!(initial instanceof Promise) && !later) return settled;
    await initial;
    if (later) await this.#later.load();
    return (await super.getUpdateComplete()) && settled;
  }

  async #loadPacks() {
    const { rulePack, rulePackSignature, rulesSrc, rulesPublicKey, rulesOrigins: allowedOrigins, rulesId } = this;
    const load = this.#packs.startLoad({
      rulePack,
      rulePackSignature,
      rulesSrc,
      rulesPublicKey,
      allowedOrigins,
      rulesId
    });
    this.#packs.offer(load, await load.cached);
    await this.#draftStore.settled;
    this.#packs.offer(load, await load.fresh);
  }

  /** Looks up this case's draft, to offer once the cached pack is in use, unless another assessment began. */
  #offerDraft() {
    const started = this.#assessments;
    const wanted = () => started === this.#assessments && !begun(this.#walk.state);
    const cached = this.#packs.currentLoad?.cached ?? Promise.resolve();
    this.#draftStore.lookUp(cached, () => this.#packs.inUse?.identity, wanted);
  }

  /** Another case (or officer) in the same element: its own assessment; the one before stays saved under its key. */
  #caseChanged(lastCase: unknown) {
    const underWay = begun(this.#walk.state) || this.#draftStore.offer;
    if (this.hasUpdated && readReference(lastCase) && underWay) this.#startAssessment();
  }

  /** Another assessment: the draft offer withdrawn, the record cleared, a pack kept waiting taken into use. */
  #startAssessment() {
    this.#assessments++;
    this.#draftStore.withdraw();
    this.#records.clear();
    if (!this.#packs.takeWaiting()) this.#newAssessment(false);
  }

  /** A fresh walk-through on the pack in use, the host's prefill in it (what was skipped reported when `report`). */
  #newAssessment(report: boolean) {
    this.#walk.begin(this.#prefilled(newAssessment(now(), this.#walk.state.view), report));
  }

  #prefilled(state: AssessmentState, report: boolean): AssessmentState {
    const pack = this.#packs.inUse;
    if (!pack || this.prefill === undefined || this.prefill === null) return state;
    const checked = checkPrefill(pack.pack, this.prefill);
    const problem = report && prefillProblem(checked);
    if (problem) this.#report('prefill-invalid', problem);
    return withPrefill(state, checked.answers, now());
  }

  #draftOffered() {
    this.#walk.say(stringsFor(this.#settings.lang).draftTitle);
    // Focus moves only if the officer is already in the element: a page's focus is never taken on load.
    if (this.matches(':focus-within')) this.#walk.focus('heading');
  }

  readonly #resumeDraft = () => {
    const saved = this.#draftStore.take();
    this.#walk.focus('heading');
    if (saved) this.resumeAssessment(saved);
  };

  /** After every change of the walk-through: the subclass hook, the draft, the record (`change`, `complete`: heard). */
  #stateChanged(kind?: 'change' | 'complete') {
    const pack = this.#packs.inUse;
    this.onStateChange(this.#walk.state);
    if (pack) this.#draftStore.keep(this.#walk.state, pack.identity);
    this.#updateRecord(kind);
  }

  #updateRecord(kind?: 'change' | 'complete') {
    const pack = this.#packs.inUse?.pack;
    if (!pack) return;
    const { lang, stage, caseId, officerId } = this.#settings;
    const state = this.#walk.state;
    void this.#records.update({ pack, state, ev: this.#walk.evaluation(), lang, stage, caseId, officerId }, kind);
  }

  /** The screen is one after the questions and its code has not arrived. */
  get #waitsForLater(): boolean {
    return !this.#later.steps && afterQuestions(this.#walk.state.step);
  }

  /** The attributes as the element uses them, each parsed (a refused one as its default). */
  get #settings(): Settings {
    return readSettings(this);
  }

  get #isDisabled() {
    return this.disabled || this.#field.disabled;
  }

  #report(code: BailCheckErrorDetail['code'], message: string) {
    dispatch(this, 'bail-check-error', { code, message });
  }

  override render() {
    if (!this.#packs.inUse) return html`<p role="status">${stringsFor(this.#settings.lang).loading}</p>`;
    return frame(this.#walk.view(), {
      offer: this.#draftStore.offer,
      disabled: this.#isDisabled,
      announce: this.#walk.announce,
      later: this.#later,
      back: this.#walk.back,
      toggleView: this.#walk.toggleView,
      submit: this.#walk.submit,
      change: this.#walk.change,
      resume: this.#resumeDraft,
      startAgain: () => this.reset()
    });
  }
}
